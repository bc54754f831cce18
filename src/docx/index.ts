export * from "./docSpec";
export { layoutTable, type PlacedCell, type TableLayout } from "./layout";
export { toBase64, writeDocx } from "./writeDocx";
