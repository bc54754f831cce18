/** Removes the temporary builds of globalSetup (never a folder given with E2E_DIST / E2E_DIST_BUNDLED). */
import fs from "fs";

export default async function globalTeardown(): Promise<void> {
  const temporary = JSON.parse(process.env.NIANBAO_E2E_TEMP ?? "[]") as string[];
  for (const dist of temporary) fs.rmSync(dist, { recursive: true, force: true });
}
