import { notFoundError, readOnlyError, unaddressableError } from "../../src/host/errors";
import { readOnlyError as wpsReadOnlyError } from "../../src/wps/errors";

describe("the refusals every host shares", () => {
  it("says what cannot be done in a read-only document, in the host's words for it", () => {
    const word = readOnlyError("insert");
    expect([word.code, word.messageZh, word.message]).toEqual([
      "read_only",
      "文档为只读，不能插入模板。",
      "The document is read-only: no template can be inserted.",
    ]);
    const wps = wpsReadOnlyError("keep");
    expect([wps.code, wps.messageZh, wps.message]).toEqual([
      "read_only",
      "文档为只读或受保护，不能在文档中保存设置。",
      "The document is read-only or protected: nothing can be kept in the document.",
    ]);
  });

  it("names the table or the place it cannot find", () => {
    expect(unaddressableError(2).messageZh).toBe("无法在文档中准确定位第 3 个表格的单元格。");
    const missing = notFoundError("The cell", "该单元格");
    expect([missing.code, missing.messageZh]).toEqual([
      "not_found",
      "在文档中找不到该单元格：文档可能已修改，请重新检查。",
    ]);
  });
});
