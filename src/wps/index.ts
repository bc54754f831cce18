/** The WPS 文字 host: the only code that touches WPS's JS API (`window.Application`). */
import type { ReportHost } from "../host/reportHost";
import { wpsApplication } from "./access";
import { WpsHost, type WpsHostOptions } from "./wpsHost";

export { WpsHost, type WpsHostOptions } from "./wpsHost";
export { wpsApplication } from "./access";

/** The host over this page's WPS, or null when the page does not run inside WPS. */
export function createWpsHost(options: WpsHostOptions = {}): ReportHost | null {
  const app = wpsApplication();
  return app ? new WpsHost(app, options) : null;
}
