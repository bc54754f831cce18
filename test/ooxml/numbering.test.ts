import { parseDocumentXml } from "../../src/ooxml";
import { formatNumber } from "../../src/ooxml/numberFormat";
import {
  abstractNum,
  documentXml,
  num,
  numberingXml,
  numPr,
  p,
  paragraphs,
  stylesXml,
  tbl,
  tc,
  tr,
} from "./xml";

describe("formatNumber", () => {
  it.each([
    ["decimal", [1, 9, 10, 123], ["1", "9", "10", "123"]],
    ["decimalZero", [1, 9, 10], ["01", "09", "10"]],
    [
      "chineseCounting",
      [1, 5, 10, 11, 20, 21, 99, 100, 101, 110, 1000, 10010],
      [
        "一",
        "五",
        "十",
        "十一",
        "二十",
        "二十一",
        "九十九",
        "一百",
        "一百〇一",
        "一百一十",
        "一千",
        "一万〇一十",
      ],
    ],
    [
      "chineseCountingThousand",
      [1, 10, 15, 40, 105, 2008],
      ["一", "十", "十五", "四十", "一百零五", "二千零八"],
    ],
    ["japaneseCounting", [1, 10, 11, 20, 100, 101, 1000], ["一", "十", "十一", "二十", "百", "百一", "千"]],
    ["ideographTraditional", [1, 2, 10, 11], ["甲", "乙", "癸", "甲"]],
    ["ideographZodiac", [1, 12, 13], ["子", "亥", "子"]],
    ["chineseLegalSimplified", [1, 10, 12], ["壹", "壹拾", "壹拾贰"]],
    ["decimalFullWidth", [1, 12], ["１", "１２"]],
    ["lowerLetter", [1, 26, 27, 28], ["a", "z", "aa", "bb"]],
    ["upperLetter", [1, 3, 53], ["A", "C", "AAA"]],
    ["lowerRoman", [1, 4, 9, 14, 40, 1999], ["i", "iv", "ix", "xiv", "xl", "mcmxcix"]],
    ["upperRoman", [3, 6, 90], ["III", "VI", "XC"]],
    ["decimalEnclosedCircle", [1, 10, 20, 21], ["①", "⑩", "⑳", "21"]],
    ["decimalEnclosedParen", [1, 2], ["⑴", "⑵"]],
    ["ordinal", [1, 2, 3, 4, 11, 22], ["1st", "2nd", "3rd", "4th", "11th", "22nd"]],
    ["none", [3], [""]],
    ["someFutureFormat", [7], ["7"]],
  ] as [string, number[], string[]][])("%s", (format, values, expected) => {
    expect(values.map((v) => formatNumber(v, format))).toEqual(expected);
  });
});

function labels(body: string, numbering: string, styles?: string): (string | undefined)[] {
  return paragraphs(parseDocumentXml(documentXml(body), { numbering, styles })).map((x) => x.listLabel);
}

