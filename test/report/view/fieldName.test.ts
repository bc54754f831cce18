import { describeField } from "../../../src/report/describe";
import { fieldName } from "../../../src/report/view";

describe("fieldName", () => {
  it("names a requests cell applicant column first, as the standard's wording reads", () => {
    expect(fieldName("requests.granted.total", "zh")).toBe("表三 · 总计 · （一）予以公开");
    // In English the table's English name, with the Chinese labels a reviewer finds in the document.
    expect(fieldName("requests.granted.total", "en")).toBe("Table 3 · 总计 · （一）予以公开");
  });

  it("names other tables' cells row first", () => {
    const words = describeField("appeals.review.total");
    expect(words?.table).toBe("appeals");
    expect(fieldName("appeals.review.total", "en")).toBe(`Table 4 · ${words?.row} · ${words?.column}`);
  });

  it("gives nothing for an id no format knows", () => {
    expect(fieldName("nope", "zh")).toBeUndefined();
  });
});
