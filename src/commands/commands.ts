/**
 * The add-in's function file (manifest FunctionFile → commands.html). Both ribbon buttons are
 * ShowTaskpane actions, so there is no ExecuteFunction to register: the page only has to initialise
 * Office. Which button opened the pane is read by the pane itself with `ribbonAction(location.href)`
 * (./ribbonAction).
 */

// office.js may have failed to load (no network to its CDN): then there is nothing to initialise.
if (typeof Office !== "undefined") {
  void Office.onReady();
}