describe("list labels", () => {
  const headings = numberingXml(
    abstractNum(0, [
      ["chineseCounting", "%1、"],
      ["chineseCounting", "（%2）"],
      ["decimal", "%2.%3"],
    ]) +
      abstractNum(1, [["decimal", "%1."]]) +
      num(1, 0) +
      num(2, 1) +
      num(3, 1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>') +
      num(4, 0),
  );

  it("renders chineseCounting section numbers and restarts lower levels when a higher one advances", () => {
    expect(
      labels(
        p("总体情况", numPr(1, 0)) +
          p("a", numPr(1, 1)) +
          p("b", numPr(1, 1)) +
          p("b1", numPr(1, 2)) +
          p("b2", numPr(1, 2)) +
          p("主动公开", numPr(1, 0)) +
          p("c", numPr(1, 1)) +
          p("c1", numPr(1, 2)) +
          p("plain"),
        headings,
      ),
      // %2 is drawn in level 1's own format, so a decimal level 2 reads "二.1".
    ).toEqual(["一、", "（一）", "（二）", "二.1", "二.2", "二、", "（一）", "一.1", undefined]);
  });

  it("renders decimal labels and restarts at a w:startOverride the first time its w:num is used", () => {
    expect(
      labels(
        p("a", numPr(2)) +
          p("b", numPr(2)) +
          p("c", numPr(2)) +
          p("d", numPr(3)) +
          p("e", numPr(3)) +
          p("f", numPr(2)),
        headings,
      ),
    ).toEqual(["1.", "2.", "3.", "1.", "2.", "3."]);
  });

  it("continues the count across two w:num sharing an abstract definition, as Word does", () => {
    expect(labels(p("a", numPr(1)) + p("b", numPr(4)) + p("c", numPr(1)), headings)).toEqual([
      "一、",
      "二、",
      "三、",
    ]);
  });

  it("counts numbered paragraphs in table cells without giving them labels", () => {
    const doc = parseDocumentXml(
      documentXml(p("a", numPr(2)) + tbl([tr([tc(p("in cell", numPr(2)))])], 1) + p("b", numPr(2))),
      { numbering: headings },
    );
    expect(paragraphs(doc).map((x) => x.listLabel)).toEqual(["1.", "3."]);
    expect(doc.blocks[1].kind === "table" && doc.blocks[1].rows[0].cells[0].text).toBe("in cell");
  });

  it("gives no label for numId 0, an unknown numId, or without a numbering part", () => {
    expect(labels(p("a", numPr(0)) + p("b", numPr(99)), headings)).toEqual([undefined, undefined]);
    expect(paragraphs(parseDocumentXml(documentXml(p("a", numPr(1))))).map((x) => x.listLabel)).toEqual([
      undefined,
    ]);
  });

  it("returns the bullet character for bullet lists", () => {
    const bullets = numberingXml(abstractNum(5, [["bullet", "•"]]) + num(7, 5));
    expect(labels(p("a", numPr(7)) + p("b", numPr(7)), bullets)).toEqual(["•", "•"]);
  });

  it("honours w:start, w:lvlRestart and w:isLgl", () => {
    const numbering = numberingXml(
      '<w:abstractNum w:abstractNumId="0">' +
        '<w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1"/></w:lvl>' +
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlRestart w:val="0"/><w:lvlText w:val="%1-%2"/></w:lvl>' +
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:isLgl/><w:lvlText w:val="%1.%2.%3"/></w:lvl>' +
        "</w:abstractNum>" +
        num(1, 0),
    );
    expect(
      labels(
        p("a", numPr(1, 0)) +
          p("b", numPr(1, 1)) +
          p("c", numPr(1, 0)) +
          p("d", numPr(1, 1)) +
          p("e", numPr(1, 2)),
        numbering,
      ),
    ).toEqual(["III", "III-a", "IV", "IV-b", "4.2.1"]);
  });

  it("reads the list level from mc:Fallback and skips mc:Choice", () => {
    const numbering = numberingXml(
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>' +
        '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">' +
        '<mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice>' +
        '<mc:Fallback><w:numFmt w:val="decimalZero"/></mc:Fallback></mc:AlternateContent>' +
        '<w:lvlText w:val="%1"/></w:lvl></w:abstractNum>' +
        num(1, 0),
    );
    expect(labels(p("a", numPr(1)), numbering)).toEqual(["01"]);
  });

  it("numbers paragraphs through their style, following w:basedOn and the level tied to the style", () => {
    const styles = stylesXml(
      '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="MyHeading"><w:name w:val="my heading"/><w:basedOn w:val="Heading1"/></w:style>',
    );
    const numbering = numberingXml(
      '<w:abstractNum w:abstractNumId="0">' +
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="%1、"/></w:lvl>' +
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading2"/><w:lvlText w:val="（%2）"/></w:lvl>' +
        "</w:abstractNum>" +
        num(1, 0),
    );
    const doc = parseDocumentXml(
      documentXml(
        p("总体情况", '<w:pStyle w:val="Heading1"/>') +
          p("细项", '<w:pStyle w:val="Heading2"/>') +
          p("主动公开", '<w:pStyle w:val="MyHeading"/>') +
          p("not numbered", '<w:pStyle w:val="Heading1"/><w:numPr><w:numId w:val="0"/></w:numPr>'),
      ),
      { styles, numbering },
    );
    expect(paragraphs(doc).map((x) => [x.listLabel, x.outlineLevel])).toEqual([
      ["一、", 0],
      ["（一）", 1],
      ["二、", 0],
      [undefined, 0],
    ]);
  });

  it("follows w:numStyleLink to the definition of a numbering style", () => {
    const styles = stylesXml(
      '<w:style w:type="numbering" w:styleId="ListStyle"><w:name w:val="list style"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>',
    );
    const numbering = numberingXml(
      abstractNum(0, [["chineseCountingThousand", "第%1条"]], '<w:styleLink w:val="ListStyle"/>') +
        '<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="ListStyle"/></w:abstractNum>' +
        num(5, 0) +
        num(6, 1),
    );
    expect(labels(p("a", numPr(6)) + p("b", numPr(6)), numbering, styles)).toEqual(["第一条", "第二条"]);
  });
});
