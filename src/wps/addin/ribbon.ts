/**
 * The ribbon callbacks of the add-in's hidden page (index.html). WPS calls them by the names
 * ribbon.xml gives (global functions of that page); they must be synchronous — an `async`
 * callback stopped the custom ribbon showing on WPS 12.1.0.23542 (wps-notes §1.1).
 *
 * 检查年报 and 插入空白模板 open the one task pane (creating it once, keeping its id in
 * `PluginStorage`, which every page of the add-in shares) at `taskpane.html?action=…`; the action
 * is also left in `PluginStorage`, in case this WPS drops the query of a file URL. 环境诊断 opens
 * the diagnostics page in a dialog (in the task pane if dialogs fail).
 */
import type { WpsApplication, WpsTaskPane } from "../api";
import { WD } from "../api";

export const CONTROLS = {
  check: "nianbaoCheck",
  template: "nianbaoTemplate",
  diagnostics: "nianbaoDiagnostics",
} as const;

export const PANE_ID_KEY = "nianbao_taskpane_id";
export const ACTION_KEY = "nianbao_action";
export const PANE_TITLE = "年报校对";

const IMAGES: Record<string, string> = {
  [CONTROLS.check]: "images/check.svg",
  [CONTROLS.template]: "images/template.svg",
  [CONTROLS.diagnostics]: "images/diagnostics.svg",
};

/** What WPS passes to a callback: the control, whose id is `Id` (or `id` on some builds). */
interface RibbonControl {
  Id?: string;
  id?: string;
}

export interface RibbonCallbacks {
  OnAddinLoad(ribbonUI: unknown): boolean;
  OnAction(control: RibbonControl): boolean;
  GetImage(control: RibbonControl): string;
  OnGetEnabled(control: RibbonControl): boolean;
}

function controlId(control: RibbonControl | null | undefined): string {
  return String(control?.Id ?? control?.id ?? "");
}

/** A page of the add-in, next to the hidden page. */
export function pageUrl(base: string, page: string): string {
  return new URL(page, base).href;
}

function existingPane(app: WpsApplication): WpsTaskPane | null {
  const id = Number(app.PluginStorage?.getItem(PANE_ID_KEY));
  if (!Number.isFinite(id) || id <= 0 || !app.GetTaskPane) return null;
  try {
    return app.GetTaskPane(id) ?? null;
  } catch {
    return null;
  }
}

export function openPane(app: WpsApplication, base: string, action: "check" | "template"): void {
  const url = pageUrl(base, `taskpane.html?action=${action}`);
  app.PluginStorage?.setItem(ACTION_KEY, action);
  const pane = existingPane(app);
  if (pane) {
    pane.Navigate?.(url);
    pane.Visible = true;
    return;
  }
  if (!app.CreateTaskPane) throw new Error("WPS has no CreateTaskPane");
  const created = app.CreateTaskPane(url, PANE_TITLE);
  try {
    created.DockPosition = WD.dockRight;
  } catch {
    // WPS docks it where it likes
  }
  created.Visible = true;
  app.PluginStorage?.setItem(PANE_ID_KEY, created.ID);
}

/** Opens 环境诊断 (from the ribbon, or the pane's help); false when WPS could open neither. */
export function openDiagnostics(app: WpsApplication, base: string): boolean {
  const url = pageUrl(base, "diagnostics.html");
  try {
    if (!app.ShowDialog) throw new Error("no ShowDialog");
    app.ShowDialog(url, "年报校对 · 环境诊断", 900, 680, false);
    return true;
  } catch {
    const pane = app.CreateTaskPane?.(url, "年报校对 · 环境诊断");
    if (pane) pane.Visible = true;
    return pane !== undefined;
  }
}

/** The callbacks, over the page's WPS application and the hidden page's own URL. */
export function ribbonCallbacks(app: () => WpsApplication | null, base: () => string): RibbonCallbacks {
  return {
    OnAddinLoad(ribbonUI) {
      const wps = app();
      try {
        if (wps) (wps as { ribbonUI?: unknown }).ribbonUI = ribbonUI;
      } catch {
        // read-only on some builds; the add-in does not need to invalidate the ribbon
      }
      return true;
    },
    OnAction(control) {
      const wps = app();
      if (!wps) return false;
      const id = controlId(control);
      try {
        if (id === CONTROLS.check) openPane(wps, base(), "check");
        else if (id === CONTROLS.template) openPane(wps, base(), "template");
        else if (id === CONTROLS.diagnostics) openDiagnostics(wps, base());
        else return false;
      } catch (error) {
        // A callback must not throw into WPS; say it where the user can see it.
        alert(`年报校对：无法打开任务窗格（${error instanceof Error ? error.message : String(error)}）`);
        return false;
      }
      return true;
    },
    GetImage(control) {
      return IMAGES[controlId(control)] ?? "";
    },
    OnGetEnabled() {
      return true;
    },
  };
}
