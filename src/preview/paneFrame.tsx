/**
 * The task pane in the preview lives in an <iframe> of its own (preview-pane.html), as it lives in
 * a webview of its own in Word: its viewport is the pane's width, so `100vw`, `100vh`, media
 * queries and dialogs behave as they do in a Word task pane of that width. The pane is rendered
 * into the frame from this page's script (same origin, one JavaScript realm), with Fluent's styles
 * and portals pointed at the frame's document.
 */
import { createDOMRenderer, FluentProvider, RendererProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { ReportHost } from "../host/reportHost";
import { App, type AppProps } from "../taskpane/App";
import { useOfficeTheme } from "../taskpane/officeTheme";
import type { Lang } from "../taskpane/strings";

/** What the preview knows of a document beyond the host interface. */
export type PaneExtras = Pick<AppProps, "documentName" | "insertionPoint" | "links">;

interface PreviewPaneProps extends PaneExtras {
  host: ReportHost;
  targetDocument: Document;
  displayLanguage?: string;
  onLanguageChange?: (lang: Lang) => void;
}

function PreviewPane({ host, targetDocument, ...props }: PreviewPaneProps) {
  const theme = useOfficeTheme();
  return (
    // Gives the pane's own FluentProvider the frame's document (for portals, focus, keyboard).
    <FluentProvider theme={theme} targetDocument={targetDocument}>
      <App host={host} theme={theme} {...props} />
    </FluentProvider>
  );
}

export interface PaneFrame {
  /** Shows the pane over `host`; a new `key` starts a fresh pane (another document). */
  show(host: ReportHost, key: string, extras?: PaneExtras): void;
  /** The frame's window (for drag and drop onto the pane). */
  window: Window;
}

/** Resolves once the frame's shell is loaded. */
function frameReady(frame: HTMLIFrameElement): Promise<Document> {
  const ready = () => {
    const doc = frame.contentDocument;
    return doc && doc.readyState === "complete" && doc.getElementById("container") ? doc : null;
  };
  return new Promise((resolve, reject) => {
    const now = ready();
    if (now) return resolve(now);
    frame.addEventListener("load", () => {
      const doc = ready();
      if (doc) resolve(doc);
      else reject(new Error("preview-pane.html did not load"));
    });
  });
}

export async function mountPane(
  frame: HTMLIFrameElement,
  displayLanguage?: string,
  onLanguageChange?: (lang: Lang) => void,
): Promise<PaneFrame> {
  const doc = await frameReady(frame);
  const container = doc.getElementById("container") as HTMLElement;
  const renderer = createDOMRenderer(doc);
  let root = createRoot(container);
  let shown: string | null = null;
  return {
    window: doc.defaultView as Window,
    show(host, key, extras = {}) {
      if (shown !== null && key !== shown) {
        // Another document: the old pane goes first, with its Fluent focus manager (tabster). While
        // a dialog is open, tabster hides the rest of the frame (aria-hidden on #container); when
        // it is disposed with the dialog still open it leaves that behind, and the new pane would
        // be hidden from assistive technology. So unmount, then give #container back.
        root.unmount();
        container.removeAttribute("aria-hidden");
        root = createRoot(container);
      }
      shown = key;
      root.render(
        <RendererProvider renderer={renderer} targetDocument={doc}>
          <PreviewPane
            key={key}
            host={host}
            targetDocument={doc}
            displayLanguage={displayLanguage}
            onLanguageChange={onLanguageChange}
            {...extras}
          />
        </RendererProvider>,
      );
    },
  };
}
