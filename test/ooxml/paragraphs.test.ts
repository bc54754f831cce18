import { parseDocumentXml } from "../../src/ooxml";
import { documentXml, p, paragraphs, stylesXml, tbl, tc, tr } from "./xml";

/** The text of the only body paragraph of `body`. */
function textOf(body: string): string {
  const paras = paragraphs(parseDocumentXml(documentXml(body)));
  expect(paras).toHaveLength(1);
  return paras[0].text;
}

describe("paragraph text", () => {
  it("joins runs and reads breaks, carriage returns, tabs and non-breaking hyphens", () => {
    expect(
      textOf(
        "<w:p><w:r><w:t>一、</w:t></w:r><w:r><w:t>总体</w:t><w:br/><w:t>情况</w:t><w:cr/><w:tab/>" +
          '<w:t>A</w:t><w:noBreakHyphen/><w:t>B</w:t><w:sym w:font="Wingdings" w:char="F0FC"/></w:r></w:p>',
      ),
    ).toBe("一、总体\n情况\n\tA-B");
  });

  it("keeps spaces, decodes entities and reads CDATA as text", () => {
    expect(
      textOf('<w:p><w:r><w:t xml:space="preserve"> a &amp; b &lt;c&gt; &#x4E00;&#20108; </w:t></w:r></w:p>'),
    ).toBe(" a & b <c> 一二 ");
    expect(textOf("<w:p><w:r><w:t><![CDATA[x<y&z]]></w:t></w:r></w:p>")).toBe("x<y&z");
  });

  it("does not take tab stops in paragraph properties for tab characters", () => {
    expect(
      textOf(
        '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>x</w:t></w:r></w:p>',
      ),
    ).toBe("x");
  });

  it("keeps inserted text and drops deleted and moved-away text", () => {
    expect(
      textOf(
        '<w:p><w:r><w:t>共</w:t></w:r><w:ins w:id="1" w:author="a"><w:r><w:t>12</w:t></w:r></w:ins>' +
          '<w:del w:id="2" w:author="a"><w:r><w:delText>10</w:delText></w:r></w:del><w:r><w:t>件</w:t></w:r>' +
          '<w:moveFrom w:id="3" w:author="a"><w:r><w:t>旧</w:t></w:r></w:moveFrom>' +
          '<w:moveTo w:id="4" w:author="a"><w:r><w:t>。</w:t></w:r></w:moveTo></w:p>',
      ),
    ).toBe("共12件。");
  });

  it("reads field results but not field codes, and reads simple fields, hyperlinks, smart tags, custom XML", () => {
    expect(
      textOf(
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' +
          '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
          '<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>/9</w:t></w:r></w:fldSimple>' +
          '<w:hyperlink r:id="rId9"><w:r><w:t>链接</w:t></w:r></w:hyperlink>' +
          '<w:smartTag w:uri="u" w:element="e"><w:r><w:t>标记</w:t></w:r></w:smartTag>' +
          '<w:customXml w:element="x"><w:r><w:t>自定义</w:t></w:r></w:customXml></w:p>',
      ),
    ).toBe("3/9链接标记自定义");
  });

  it("reads run-level content controls but not their properties", () => {
    expect(
      textOf(
        '<w:p><w:r><w:t>年度：</w:t></w:r><w:sdt><w:sdtPr><w:alias w:val="年份"/><w:placeholder><w:docPart w:val="x"/></w:placeholder></w:sdtPr>' +
          "<w:sdtEndPr/><w:sdtContent><w:r><w:t>2023</w:t></w:r></w:sdtContent></w:sdt></w:p>",
      ),
    ).toBe("年度：2023");
  });

  it("leaves text boxes, drawings, VML and alternate content out of the paragraph", () => {
    const textBox = "<w:txbxContent><w:p><w:r><w:t>框内</w:t></w:r></w:p></w:txbxContent>";
    expect(
      textOf(
        "<w:p><w:r><w:t>前</w:t></w:r>" +
          `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:inline><wps:txbx>${textBox}</wps:txbx></wp:inline></w:drawing></mc:Choice>` +
          `<mc:Fallback><w:pict><v:shape><v:textbox>${textBox}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>` +
          `<w:r><w:pict><v:shape><v:textbox>${textBox}</v:textbox></v:shape></w:pict><w:t>后</w:t></w:r></w:p>`,
      ),
    ).toBe("前后");
  });

  it("ignores ruby guide text but keeps the base text", () => {
    expect(
      textOf(
        "<w:p><w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>zhèng</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>政</w:t></w:r></w:rubyBase></w:ruby></w:r></w:p>",
      ),
    ).toBe("政");
  });
});

