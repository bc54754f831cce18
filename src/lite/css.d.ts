/** Stylesheets imported as text (webpack `asset/source`), inserted by the lite pane's script. */
declare module "*.css" {
  const text: string;
  export default text;
}
