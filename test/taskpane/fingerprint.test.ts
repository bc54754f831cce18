/** @jest-environment jsdom */
import "./setup";
import type { Finding } from "../../src/report/findings";
import { fingerprint } from "../../src/taskpane/fingerprint";

const finding = (over: Partial<Finding>): Finding => ({
  rule: "requests.row_total",
  severity: "error",
  message: "表三「（一）予以公开」行总计有误：应为 26，表中为 20",
  messageEn: "",
  fields: [],
  cells: [],
  location: {},
  ...over,
});

test("rule and the sorted field ids: values, messages and cell positions do not count", () => {
  const a = finding({
    fields: ["requests.granted.total", "requests.granted.natural"],
    expected: 26,
    actual: 20,
  });
  const b = finding({
    fields: ["requests.granted.natural", "requests.granted.total"],
    expected: 27,
    actual: 21,
    message: "另一句话",
    cells: [{ table: 3, row: 1, cell: 1 }],
  });
  expect(fingerprint(a)).toBe("requests.row_total|requests.granted.natural,requests.granted.total");
  expect(fingerprint(b)).toBe(fingerprint(a));
  expect(fingerprint(finding({ ...a, rule: "requests.balance" }))).not.toBe(fingerprint(a));
  expect(fingerprint(finding({ fields: ["requests.granted.total"] }))).not.toBe(fingerprint(a));
});

test("text findings: the rule and the quoted text, whitespace aside", () => {
  const a = finding({
    rule: "section.number",
    location: { section: 1, paragraph: 3, excerpt: "1、 总体情况" },
  });
  const moved = finding({
    rule: "section.number",
    location: { section: 1, paragraph: 9, excerpt: "1、总体情况" },
  });
  const other = finding({
    rule: "section.number",
    location: { section: 2, paragraph: 9, excerpt: "2、主动公开" },
  });
  expect(fingerprint(a)).toBe("section.number|text:1、总体情况");
  expect(fingerprint(moved)).toBe(fingerprint(a));
  expect(fingerprint(other)).not.toBe(fingerprint(a));
});

test("neither fields nor text: where it is and what it is about", () => {
  const missing = finding({ rule: "table.missing", location: { section: 4, table: "appeals" } });
  const extra = finding({
    rule: "table.extra_row",
    location: { section: 2, table: "active" },
    actual: "发布总数量",
  });
  expect(fingerprint(missing)).toBe("table.missing|at:4:appeals|/");
  expect(fingerprint(extra)).not.toBe(fingerprint(finding({ ...extra, actual: "另一行" })));
});