describe("paragraph indexes", () => {
  it("counts paragraphs inside table cells, nested ones too, but not text-box paragraphs", () => {
    const nested = tbl([tr([tc(p("n1") + p("n2"))])], 1);
    const body =
      p("a") + // 0
      tbl([tr([tc(p("c1") + p("c2")), tc(p("c3") + nested + p("c4"))])], 2) + // 1, 2, 3, (4, 5), 6
      "<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>box</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict><w:t>b</w:t></w:r></w:p>" + // 7
      "<w:sdt><w:sdtPr/><w:sdtContent>" +
      p("c") + // 8
      "</w:sdtContent></w:sdt>" +
      '<w:customXml w:element="x">' +
      p("d") + // 9
      "</w:customXml>";
    const paras = paragraphs(parseDocumentXml(documentXml(body)));
    expect(paras.map((x) => [x.index, x.text])).toEqual([
      [0, "a"],
      [7, "b"],
      [8, "c"],
      [9, "d"],
    ]);
  });

  it("keeps body blocks in document order with the table between its paragraphs", () => {
    const doc = parseDocumentXml(documentXml(p("before") + tbl([tr([tc("x")])], 1) + p("after")));
    expect(doc.blocks.map((b) => b.kind)).toEqual(["paragraph", "table", "paragraph"]);
  });

  it("does not treat the section properties as content", () => {
    const doc = parseDocumentXml(
      documentXml(
        p("x") + '<w:p><w:pPr><w:sectPr><w:pgSz w:w="1"/></w:sectPr></w:pPr><w:r><w:t>y</w:t></w:r></w:p>',
      ),
    );
    expect(paragraphs(doc).map((x) => x.text)).toEqual(["x", "y"]);
  });
});

describe("paragraph style and outline level", () => {
  const styles = stylesXml(
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="Heading 2"/><w:basedOn w:val="Normal"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Custom"><w:name w:val="标题样式"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Derived"><w:name w:val="派生"/><w:basedOn w:val="Custom"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Loop1"><w:name w:val="l1"/><w:basedOn w:val="Loop2"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Loop2"><w:name w:val="l2"/><w:basedOn w:val="Loop1"/></w:style>' +
      '<w:style w:type="character" w:styleId="Heading3Char"><w:name w:val="heading 3"/></w:style>',
  );

  function levels(body: string, withStyles = true): [string | undefined, number | undefined][] {
    const doc = parseDocumentXml(documentXml(body), withStyles ? { styles } : {});
    return paragraphs(doc).map((x) => [x.style, x.outlineLevel]);
  }

  it("reads w:pStyle and the outline level from built-in heading names, own and inherited w:outlineLvl", () => {
    expect(
      levels(
        p("a") +
          p("b", '<w:pStyle w:val="1"/>') +
          p("c", '<w:pStyle w:val="Heading2"/>') +
          p("d", '<w:pStyle w:val="Custom"/>') +
          p("e", '<w:pStyle w:val="Derived"/>') +
          p("f", '<w:pStyle w:val="Loop1"/>') +
          p("g", '<w:pStyle w:val="Missing"/>'),
      ),
    ).toEqual([
      [undefined, undefined],
      ["1", 0],
      ["Heading2", 1],
      ["Custom", 2],
      ["Derived", 2],
      ["Loop1", undefined],
      ["Missing", undefined],
    ]);
  });

  it("lets a direct w:outlineLvl win, 9 meaning body text", () => {
    expect(
      levels(p("a", '<w:outlineLvl w:val="3"/>') + p("b", '<w:pStyle w:val="1"/><w:outlineLvl w:val="9"/>')),
    ).toEqual([
      [undefined, 3],
      ["1", undefined],
    ]);
  });

  it("without a styles part, takes heading-like style ids as outline levels", () => {
    expect(
      levels(p("a", '<w:pStyle w:val="Heading1"/>') + p("b", '<w:pStyle w:val="TextBody"/>'), false),
    ).toEqual([
      ["Heading1", 0],
      ["TextBody", undefined],
    ]);
  });

  it("ignores the previous properties recorded by a tracked formatting change", () => {
    expect(
      levels(
        p(
          "a",
          '<w:pStyle w:val="Custom"/><w:pPrChange w:id="1"><w:pPr><w:pStyle w:val="1"/><w:outlineLvl w:val="0"/></w:pPr></w:pPrChange>',
        ),
      ),
    ).toEqual([["Custom", 2]]);
  });

  it("reads the default paragraph style's outline level for paragraphs without w:pStyle", () => {
    const headingDefault = stylesXml(
      '<w:style w:type="paragraph" w:default="1" w:styleId="H"><w:name w:val="heading 4"/></w:style>',
    );
    const doc = parseDocumentXml(documentXml(p("x")), { styles: headingDefault });
    expect(paragraphs(doc)[0].outlineLevel).toBe(3);
  });
});
