export { runDiagnostics, type DiagnosticsOptions, type DiagnosticsReport, type Verdict } from "./probes";
