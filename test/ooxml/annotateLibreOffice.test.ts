/**
 * Marked copies open in LibreOffice: every fixture's marked copy converts to PDF, and LibreOffice,
 * saving it again as .docx, keeps our comments (author, count) and our fills — it read them.
 * Runs where LibreOffice is installed (`.ci/run` installs it); elsewhere it says it was skipped.
 */
import { promises as fs, readdirSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { convertWithLibreOffice, findSoffice } from "../../src/cli/libreOffice";
import { annotateDocx, COMMENT_AUTHOR } from "../../src/ooxml/annotate";
import { MARK_FILLS } from "../../src/report/view";
import { buildDocxFromText, readReportFixture } from "../support/buildDocx";
import { partsOf, text } from "./markedCopy";

const SAMPLES = join(__dirname, "../fixtures/samples");
const soffice = findSoffice();
const maybe = soffice ? describe : describe.skip;
if (!soffice) console.warn("LibreOffice (soffice) is not installed: the marked copies were not opened in it");
// CI installs LibreOffice (.ci/run): there a missing soffice is a failure, not a skip.
if (!soffice && process.env.CI)
  it("has LibreOffice in CI", () => {
    throw new Error("soffice not found although .ci/run installs libreoffice-writer-nogui");
  });

maybe("marked copies in LibreOffice", () => {
  let dir: string;
  const marked: { file: string; comments: number; fills: string[] }[] = [];

  beforeAll(async () => {
    dir = await fs.mkdtemp(join(tmpdir(), "nianbao-marked-"));
    const inputs: [string, Uint8Array][] = readdirSync(SAMPLES)
      .filter((f) => f.endsWith(".docx"))
      .map((f) => [f.replace(".docx", ""), new Uint8Array(readFileSync(join(SAMPLES, f)))]);
    for (const name of ["consistent-2021", "liuying-2019"])
      inputs.push([`${name}-built`, await buildDocxFromText(readReportFixture(name))]);
    for (const [name, bytes] of inputs) {
      const outcome = annotateDocx(bytes, { date: new Date("2024-03-01T08:00:00Z") });
      const file = join(dir, `${name}.checked.docx`);
      await fs.writeFile(file, outcome.bytes);
      const document = text((await partsOf(outcome.bytes)).get("word/document.xml"));
      const fills = Object.values(MARK_FILLS).filter((fill) => document.includes(`w:fill="${fill}"`));
      marked.push({ file, comments: outcome.comments.length, fills });
    }
  }, 120_000);

  afterAll(async () => {
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  it("converts every marked copy to PDF", async () => {
    const run = await convertWithLibreOffice(
      soffice as string,
      marked.map((m) => m.file),
      "pdf",
    );
    try {
      for (const r of run.results) {
        expect({ file: r.input, error: r.error }).toEqual({ file: r.input, error: undefined });
        const pdf = await fs.readFile(r.output as string);
        expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
        expect(pdf.length).toBeGreaterThan(10_000);
      }
    } finally {
      await run.dispose();
    }
  }, 180_000);

  it("keeps our comments and fills when LibreOffice saves the marked copy again", async () => {
    const run = await convertWithLibreOffice(
      soffice as string,
      marked.map((m) => m.file),
      "docx",
    );
    try {
      for (const [i, r] of run.results.entries()) {
        expect({ file: r.input, error: r.error }).toEqual({ file: r.input, error: undefined });
        const parts = await partsOf(new Uint8Array(await fs.readFile(r.output as string)));
        const document = text(parts.get("word/document.xml"));
        const ours = text(parts.get("word/comments.xml")).split(`w:author="${COMMENT_AUTHOR}"`).length - 1;
        const kept = marked[i].fills.filter((fill) => document.includes(`w:fill="${fill}"`));
        expect({ file: r.input, comments: ours, fills: kept }).toEqual({
          file: r.input,
          comments: marked[i].comments,
          fills: marked[i].fills,
        });
        if (marked[i].comments > 0) expect(document).toContain("w:commentReference");
      }
    } finally {
      await run.dispose();
    }
  }, 180_000);
});
