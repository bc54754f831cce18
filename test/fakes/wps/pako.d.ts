// pako 1.x (a dependency of jszip) ships no typings; the fake needs only raw inflate.
declare module "pako" {
  export function inflateRaw(data: Uint8Array): Uint8Array;
}
