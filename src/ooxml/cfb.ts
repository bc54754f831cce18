/**
 * OLE compound files (CFB): Word 97–2003 .doc files, and also password-protected .docx files,
 * which Office wraps in a CFB holding an `EncryptedPackage` stream.
 */

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isCompoundFile(bytes: Uint8Array): boolean {
  if (bytes.length < CFB_SIGNATURE.length) return false;
  return CFB_SIGNATURE.every((b, i) => bytes[i] === b);
}

const ENCRYPTED_PACKAGE = "EncryptedPackage";

/**
 * Whether the compound file has a stream named `EncryptedPackage`. Directory entries are 128
 * bytes and every sector starts at a multiple of 512, so each entry starts at a multiple of 128:
 * checking those slots for the entry's UTF-16LE name, name length and stream type finds it without
 * following the FAT chains (which a damaged or hostile file could make cyclic).
 */
export function hasEncryptedPackage(bytes: Uint8Array): boolean {
  const nameBytes = (ENCRYPTED_PACKAGE.length + 1) * 2; // with the terminating NUL
  for (let slot = 512; slot + 128 <= bytes.length; slot += 128) {
    // Name length (incl. NUL) at 0x40, object type at 0x42 (2 = stream).
    if (bytes[slot + 0x40] !== nameBytes || bytes[slot + 0x41] !== 0 || bytes[slot + 0x42] !== 2) continue;
    let match = true;
    for (let i = 0; i < ENCRYPTED_PACKAGE.length && match; i++)
      match = bytes[slot + i * 2] === ENCRYPTED_PACKAGE.charCodeAt(i) && bytes[slot + i * 2 + 1] === 0;
    if (match) return true;
  }
  return false;
}
