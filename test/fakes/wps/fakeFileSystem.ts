/**
 * `wps.FileSystem` as the fake knows it: files in memory, paths as strings. What others measured
 * on WPS (wps-notes §2.4) is what it does: `ReadFileAsArrayBuffer` is synchronous and exact;
 * `ReadFile` is text mode and stops at the first NUL. Whether `writeAsBinaryString` writes the
 * bytes faithfully is not known: `binaryWrite` chooses (faithful, absent, or as UTF-8 text).
 */
export type BinaryWrite = "works" | "absent" | "utf8";

export class FakeFileSystem {
  readonly files = new Map<string, Uint8Array>();
  /** Every path written, in order. */
  readonly written: string[] = [];

  constructor(readonly tempDir = "/tmp") {}

  read(path: string): Uint8Array {
    const data = this.files.get(path);
    if (!data) throw new Error(`fake WPS: no file ${path}`);
    return data;
  }

  write(path: string, data: Uint8Array): void {
    this.files.set(path, data.slice());
    this.written.push(path);
  }

  /** The object WPS puts on `Application.FileSystem`. */
  api(binaryWrite: BinaryWrite): Record<string, unknown> {
    const api: Record<string, unknown> = {
      Exists: (path: string) => this.files.has(path),
      existsSync: (path: string) => this.files.has(path),
      ReadFileAsArrayBuffer: (path: string) => {
        const data = this.read(path);
        return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
      },
      ReadFile: (path: string) => {
        const data = this.read(path);
        const nul = data.indexOf(0);
        return new TextDecoder("latin1").decode(nul < 0 ? data : data.subarray(0, nul));
      },
      stat: (path: string) => ({ size: this.read(path).length }),
      unlinkSync: (path: string) => this.files.delete(path),
      Remove: (path: string) => void this.files.delete(path),
      tmpdir: () => this.tempDir,
    };
    if (binaryWrite !== "absent")
      api.writeAsBinaryString = (path: string, data: string) => {
        const bytes =
          binaryWrite === "works"
            ? Uint8Array.from(data, (c) => c.charCodeAt(0) & 0xff)
            : new TextEncoder().encode(data);
        this.write(path, bytes);
        return true;
      };
    return api;
  }
}
