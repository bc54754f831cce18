/**
 * The task pane's entry in Word: once Office is ready, create the Word host and render the pane
 * with Office's theme and display language. Everything else in the pane is host-agnostic.
 */
import { createRoot } from "react-dom/client";
import { ribbonAction } from "../commands/ribbonAction";
import { createWordHost } from "../word";
import type { ReportHost } from "../host/reportHost";
import { App, type InitialAction } from "./App";
import { useOfficeTheme } from "./officeTheme";

interface TaskpaneProps {
  host: ReportHost;
  initialAction: InitialAction;
  displayLanguage?: string;
}

function Taskpane({ host, initialAction, displayLanguage }: TaskpaneProps) {
  const theme = useOfficeTheme();
  return <App host={host} initialAction={initialAction} theme={theme} displayLanguage={displayLanguage} />;
}

void Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container");
  createRoot(container).render(
    <Taskpane
      host={createWordHost()}
      initialAction={ribbonAction(location.href)}
      displayLanguage={Office.context.displayLanguage}
    />,
  );
});
