/** Argument wiring for `nianbao`: parses the command line and hands over to the commands. */
import { parseArgs } from "util";
import { checkCommand, EXIT_USAGE, templateCommand, type Output } from "./commands";
import { COLOUR, PLAIN, type Lang } from "./humanReport";

const USAGE = `年报校对 nianbao — 政府信息公开工作年度报告检查 / checks annual reports on government information disclosure

用法 Usage:
  nianbao check <file.docx|folder>... [--json] [--prior <last-year.docx>] [--lang zh|en]
  nianbao template [--format 2021|2019] -o <out.docx>

  check     检查一个或多个 .docx（文件夹表示其中全部 .docx）
            check one or more .docx files (a folder means every .docx in it)
  --json    以 JSON 输出（每个文件一个对象）/ print JSON, one object per file
  --prior   上一年度的报告，用于跨年度核对 / last year's report, for the cross-year checks
  --lang    输出语言 / output language (zh default, en)
  template  写出空白标准模板（默认 2021 年格式）/ write the blank standard template

退出码 Exit codes: 0 无错误 no errors · 1 有错误 errors found · 2 有文件无法读取 a file could not be read
`;

export async function run(
  argv: string[],
  io: Output = defaultOutput(),
  colour = useColour(),
): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "-h" || command === "--help" || command === "help") {
    io.out(USAGE);
    return command ? 0 : EXIT_USAGE;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        json: { type: "boolean", default: false },
        prior: { type: "string" },
        lang: { type: "string", default: "zh" },
        format: { type: "string", default: "2021" },
        output: { type: "string", short: "o" },
      },
    });
  } catch (e) {
    io.err(`${(e as Error).message}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const { values, positionals } = parsed;
  const lang: Lang = values.lang === "en" ? "en" : "zh";
  if (command === "check") {
    if (positionals.length === 0) {
      io.err(USAGE);
      return EXIT_USAGE;
    }
    return checkCommand(
      positionals,
      {
        json: values.json ?? false,
        prior: values.prior,
        lang,
        style: colour && !values.json ? COLOUR : PLAIN,
      },
      io,
    );
  }
  if (command === "template") {
    if (!values.output || (values.format !== "2021" && values.format !== "2019")) {
      io.err(USAGE);
      return EXIT_USAGE;
    }
    return templateCommand(values.output, values.format, lang, io);
  }
  io.err(`未知命令 unknown command: ${command}\n\n${USAGE}`);
  return EXIT_USAGE;
}

function defaultOutput(): Output {
  return { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };
}

/** Colour only on a terminal, and never when NO_COLOR is set. */
function useColour(): boolean {
  return !!process.stdout.isTTY && !process.env.NO_COLOR;
}
