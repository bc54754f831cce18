import { DocxReadError, parseDocumentXml, parseFlatOpc, readDocx, type DocxErrorCode } from "../../src/ooxml";
import { compoundFile, documentXml, makeDocx, p, tbl, tc, tr, zipParts } from "./xml";

async function readError(
  data: Uint8Array | Promise<unknown>,
  options?: Parameters<typeof readDocx>[1],
): Promise<DocxReadError> {
  const attempt = data instanceof Uint8Array ? readDocx(data, options) : data;
  try {
    await attempt;
  } catch (error) {
    expect(error).toBeInstanceOf(DocxReadError);
    return error as DocxReadError;
  }
  throw new Error("expected a DocxReadError");
}

function syncError(run: () => unknown): DocxReadError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DocxReadError);
    return error as DocxReadError;
  }
  throw new Error("expected a DocxReadError");
}

/** A compound file whose directory (sector 0) holds a root entry and these streams. */
function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) out[i * 2] = text.charCodeAt(i);
  return out;
}

/** Rewrites the uncompressed size that the zip's local and central headers declare for one entry. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const nameBytes = new TextEncoder().encode(name);
  const nameAt = (offset: number): boolean => nameBytes.every((b, i) => out[offset + i] === b);
  let patched = 0;
  for (let i = 0; i + 46 < out.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50 && view.getUint16(i + 26, true) === nameBytes.length && nameAt(i + 30)) {
      view.setUint32(i + 22, size, true);
      patched++;
    } else if (
      signature === 0x02014b50 &&
      view.getUint16(i + 28, true) === nameBytes.length &&
      nameAt(i + 46)
    ) {
      view.setUint32(i + 24, size, true);
      patched++;
    }
  }
  expect(patched).toBe(2);
  return out;
}

describe("container errors", () => {
  it("rejects bytes that are not a zip", async () => {
    const error = await readError(new TextEncoder().encode("这不是一个 Word 文件"));
    expect(error.code).toBe("not_zip");
    expect(error.messageZh).toBe("文件不是有效的 .docx（不是 zip 压缩包）");
    expect(error.message).toBe("not a .docx file (not a zip archive)");
    expect((await readError(new Uint8Array(0))).code).toBe("not_zip");
  });

  it("reports a damaged zip as not_zip with its own message", async () => {
    const whole = await makeDocx(documentXml(p("x")));
    const error = await readError(whole.slice(0, whole.length - 30));
    expect(error.code).toBe("not_zip");
    expect(error.messageZh).toContain("损坏");
  });

  it("rejects a zip without a main document part", async () => {
    const error = await readError(await zipParts({ "word/styles.xml": "<x/>", "readme.txt": "hi" }));
    expect(error.code).toBe("no_document");
    expect(error.messageZh).toContain("word/document.xml");
  });

  it("recognises a password-protected .docx by its EncryptedPackage stream", async () => {
    const error = await readError(compoundFile(["EncryptionInfo", "EncryptedPackage"]));
    expect(error.code).toBe("encrypted");
    expect(error.messageZh).toContain("密码");
  });

  it("takes any other compound file for a Word 97–2003 .doc, even with the name in its content", async () => {
    const error = await readError(compoundFile(["WordDocument", "1Table"], utf16le("xEncryptedPackage")));
    expect(error.code).toBe("legacy_doc");
    expect(error.messageZh).toContain(".doc");
  });
});

describe("XML errors", () => {
  it("rejects a DOCTYPE outright, so that no entity is ever expanded", () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">]>' +
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>';
    const error = syncError(() => parseDocumentXml(laughs));
    expect(error.code).toBe("invalid_xml");
    expect(error.message).toContain("DOCTYPE");
    expect(error.part).toBe("word/document.xml");
  });

  it("rejects external entities declared in a DOCTYPE and undefined entities without one", () => {
    const xxe = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><x>&xxe;</x>';
    expect(syncError(() => parseDocumentXml(xxe)).code).toBe("invalid_xml");
    const undefinedEntity = documentXml("<w:p><w:r><w:t>&nbsp;</w:t></w:r></w:p>");
    const error = syncError(() => parseDocumentXml(undefinedEntity));
    expect(error.code).toBe("invalid_xml");
    expect(error.message).toContain("&nbsp;");
  });

  it("reports malformed XML with the part, line and column", () => {
    const error = syncError(() => parseDocumentXml('<?xml version="1.0"?>\n<a>\n  <b></c>\n</a>'));
    expect(error.code).toBe("invalid_xml");
    expect([error.part, error.line, error.column]).toEqual(["word/document.xml", 3, 6]);
    expect(error.message).toBe(
      "the document is damaged: XML error in word/document.xml at line 3, column 6 (closing tag does not match <b>)",
    );
    expect(error.messageZh).toContain("第 3 行第 6 列");
  });

  it("rejects truncated XML", () => {
    const whole = documentXml(p("一、总体情况"));
    expect(syncError(() => parseDocumentXml(whole.slice(0, whole.length - 20))).code).toBe("invalid_xml");
  });

  it("names the part an XML error is in when reading a .docx", async () => {
    const docx = await makeDocx(documentXml(p("x")), { styles: "<w:styles><oops></w:styles>" });
    const error = await readError(docx);
    expect(error.code).toBe("invalid_xml");
    expect(error.part).toBe("word/styles.xml");
  });

  it("rejects a flat-OPC package with a DOCTYPE", () => {
    expect(syncError(() => parseFlatOpc('<!DOCTYPE p><pkg:package xmlns:pkg="x"/>')).code).toBe(
      "invalid_xml",
    );
  });
});

describe("encoding errors", () => {
  it("rejects a part that is not valid UTF-8", async () => {
    const bytes = new TextEncoder().encode(documentXml(p("ABC")));
    const at = bytes.indexOf(0x41); // "A" in the text
    bytes[at] = 0xff;
    const error = await readError(await makeDocx("", { parts: { "word/document.xml": bytes } }));
    expect(error.code).toBe("invalid_encoding");
    expect(error.messageZh).toBe("文档已损坏：word/document.xml 不是有效的 UTF-8 文本");
  });

  it("honours UTF-16 and UTF-8 byte-order marks", async () => {
    const xml = documentXml(p("二、主动公开")).replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const le = new Uint8Array(2 + xml.length * 2);
    le.set([0xff, 0xfe]);
    const be = new Uint8Array(2 + xml.length * 2);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < xml.length; i++) {
      le[2 + i * 2] = xml.charCodeAt(i) & 0xff;
      le[3 + i * 2] = xml.charCodeAt(i) >> 8;
      be[2 + i * 2] = xml.charCodeAt(i) >> 8;
      be[3 + i * 2] = xml.charCodeAt(i) & 0xff;
    }
    const utf8 = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode(documentXml(p("二、主动公开"))),
    ]);
    for (const bytes of [le, be, utf8]) {
      const doc = await readDocx(await makeDocx("", { parts: { "word/document.xml": bytes } }));
      expect(doc.blocks).toEqual([{ kind: "paragraph", index: 0, text: "二、主动公开" }]);
    }
  });

  it("rejects a UTF-16 part with an unpaired surrogate", async () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x3c, 0x00, 0x00, 0xd8, 0x3e, 0x00]);
    expect((await readError(await makeDocx("", { parts: { "word/document.xml": bytes } }))).code).toBe(
      "invalid_encoding",
    );
  });
});

describe("budgets", () => {
  const big = documentXml(p("统计数据".repeat(5000)));

  it("refuses a part whose declared size is over the budget", async () => {
    const error = await readError(await makeDocx(big), { maxPartBytes: 10_000 });
    expect(error.code).toBe("too_large");
    expect(error.part).toBe("word/document.xml");
  });

  it("counts bytes while inflating, so a part that lies about its size is stopped too", async () => {
    const lying = declareSize(await makeDocx(big), "word/document.xml", 100);
    const error = await readError(lying, { maxPartBytes: 10_000 });
    expect(error.code).toBe("too_large");
    // Under the budget the lie is still caught, as a damaged archive.
    expect((await readError(lying)).code).toBe("not_zip");
  });

  it("accepts parts within the budget", async () => {
    const doc = await readDocx(await makeDocx(big), { maxPartBytes: big.length * 4 });
    expect(doc.blocks).toHaveLength(1);
  });

  function nested(depth: number): string {
    let xml = p("core");
    for (let i = 0; i < depth; i++) xml = tbl([tr([tc(xml)])], 1);
    return documentXml(xml);
  }

  it("refuses tables nested deeper than maxTableDepth (default 20)", () => {
    expect(() => parseDocumentXml(nested(20))).not.toThrow();
    const error = syncError(() => parseDocumentXml(nested(21)));
    expect(error.code).toBe("too_deep");
    expect(error.messageZh).toBe("表格嵌套超过 20 层，无法检查");
    expect(syncError(() => parseDocumentXml(nested(3), {}, { maxTableDepth: 2 })).code).toBe("too_deep");
  });

  it("handles very deep element nesting without recursion", () => {
    const depth = 200_000;
    const xml = documentXml(
      `<w:p><w:r>${"<w:ins>".repeat(depth)}<w:t>深</w:t>${"</w:ins>".repeat(depth)}</w:r></w:p>`,
    );
    expect(parseDocumentXml(xml).blocks).toEqual([{ kind: "paragraph", index: 0, text: "深" }]);
  });

  it("refuses a table with more than maxRowsPerTable rows (default 5000)", async () => {
    const rows = (n: number): string => documentXml(tbl(new Array<string>(n).fill(tr([tc("1")])), 1));
    expect(() => parseDocumentXml(rows(5000))).not.toThrow();
    const error = syncError(() => parseDocumentXml(rows(5001)));
    expect(error.code).toBe("too_many_rows");
    expect((await readError(await makeDocx(rows(4)), { maxRowsPerTable: 3 })).code).toBe("too_many_rows");
  });
});

describe("messages", () => {
  it("gives every error one line in English and in Chinese", async () => {
    const errors: DocxReadError[] = [
      await readError(new Uint8Array([1, 2, 3])),
      await readError(await zipParts({ "a.txt": "a" })),
      await readError(compoundFile(["EncryptedPackage"])),
      await readError(compoundFile(["WordDocument"])),
      await readError(await makeDocx(documentXml(p("x".repeat(2000)))), { maxPartBytes: 1000 }),
      syncError(() => parseDocumentXml("<a><b></a>")),
      syncError(() => parseDocumentXml("<!DOCTYPE a><a/>")),
      await readError(await makeDocx("", { parts: { "word/document.xml": new Uint8Array([0xc3, 0x28]) } })),
      syncError(() =>
        parseDocumentXml(documentXml(tbl([tr([tc(tbl([tr([tc("x")])], 1))])], 1)), {}, { maxTableDepth: 1 }),
      ),
      syncError(() =>
        parseDocumentXml(documentXml(tbl([tr([tc("x")]), tr([tc("y")])], 1)), {}, { maxRowsPerTable: 1 }),
      ),
    ];
    const codes: DocxErrorCode[] = [
      "not_zip",
      "no_document",
      "encrypted",
      "legacy_doc",
      "too_large",
      "invalid_xml",
      "invalid_xml",
      "invalid_encoding",
      "too_deep",
      "too_many_rows",
    ];
    expect(errors.map((e) => e.code)).toEqual(codes);
    for (const error of errors) {
      expect(error.message).toMatch(/^[^\n]{10,200}$/);
      expect(error.messageZh).toMatch(/^[^\n]*[\u4e00-\u9fff][^\n]*$/);
      expect(error.name).toBe("DocxReadError");
    }
  });
});

describe("decoding", () => {
  it("keeps a genuine U+FFFD in the text", async () => {
    const doc = await readDocx(await makeDocx(documentXml(p("替换字符\ufffd"))));
    expect(doc.blocks).toEqual([{ kind: "paragraph", index: 0, text: "替换字符\ufffd" }]);
  });

  it("rejects bad bytes even next to a genuine U+FFFD", async () => {
    const bytes = new TextEncoder().encode(documentXml(p("\ufffdAB")));
    bytes[bytes.indexOf(0x41)] = 0xc0; // "A" becomes a stray lead byte
    const error = await readError(await makeDocx("", { parts: { "word/document.xml": bytes } }));
    expect(error.code).toBe("invalid_encoding");
  });
});
