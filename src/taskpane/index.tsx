/**
 * The task pane's entry in Word: once Office is ready, create the Word host and render the pane
 * with Office's theme and display language — or, when office.js did not load or the page is not
 * in Word, say so (./officeStartup). Everything else in the pane is host-agnostic.
 */
import { createRoot } from "react-dom/client";
import { ribbonAction } from "../commands/ribbonAction";
import { createWordHost } from "../word";
import type { ReportHost } from "../host/reportHost";
import { App, type InitialAction, type PaneLinks } from "./App";
import { fileNameOf } from "./fileName";
import { officeJsUrlOf, startInOffice } from "./officeStartup";
import { useOfficeTheme } from "./officeTheme";

interface TaskpaneProps {
  host: ReportHost;
  initialAction: InitialAction;
  displayLanguage?: string;
}

/** The open document's file name, asked when it is needed (it changes with 另存为). */
function wordDocumentName(): string | undefined {
  try {
    return fileNameOf(Office.context.document.url);
  } catch {
    return undefined;
  }
}

/**
 * The pane's help: help.html (in a browser window) and the diagnostics page, both beside
 * taskpane.html; diagnostics.html opens in the pane (it needs Word), and links back to it.
 */
const LINKS: PaneLinks = { help: "help.html", diagnostics: { href: "diagnostics.html" } };

function Taskpane({ host, initialAction, displayLanguage }: TaskpaneProps) {
  const theme = useOfficeTheme();
  return (
    <App
      host={host}
      initialAction={initialAction}
      theme={theme}
      displayLanguage={displayLanguage}
      documentName={wordDocumentName}
      links={LINKS}
    />
  );
}

const container = document.getElementById("container");
if (!container) throw new Error("taskpane.html has no #container");
startInOffice({
  office: typeof Office === "undefined" ? undefined : Office,
  container,
  officeJsUrl: officeJsUrlOf(document),
  render: () =>
    createRoot(container).render(
      <Taskpane
        host={createWordHost()}
        initialAction={ribbonAction(location.href)}
        displayLanguage={Office.context.displayLanguage}
      />,
    ),
});
