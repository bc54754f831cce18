/** The callback names a ribbon.xml gives WPS (onLoad, onAction, getImage, getEnabled, …). */
import { elements, parseXmlElement, type XmlElement } from "../fakes/xmlTree";

const CALLBACK_ATTRIBUTES = /^(onLoad|onAction|onChange|get[A-Z]\w*)$/;

export function callbackNames(xml: string): string[] {
  const names = new Set<string>();
  const visit = (el: XmlElement) => {
    for (const [name, value] of el.attrs) if (CALLBACK_ATTRIBUTES.test(name)) names.add(value);
    elements(el).forEach(visit);
  };
  visit(parseXmlElement(xml));
  return [...names].sort();
}
