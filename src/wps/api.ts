/**
 * The part of WPS 文字's JS add-in object model (`window.Application`, the same object as
 * `window.wps`) that 年报校对 uses, declared narrowly here instead of importing Kingsoft's typings
 * (they carry a "not permitted to be modified" notice). Member names and numbers are those of
 * wps-jsapi-declare 2.2.0 and /work/shared/spec/wps-notes.md. The object model mirrors Word VBA:
 * synchronous calls, 1-based collections reached with `Item(i)`.
 *
 * Only src/wps touches these objects, and only through ./access, which also copes with builds
 * that expose a property as a zero-argument method.
 */

export interface WpsApplication {
  ActiveDocument?: WpsDocument | null;
  Selection?: WpsSelection;
  ActiveWindow?: WpsWindow;
  UndoRecord?: WpsUndoRecord;
  ScreenUpdating?: boolean;
  FileSystem?: WpsFileSystem;
  Env?: WpsEnv;
  PluginStorage?: WpsPluginStorage;
  Build?: string;
  Version?: string;
  Name?: string;
  CreateTaskPane?(url: string, title?: string): WpsTaskPane;
  GetTaskPane?(id: number): WpsTaskPane | null;
  ShowDialog?(url: string, title?: string, width?: number, height?: number, isModal?: boolean): void;
  ribbonUI?: WpsRibbonUi;
  Enum?: Record<string, number>;
}

export interface WpsDocument {
  Name: string;
  FullName: string;
  Path?: string;
  Saved: boolean;
  ReadOnly: boolean;
  /** `wdNoProtection` (-1) when not protected. */
  ProtectionType: number;
  DocID?: number;
  Content: WpsRange;
  /** Flat OPC of the whole document (documented; content fidelity unverified). */
  WordOpenXML?: string;
  Tables: WpsCollection<WpsTable>;
  Paragraphs: WpsCollection<WpsParagraph>;
  Comments: WpsComments;
  CustomDocumentProperties: WpsDocumentProperties;
  Range(start?: number, end?: number): WpsRange;
}

export interface WpsCollection<T> {
  Count: number;
  /** 1-based. */
  Item(index: number): T;
}

export interface WpsTable {
  Range: WpsRange;
  Rows: { Count: number };
  Cell(row: number, column: number): WpsCell;
  NestingLevel?: number;
}

export interface WpsCell {
  Range: WpsRange;
  RowIndex: number;
  ColumnIndex: number;
  Shading: WpsShading;
  Select(): void;
}

/** Colours are Word's BGR integers (`wdColorAutomatic` = -16777216); `Texture` is `WdTextureIndex`. */
export interface WpsShading {
  BackgroundPatternColor: number;
  ForegroundPatternColor: number;
  Texture: number;
}

export interface WpsRange {
  Start: number;
  End: number;
  Text: string;
  WordOpenXML?: string;
  Select(): void;
  Collapse(direction?: number): void;
  InsertFile(fileName: string, range?: string, confirmConversions?: boolean, link?: boolean): void;
  InsertParagraphBefore(): void;
  Information(type: number): unknown;
}

export interface WpsParagraph {
  Range: WpsRange;
}

export interface WpsSelection {
  Range: WpsRange;
  Start: number;
  End: number;
  Information(type: number): unknown;
}

export interface WpsWindow {
  ScrollIntoView(target: unknown, start?: boolean): void;
}

export interface WpsComments extends WpsCollection<WpsComment> {
  Add(range: WpsRange, text: string): WpsComment;
}

export interface WpsComment {
  Range: WpsRange;
  Scope: WpsRange;
  Author: string;
  Delete(): void;
}

export interface WpsDocumentProperties extends WpsCollection<WpsDocumentProperty> {
  Add(name: string, linkToContent: boolean, type: number, value: string): WpsDocumentProperty;
}

export interface WpsDocumentProperty {
  Name: string;
  Value: unknown;
  Delete(): void;
}

export interface WpsUndoRecord {
  StartCustomRecord(name?: string): void;
  EndCustomRecord(): void;
}

export interface WpsFileSystem {
  Exists?(path: string): boolean;
  existsSync?(path: string): boolean;
  ReadFileAsArrayBuffer(path: string): ArrayBuffer;
  /** Each character a byte (0–255). Whether it writes binary data faithfully is unverified. */
  writeAsBinaryString?(path: string, data: string): boolean;
  unlinkSync?(path: string): boolean;
  Remove?(path: string): void;
  tmpdir?(): string;
  stat?(path: string): { size?: number };
}

export interface WpsEnv {
  GetTempPath?(): string;
  GetHomePath?(): string;
  GetAppDataPath?(): string;
}

export interface WpsPluginStorage {
  getItem(key: string): unknown;
  setItem(key: string, value: string | number | boolean): void;
  removeItem(key: string): void;
}

export interface WpsTaskPane {
  ID: number;
  Visible: boolean;
  DockPosition?: number;
  Width?: number;
  Navigate?(url: string): void;
}

export interface WpsRibbonUi {
  Invalidate?(): void;
  InvalidateControl?(id: string): void;
}

/** WPS's enumeration values used here (Word's numbers; `Application.Enum` is missing on old builds). */
export const WD = {
  colorAutomatic: -16777216,
  noProtection: -1,
  textureNone: 0,
  withInTable: 12,
  collapseEnd: 0,
  collapseStart: 1,
  propertyTypeString: 4,
  dockRight: 2,
} as const;
