/** The WPS 文字 host: the only code that touches WPS's JS API (`window.Application`). */
export { WpsHost, type WpsHostOptions } from "./wpsHost";
export { wpsApplication } from "./access";
