export { buildTemplateDocx } from "./buildTemplateDocx";
export {
  activeTableSpec,
  appealsTableSpec,
  requestsTableSpec,
  SECTION_HEADINGS,
  TEMPLATE_TITLE,
  templateSpec,
} from "./templateSpec";
