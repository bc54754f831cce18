/** The add-in's own template files, found from the task pane's file URL on Windows and Linux. */
import { bundledTemplatePath, nativePathOf } from "../../src/wps/taskpane/bundledTemplate";

describe("the add-in's template files", () => {
  it("on Linux", () => {
    const page =
      "file:///home/%E5%BC%A0%E4%B8%89/.local/share/Kingsoft/wps/jsaddons/nianbao-check_0.1.0/taskpane.html?action=template";
    expect(bundledTemplatePath(page, "2021")).toBe(
      "/home/张三/.local/share/Kingsoft/wps/jsaddons/nianbao-check_0.1.0/templates/template-2021.docx",
    );
  });

  it("on Windows", () => {
    const page =
      "file:///C:/Users/%E5%BC%A0%E4%B8%89/AppData/Roaming/kingsoft/wps/jsaddons/nianbao-check_0.1.0/taskpane.html";
    expect(bundledTemplatePath(page, "2019")).toBe(
      "C:\\Users\\张三\\AppData\\Roaming\\kingsoft\\wps\\jsaddons\\nianbao-check_0.1.0\\templates\\template-2019.docx",
    );
  });

  it("nowhere when the pane is not a file", () => {
    expect(nativePathOf("http://127.0.0.1:3889/taskpane.html")).toBeNull();
    expect(nativePathOf("not a url")).toBeNull();
  });
});
