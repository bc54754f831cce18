/**
 * The CLI's marked copies, `clean`, the review page, the spreadsheet, legacy files and the progress
 * line, through `run` as a person would call them.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { dirname, join, resolve } from "path";
import { takeAnnotate } from "../../src/cli/annotateArg";
import { convertWithLibreOffice, findSoffice } from "../../src/cli/libreOffice";
import { Progress } from "../../src/cli/progress";
import { csvCell } from "../../src/cli/summaryCsv";
import { readDocx } from "../../src/ooxml";
import { isMarkedCopy } from "../../src/ooxml/annotate";
import { checkReport } from "../../src/report/checkReport";
import { partsOf } from "../ooxml/markedCopy";
import { cli } from "./runCli";

const SAMPLES = join(__dirname, "..", "fixtures", "samples");

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "nianbao-marked-cli-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function sample(name: string, to = join(dir, name)): string {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(join(SAMPLES, name), to);
  return to;
}

async function findingsOf(file: string) {
  return checkReport(await readDocx(readFileSync(file))).findings;
}

describe("check --annotate", () => {
  it("writes report.checked.docx beside the report, which re-checks to the same findings", async () => {
    const file = sample("liuying-2019.docx");
    const { code, out } = await cli(["check", file, "--annotate"]);
    expect(code).toBe(1); // the report's own verdict, as without --annotate
    const marked = join(dir, "liuying-2019.checked.docx");
    expect(out).toContain(`标注版：${marked}`);
    expect(isMarkedCopy(readFileSync(marked))).toBe(true);
    expect(await findingsOf(marked)).toEqual(await findingsOf(file));
  });

  it("writes to the file named after --annotate for one report", async () => {
    const file = sample("jingshan-2020.docx");
    const out = join(dir, "out", "标注.docx");
    expect((await cli(["check", file, "--annotate", out])).code).toBe(0);
    expect(isMarkedCopy(readFileSync(out))).toBe(true);
    expect(existsSync(join(dir, "jingshan-2020.checked.docx"))).toBe(false);
  });

  it("mirrors the folders into the folder named, and skips its own copies when the folder is checked again", async () => {
    sample("jingshan-2020.docx", join(dir, "in", "jingshan-2020.docx"));
    sample("jingshan-2020.docx", join(dir, "in", "sub", "jingshan-2020.docx"));
    const other = sample("shanghewan-2020.docx", join(dir, "other", "jingshan-2020.docx"));
    const marked = join(dir, "marked");
    await cli(["check", join(dir, "in"), other, `--annotate=${marked}`]);
    for (const name of [
      "jingshan-2020.checked.docx",
      "sub/jingshan-2020.checked.docx",
      "jingshan-2020-2.checked.docx",
    ])
      expect(isMarkedCopy(readFileSync(join(marked, name)))).toBe(true);
    // Beside the inputs, then again: the copies are not taken for reports.
    await cli(["check", join(dir, "in"), "--annotate"]);
    const again = await cli(["check", join(dir, "in"), "--json"]);
    const files = (JSON.parse(again.out) as { file: string }[]).map((r) => r.file);
    expect(files.sort()).toEqual(
      [join(dir, "in", "jingshan-2020.docx"), join(dir, "in", "sub", "jingshan-2020.docx")].sort(),
    );
  });

  it("never writes over an input or a file that is not its own marked copy", async () => {
    const file = sample("jingshan-2020.docx");
    const stranger = join(dir, "jingshan-2020.checked.docx");
    writeFileSync(stranger, "someone else's file");
    const { code, err, out } = await cli(["check", file, "--annotate"]);
    expect(code).toBe(2);
    expect(out + err).toContain("不是年报校对的标注版，未覆盖");
    expect(readFileSync(stranger, "utf8")).toBe("someone else's file");
    // Its own marked copy is renewed.
    rmSync(stranger);
    await cli(["check", file, "--annotate"]);
    expect((await cli(["check", file, "--annotate"])).code).toBe(0);
    const over = await cli(["check", file, "--annotate", file]);
    expect(over.code).toBe(2);
    expect(await findingsOf(file)).toEqual(await findingsOf(join(SAMPLES, "jingshan-2020.docx")));
  });

  it("adds the marked copy to the JSON", async () => {
    const file = sample("shanghewan-2020.docx");
    const { out } = await cli(["check", file, "--json", "--annotate"]);
    const [report] = JSON.parse(out) as { markedCopy?: string }[];
    expect(report.markedCopy).toBe(join(dir, "shanghewan-2020.checked.docx"));
  });
});

describe("takeAnnotate", () => {
  it("takes a value only when it is unambiguous", () => {
    expect(takeAnnotate(["a.docx", "--annotate"])).toEqual({ args: ["a.docx"], annotate: true });
    expect(takeAnnotate(["a.docx", "--annotate", "out/"])).toEqual({ args: ["a.docx"], annotate: "out/" });
    expect(takeAnnotate(["a.docx", "--annotate", "out/", "--lang", "en"])).toEqual({
      args: ["a.docx", "--lang", "en"],
      annotate: "out/",
    });
    expect(takeAnnotate(["--annotate", "a.docx", "b.docx"])).toEqual({
      args: ["a.docx", "b.docx"],
      annotate: true,
    });
    expect(takeAnnotate(["--annotate=out", "a.docx"])).toEqual({ args: ["a.docx"], annotate: "out" });
    expect(takeAnnotate(["a.docx"])).toEqual({ args: ["a.docx"] });
  });
});

describe("nianbao clean", () => {
  it("gives back the original document.xml, beside the marked copy, without overwriting anything", async () => {
    const file = sample("liuying-2019.docx");
    await cli(["check", file, "--annotate"]);
    const marked = join(dir, "liuying-2019.checked.docx");
    const { code, out } = await cli(["clean", marked]);
    expect(code).toBe(0);
    const cleaned = join(dir, "liuying-2019.cleaned.docx");
    expect(out).toContain(cleaned);
    const before = await partsOf(readFileSync(file));
    const after = await partsOf(readFileSync(cleaned));
    expect(
      Buffer.from(after.get("word/document.xml")!).equals(Buffer.from(before.get("word/document.xml")!)),
    ).toBe(true);
    // Again: the output exists, so nothing is written.
    const again = await cli(["clean", marked]);
    expect(again.code).toBe(2);
    expect(again.err).toContain("已存在，未覆盖");
    // -o names another file; never the input.
    expect((await cli(["clean", marked, "-o", join(dir, "x.docx")])).code).toBe(0);
    expect((await cli(["clean", marked, "-o", marked])).code).toBe(2);
    expect(isMarkedCopy(readFileSync(marked))).toBe(true);
  });

  it("says when a file is not a marked copy", async () => {
    const file = sample("jingshan-2020.docx");
    const { code, err } = await cli(["clean", file]);
    expect(code).toBe(2);
    expect(err).toContain("不是标注版");
    expect((await cli(["clean"])).code).toBe(64);
  });
});

describe("--report and --csv", () => {
  async function batch(extra: string[] = []) {
    sample("liuying-2019.docx", join(dir, "reports", "liuying-2019.docx"));
    sample("jingshan-2020.docx", join(dir, "reports", "a", "jingshan-2020.docx"));
    writeFileSync(join(dir, "reports", "broken.docx"), "not a zip");
    return cli([
      "check",
      join(dir, "reports"),
      "--report",
      join(dir, "review.html"),
      "--csv",
      join(dir, "summary.csv"),
      ...extra,
    ]);
  }

  it("writes a spreadsheet Excel opens in Chinese: a BOM, CRLF, a line per file", async () => {
    const { code } = await batch();
    expect(code).toBe(2); // broken.docx could not be read
    const csv = readFileSync(join(dir, "summary.csv"), "utf8");
    expect(csv.startsWith("\ufeff文件,单位,格式,年度,错误,警告,提示,")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines.find((l) => l.includes("liuying-2019.docx"))).toContain(
      ",宽城区柳影街道办事处,2019,2019,1,",
    );
    expect(lines.find((l) => l.includes("broken.docx"))).toContain("无法读取");
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
  });

  it("writes one offline page: every file, its findings, links to the marked copies, no external URL", async () => {
    await batch(["--annotate", join(dir, "marked")]);
    const html = readFileSync(join(dir, "review.html"), "utf8");
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[^']+'; script-src 'sha256-[^']+';/,
    );
    expect(html).not.toMatch(/(https?:|ftp:)?\/\/[\w.-]+\.[a-z]{2,}/i);
    expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/<script\s+src/i);
    for (const name of [
      "liuying-2019.docx",
      "jingshan-2020.docx",
      "broken.docx",
      "宽城区柳影街道办事处",
      "缺少第六部分",
    ])
      expect(html).toContain(name);
    const links = [...html.matchAll(/<a class="marked" href="([^"]+)"/g)].map((m) => m[1]);
    expect(links).toHaveLength(2);
    for (const link of links)
      expect(isMarkedCopy(readFileSync(resolve(dir, decodeURIComponent(link))))).toBe(true);
  });
  it("names a cell of 表三 in English as the pane and the marked copy do: the applicant, then the row", async () => {
    await batch(["--lang", "en"]);
    const html = readFileSync(join(dir, "review.html"), "utf8");
    expect(html).toContain("Table 3 · 商业企业 · 一、本年新收政府信息公开申请数量（table 2, row 4, cell 3）");
  });
});

describe("legacy files", () => {
  it("lists a .doc as not checked, with the command that would convert it, without LibreOffice", async () => {
    const doc = join(dir, "old.doc");
    writeFileSync(doc, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    process.env.NIANBAO_SOFFICE = "none";
    try {
      const { out } = await cli(["check", doc, "--csv", join(dir, "s.csv")]);
      expect(out).toContain("或安装 LibreOffice 后重新运行");
      expect(out).toContain("soffice --headless --convert-to docx");
      expect(readFileSync(join(dir, "s.csv"), "utf8")).toContain("未检查");
    } finally {
      delete process.env.NIANBAO_SOFFICE;
    }
  });

  const soffice = findSoffice();
  (soffice ? it : it.skip)(
    "converts a .doc with LibreOffice and checks it like the .docx it came from, the original untouched",
    async () => {
      const source = sample("jingshan-2020.docx");
      const made = await convertWithLibreOffice(soffice as string, [source], "doc");
      const doc = join(dir, "legacy", "景山.doc");
      mkdirSync(dirname(doc));
      copyFileSync(made.results[0].output as string, doc);
      await made.dispose();
      const before = readFileSync(doc);
      const { out } = await cli(["check", doc, "--annotate", "--report", join(dir, "r.html")]);
      expect(out).toContain("已由 LibreOffice 从 .doc 转换为 .docx 后检查");
      expect(Buffer.compare(readFileSync(doc), before)).toBe(0);
      const marked = join(dir, "legacy", "景山.checked.docx");
      expect((await findingsOf(marked)).map((f) => f.rule)).toEqual(
        (await findingsOf(source)).map((f) => f.rule),
      );
      expect(readFileSync(join(dir, "r.html"), "utf8")).toContain("由 LibreOffice 从 .doc 转换");
      // In a folder too; beside it, a .doc that is no document and a .docx under a .doc name.
      writeFileSync(join(dir, "legacy", "假的.doc"), "just some text");
      copyFileSync(source, join(dir, "legacy", "其实是docx.doc"));
      const folder = await cli(["check", join(dir, "legacy"), "--json"]);
      const reports = JSON.parse(folder.out) as {
        file: string;
        convertedFrom?: string;
        notChecked?: { message: string };
      }[];
      const byName = new Map(reports.map((r) => [r.file.slice(join(dir, "legacy").length + 1), r]));
      expect(byName.get("景山.doc")?.convertedFrom).toBe("doc");
      expect(byName.get("其实是docx.doc")?.notChecked).toBeUndefined();
      expect(byName.get("其实是docx.doc")?.convertedFrom).toBeUndefined();
      expect(byName.get("假的.doc")?.notChecked?.message).toContain("文件内容不是 Word 或 WPS 文档");
    },
    120_000,
  );
});

describe("the progress line", () => {
  it("shows on a terminal for a long batch, is cleared around other output and at the end", () => {
    let screen = "";
    let clock = 0;
    const tty = { isTTY: true, columns: 60, write: (s: string) => (screen += s) };
    const progress = new Progress(1000, tty, "zh", () => clock);
    for (let i = 0; i < 10; i++) {
      clock += 50;
      progress.tick({ errors: i % 2 === 0 });
    }
    expect(screen).toContain("正在检查 10/1000（1%）· 有错误 5 · 无法读取 0");
    expect(screen.split("\r").length - 1).toBeLessThanOrEqual(6); // at most every 100 ms
    progress.clear();
    expect(screen.endsWith("\r\u001b[K")).toBe(true);
    progress.finish();
    const quiet = {
      isTTY: false,
      write: () => {
        throw new Error("written to a pipe");
      },
    };
    const piped = new Progress(1000, quiet, "zh");
    piped.tick();
    piped.finish();
    expect(new Progress(3, tty, "zh").active).toBe(false);
  });
});
