/**
 * What jsdom lacks and the pane (or the code it loads) uses in a browser. Imported first by every
 * task pane test.
 */
import { configure } from "@testing-library/react";
import { TextDecoder, TextEncoder } from "util";

const g = globalThis as Record<string, unknown>;
g.TextEncoder ??= TextEncoder;
g.TextDecoder ??= TextDecoder;
// React's act() environment, as @testing-library/react sets it.
g.IS_REACT_ACT_ENVIRONMENT = true;

// Fluent in jsdom, queried by role, is slow: a whole check-and-click test takes seconds.
jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 5_000 });
