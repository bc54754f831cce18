import { devServerTransport, httpFallbackMessage, type DevCerts } from "../../scripts/dev-https";

const CERTS = { ca: Buffer.from("ca"), cert: Buffer.from("cert"), key: Buffer.from("key") };

function fakeCerts(opts: { trusted?: boolean | Error; install?: Error } = {}) {
  const calls: string[] = [];
  const devCerts: DevCerts = {
    verifyCertificates() {
      calls.push("verify");
      if (opts.trusted instanceof Error) throw opts.trusted;
      return opts.trusted ?? false;
    },
    async getHttpsServerOptions() {
      calls.push("getHttpsServerOptions");
      if (opts.install) throw opts.install;
      return CERTS;
    },
  };
  return { devCerts, calls };
}

describe("devServerTransport", () => {
  it("on Linux, serves HTTPS only with certificates already trusted, and never tries to install them", async () => {
    const trusted = fakeCerts({ trusted: true });
    expect(await devServerTransport({ platform: "linux", env: {}, devCerts: trusted.devCerts })).toEqual({
      type: "https",
      options: CERTS,
    });

    const untrusted = fakeCerts({ trusted: false });
    const t = await devServerTransport({ platform: "linux", env: {}, devCerts: untrusted.devCerts });
    expect(t).toEqual({ type: "http", reason: expect.stringMatching(/no trusted development certificate/) });
    expect(untrusted.calls).toEqual(["verify"]);

    const broken = fakeCerts({ trusted: new Error("openssl: command not found\nmore") });
    expect(await devServerTransport({ platform: "linux", env: {}, devCerts: broken.devCerts })).toEqual({
      type: "http",
      reason: "the development certificate could not be checked (openssl: command not found).",
    });
  });

  it.each(["win32", "darwin"])(
    "on %s, lets office-addin-dev-certs install and trust the certificate",
    async (platform) => {
      const ok = fakeCerts();
      expect(await devServerTransport({ platform, env: {}, devCerts: ok.devCerts })).toEqual({
        type: "https",
        options: CERTS,
      });
      expect(ok.calls).toEqual(["getHttpsServerOptions"]);

      const refused = fakeCerts({
        install: new Error("Unable to install the CA certificate. The user refused."),
      });
      expect(await devServerTransport({ platform, env: {}, devCerts: refused.devCerts })).toEqual({
        type: "http",
        reason: expect.stringMatching(/could not be installed \(Unable to install/),
      });
    },
  );

  it("serves HTTP when asked to with DEV_SERVER_HTTP=1", async () => {
    const f = fakeCerts({ trusted: true });
    expect(
      await devServerTransport({ platform: "win32", env: { DEV_SERVER_HTTP: "1" }, devCerts: f.devCerts }),
    ).toEqual({
      type: "http",
      reason: "DEV_SERVER_HTTP=1 is set.",
    });
    expect(f.calls).toEqual([]);
  });
});

describe("httpFallbackMessage", () => {
  it("says why, what to do, and where the pages are", () => {
    const text = httpFallbackMessage("no trusted development certificate for localhost is installed.");
    expect(text).toContain("http://localhost:3000/");
    expect(text).toContain("Why: no trusted development certificate");
    expect(text).toContain("npx office-addin-dev-certs install");
    expect(text).toContain("ADDIN_BASE_URL=");
    expect(text).toContain("npm run build");
  });
});
