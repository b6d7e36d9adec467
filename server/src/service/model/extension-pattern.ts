// Extension names and `_` patterns the way Asterisk's pbx.c reads them: what a pattern matches, how two
// extensions sort (exact names first, then position by position the smaller character set), and whether one
// set of patterns covers or meets another. Offsets in problems are relative to the extension text.
// The parts: extension-parse.ts (reading a name or pattern), extension-order.ts (pbx.c's order and matching),
// extension-languages.ts (covers / meets), extension-words.ts (examples and descriptions).
export * from "./extension-parse";
export { compareExtensions, inTryOrder, matchesExtension } from "./extension-order";
export * from "./extension-languages";
export * from "./extension-words";
