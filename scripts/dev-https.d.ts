// Types of scripts/dev-https.js for the TypeScript tests.
export interface HttpsOptions {
  ca: Buffer;
  cert: Buffer;
  key: Buffer;
}
export type DevServerTransport = { type: "https"; options: HttpsOptions } | { type: "http"; reason: string };
export interface DevCerts {
  verifyCertificates(): boolean;
  getHttpsServerOptions(): Promise<HttpsOptions>;
}
export function devServerTransport(deps?: {
  platform?: string;
  env?: Record<string, string | undefined>;
  devCerts?: DevCerts;
}): Promise<DevServerTransport>;
export function httpFallbackMessage(reason: string): string;
