/**
 * Hostile and broken .docx files through the command line, each in a child process with a memory
 * cap and a time limit: one clear line naming the file and the problem, the other files still
 * checked, exit code 2 at the end, and nothing hangs or runs out of memory.
 */
import { execFileSync, spawnSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { buildDocxFromText, readReportFixture } from "../support/buildDocx";
import { compoundFile, documentXml, makeDocx, tbl, tc, tr, zipParts } from "../ooxml/xml";

const ROOT = join(__dirname, "..", "..");
const HEAP_MB = 256;
const TIME_LIMIT_MS = 30_000;

let dir: string;
const files: Record<string, string> = {};

function nested(depth: number): string {
  let inner = tbl([tr([tc("<w:p><w:r><w:t>底</w:t></w:r></w:p>")])], 1);
  for (let i = 1; i < depth; i++) inner = tbl([tr([tc(`${inner}<w:p/>`)])], 1);
  return inner;
}

beforeAll(async () => {
  // The child processes run the compiled CLI: compile it from the current sources first.
  execFileSync(
    process.execPath,
    [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json"],
    {
      cwd: ROOT,
    },
  );
  dir = mkdtempSync(join(tmpdir(), "nianbao-hostile-"));
  const write = (name: string, bytes: Uint8Array | string) => {
    files[name] = join(dir, name);
    writeFileSync(files[name], bytes);
  };
  write("good.docx", await buildDocxFromText(readReportFixture("consistent-2021")));
  write("not-a-zip.docx", "PK but not really a zip archive");
  write("no-document.docx", await zipParts({ "word/other.xml": "<x/>", "[Content_Types].xml": "<Types/>" }));
  write("encrypted.docx", compoundFile(["EncryptionInfo", "EncryptedPackage"]));
  // 64 MiB of XML that deflates to well under 1 MB.
  const para = "<w:p><w:r><w:t>政府信息公开</w:t></w:r></w:p>";
  write(
    "inflates-too-far.docx",
    await makeDocx(documentXml(para.repeat(Math.ceil((64 * 2 ** 20) / para.length)))),
  );
  const laughs = Array.from({ length: 10 }, (_, i) =>
    i === 0 ? '<!ENTITY l0 "哈哈哈哈哈哈哈哈哈哈">' : `<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`,
  ).join("");
  write(
    "billion-laughs.docx",
    await makeDocx(
      `<?xml version="1.0"?><!DOCTYPE w:document [${laughs}]>${documentXml("<w:p><w:r><w:t>&l9;</w:t></w:r></w:p>")}`,
    ),
  );
  write("nested-50.docx", await makeDocx(documentXml(`${nested(50)}<w:p/>`)));
  const row = tr([tc("<w:p><w:r><w:t>1</w:t></w:r></w:p>"), tc("<w:p><w:r><w:t>2</w:t></w:r></w:p>")]);
  write("rows-10000.docx", await makeDocx(documentXml(`${tbl(Array(10_000).fill(row), 2)}<w:p/>`)));
  const bad = new Uint8Array([
    ...new TextEncoder().encode(documentXml("<w:p><w:r><w:t>x")),
    0xff,
    0xfe,
    ...new TextEncoder().encode("</w:t></w:r></w:p>"),
  ]);
  write("invalid-utf8.docx", await zipParts({ "word/document.xml": bad }));
}, 120_000);

function cli(args: string[]) {
  const result = spawnSync(
    process.execPath,
    [`--max-old-space-size=${HEAP_MB}`, join(ROOT, "bin", "nianbao.js"), ...args],
    { cwd: ROOT, encoding: "utf8", timeout: TIME_LIMIT_MS, env: { ...process.env, NO_COLOR: "1" } },
  );
  // Killed by the time limit or the memory cap: the assertion below shows which.
  expect({ signal: result.signal, error: result.error?.message }).toEqual({ signal: null, error: undefined });
  return result;
}

const CASES: [string, string, RegExp][] = [
  ["not-a-zip.docx", "not_zip", /不是有效的 \.docx|zip/],
  ["no-document.docx", "no_document", /document\.xml|正文/],
  ["encrypted.docx", "encrypted", /密码|加密/],
  ["inflates-too-far.docx", "too_large", /过大|MB/],
  ["billion-laughs.docx", "invalid_xml", /DOCTYPE|文档类型/],
  ["nested-50.docx", "too_deep", /嵌套/],
  ["rows-10000.docx", "too_many_rows", /行/],
  ["invalid-utf8.docx", "invalid_encoding", /UTF-8|编码/],
];

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("hostile .docx files", () => {
  it.each(CASES)(
    "%s: one clear line, exit code 2, within the memory cap and the time limit",
    (name, code, words) => {
      const { status, stderr } = cli(["check", files[name]]);
      expect(status).toBe(2);
      const lines = stderr.trim().split("\n");
      expect(lines[0]).toContain(name);
      expect(lines).toHaveLength(2);
      expect(lines[1]).toMatch(words);
      const json = cli(["check", "--json", files[name]]);
      expect(JSON.parse(json.stdout)[0].error.code).toBe(code);
    },
  );

  it("goes on with the other files and exits 2 at the end", () => {
    const names = CASES.map(([name]) => name);
    const { status, stdout, stderr } = cli(["check", files["good.docx"], ...names.map((n) => files[n])]);
    expect(status).toBe(2);
    expect(stdout).toContain("good.docx");
    expect(stdout).toContain(`共 ${names.length + 1} 个文件：0 个有错误，${names.length} 个无法读取`);
    for (const n of names) expect(stderr).toContain(n);
  });
});
