/** Argument wiring for `nianbao`: parses the command line and hands over to the commands. */
import { parseArgs } from "util";
import { takeAnnotate } from "./annotateArg";
import { cleanCommand } from "./cleanCommand";
import { checkCommand, EXIT_USAGE, templateCommand, type Output } from "./commands";
import { COLOUR, LANGS, PLAIN, type Lang } from "./style";
import type { FormatId } from "../report/formats/types";

const USAGE = `年报校对 nianbao — 政府信息公开工作年度报告检查 / checks annual reports on government information disclosure

用法 Usage:
  nianbao check <file.docx|folder>... [--json] [--summary] [--errors-only] [--prior <last-year.docx>] [--lang zh|en]
                [--annotate [<out>]] [--report <review.html>] [--csv <summary.csv>]
  nianbao clean <file.checked.docx>... [-o <out.docx>]
  nianbao template [--format 2021|2019] -o <out.docx>

  check          检查一个或多个 .docx（文件夹表示其中全部 .docx；其中的 .doc、.wps 在安装了 LibreOffice 时
                 自动转换后检查，否则与 .pdf、.odt 一起列为未检查）
                 check one or more .docx files (a folder means every .docx in it; its .doc and .wps files are
                 converted by LibreOffice when it is installed and checked, else listed as not checked
                 with its .pdf and .odt files)
  --json         以 JSON 输出（每个文件一个对象）/ print JSON, one object per file
  --summary      每个文件一行：格式、年度、数量、第一个错误 / one line per file: format, year, counts, first error
  --errors-only  只显示错误 / show errors only
  --prior        上一年度的报告，用于跨年度核对 / last year's report, for the cross-year checks
  --lang         输出语言 / output language (zh default, en)
  --annotate     写出标注版（着色和批注）：默认在原文件旁写 <名称>.checked.docx；也可给出文件夹，或单个文件的输出名
                 write marked copies (shading and comments): <name>.checked.docx beside each file, or into
                 the folder given, or (one file) to the .docx given; --annotate=<out> is never ambiguous
  --report       写出批量审核页面（离线 HTML）/ write the batch review page (one offline HTML file)
  --csv          写出汇总表（UTF-8，Excel 可直接打开）/ write a summary spreadsheet (UTF-8 with BOM)
  clean          去掉标注版中年报校对添加的一切，写出 <名称>.cleaned.docx（不覆盖已有文件）
                 take out all that nianbao added to a marked copy: writes <name>.cleaned.docx (never overwrites)
  template       写出空白标准模板（默认 2021 年格式）/ write the blank standard template (2021 format by default)
  -o, --output   模板或 clean 的输出文件 / where template (or clean) writes

退出码 Exit codes: 0 无错误 no errors · 1 有错误 errors found · 2 有文件无法读取 a file could not be read · 64 命令行有误 bad command line
`;

const FORMAT_IDS: readonly FormatId[] = ["2021", "2019"];

/** Exit code when the output is closed early (`| head`): as a program ended by SIGPIPE. */
export const EXIT_PIPE = 141;

export async function run(
  argv: string[],
  io: Output = defaultOutput(),
  colour = useColour(),
): Promise<number> {
  const [command, ...given] = argv;
  // `--annotate [OUT]`: an optional value, which parseArgs cannot take.
  const { args: rest, annotate } = command === "check" ? takeAnnotate(given) : { args: given };
  if (!command || command === "-h" || command === "--help" || command === "help") {
    if (command) io.out(USAGE);
    else io.err(USAGE);
    return command ? 0 : EXIT_USAGE;
  }
  const usageError = (zh: string, en: string) => {
    io.err(`${zh}（nianbao --help 查看用法）/ ${en} (see nianbao --help)\n`);
    return EXIT_USAGE;
  };
  if (command !== "check" && command !== "template" && command !== "clean")
    return usageError(`未知命令 ${command}`, `unknown command ${command}`);

  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        json: { type: "boolean", default: false },
        summary: { type: "boolean", default: false },
        "errors-only": { type: "boolean", default: false },
        prior: { type: "string" },
        lang: { type: "string", default: "zh" },
        format: { type: "string", default: "2021" },
        output: { type: "string", short: "o" },
        report: { type: "string" },
        csv: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (e) {
    return parseError(e as Error & { code?: string }, usageError);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const lang = values.lang as Lang;
  if (!LANGS.includes(lang))
    return usageError(
      `未知的输出语言 --lang ${values.lang}（可用 zh、en）`,
      `unknown --lang ${values.lang} (zh or en)`,
    );
  const format = values.format as FormatId;
  if (!FORMAT_IDS.includes(format))
    return usageError(
      `未知的格式 --format ${values.format}（可用 2021、2019）`,
      `unknown --format ${values.format} (2021 or 2019)`,
    );

  if (command === "check") {
    if (positionals.length === 0)
      return usageError("请给出要检查的 .docx 文件或文件夹", "name the .docx files or folders to check");
    if (values.summary && values.json)
      return usageError("--summary 不能与 --json 同时使用", "--summary and --json do not go together");
    return checkCommand(
      positionals,
      {
        json: values.json ?? false,
        summary: values.summary ?? false,
        errorsOnly: values["errors-only"] ?? false,
        prior: values.prior,
        lang,
        style: colour && !values.json ? COLOUR : PLAIN,
        annotate,
        report: values.report,
        csv: values.csv,
      },
      io,
    );
  }
  if (command === "clean") return cleanCommand(positionals, { output: values.output, lang }, io);
  if (!values.output) return usageError("template 需要 -o <输出文件.docx>", "template needs -o <out.docx>");
  if (positionals.length > 0)
    return usageError(`多余的参数 ${positionals.join(" ")}`, `unexpected argument ${positionals.join(" ")}`);
  return templateCommand(values.output, format, lang, io);
}

/** parseArgs' errors as one line each. */
function parseError(e: Error & { code?: string }, usageError: (zh: string, en: string) => number): number {
  const option = (/'([^']+)'/.exec(e.message)?.[1] ?? "").replace(/ <value>$/, "");
  if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
    return usageError(`未知选项 ${option}`, `unknown option ${option}`);
  if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
    return usageError(`选项 ${option} 缺少值或值有误`, `option ${option} needs a value`);
  return usageError("命令行有误", e.message);
}

/**
 * The process's stdout and stderr. When the reader goes away (`nianbao check … | head`), writing
 * fails with EPIPE: end quietly then, as Unix tools do, instead of with a stack trace.
 */
function defaultOutput(): Output {
  for (const stream of [process.stdout, process.stderr])
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") process.exit(EXIT_PIPE);
      throw e;
    });
  return { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };
}

/** Colour only on a terminal, and never when NO_COLOR is set. */
function useColour(): boolean {
  return !!process.stdout.isTTY && !process.env.NO_COLOR;
}
