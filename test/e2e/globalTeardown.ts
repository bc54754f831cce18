/** Removes the temporary build of globalSetup (never a folder given with E2E_DIST). */
import fs from "fs";

export default async function globalTeardown(): Promise<void> {
  const dist = process.env.NIANBAO_E2E_DIST;
  if (dist && process.env.NIANBAO_E2E_DIST_TEMP === "1") fs.rmSync(dist, { recursive: true, force: true });
}
