// Reads the rows of chosen tables out of a MySQL/MariaDB dump (mysqldump output or hand-written SQL): CREATE TABLE
// for the column order, INSERT/REPLACE with or without a column list, extended inserts, `INSERT ... SET`, MySQL
// string escapes, NULL. Pure: text in, rows out; a dump that ends inside a string or a statement is an error.
// The tokenizer is parse/sql-tokens.ts.
import { SqlDumpError, tokenize, type Token } from "./sql-tokens";

export type SqlValue = string | null;

export interface SqlTable {
  /** Column names from the CREATE TABLE, when the dump has one. */
  columns?: string[];
  /** Each row as column name → value (numbers are kept as their text). */
  rows: Map<string, SqlValue>[];
  /** Whether the dump mentions the table at all (CREATE TABLE or INSERT). */
  seen: boolean;
}

export { SqlDumpError } from "./sql-tokens";

const isWord = (t: Token | undefined, ...words: string[]) => t?.kind === "word" && words.includes(t.text.toUpperCase());
const isPunct = (t: Token | undefined, p: string) => t?.kind === "punct" && t.text === p;

/** Reads `name` or `db.name` at `i`; returns the bare table name and the next index. */
function readName(tokens: Token[], i: number): { name: string; next: number } | undefined {
  const first = tokens[i];
  if (!first || (first.kind !== "word" && first.kind !== "quoted-name")) return undefined;
  let name = first.text;
  let next = i + 1;
  if (isPunct(tokens[next], ".") && (tokens[next + 1]?.kind === "word" || tokens[next + 1]?.kind === "quoted-name")) {
    name = tokens[next + 1].text;
    next += 2;
  }
  return { name, next };
}

/** Splits the tokens between a `(` at `open` and its `)` into comma-separated items; returns them and the index after `)`. */
function parenItems(tokens: Token[], open: number): { items: Token[][]; next: number } | undefined {
  if (!isPunct(tokens[open], "(")) return undefined;
  const items: Token[][] = [[]];
  let depth = 0;
  for (let i = open + 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (isPunct(t, "(")) depth++;
    else if (isPunct(t, ")")) {
      if (depth === 0) return { items: items[0].length === 0 && items.length === 1 ? [] : items, next: i + 1 };
      depth--;
    } else if (isPunct(t, ",") && depth === 0) {
      items.push([]);
      continue;
    }
    items[items.length - 1].push(t);
  }
  return undefined;
}

const NOT_COLUMNS = new Set(["PRIMARY", "KEY", "INDEX", "UNIQUE", "CONSTRAINT", "FULLTEXT", "SPATIAL", "FOREIGN", "CHECK", "PERIOD", "SYSTEM"]);

function createTableColumns(tokens: Token[], i: number): string[] | undefined {
  if (isWord(tokens[i], "IF") && isWord(tokens[i + 1], "NOT") && isWord(tokens[i + 2], "EXISTS")) i += 3;
  const named = readName(tokens, i);
  if (!named) return undefined;
  const body = parenItems(tokens, named.next);
  if (!body) throw new SqlDumpError(`CREATE TABLE ${named.name} has no column list`, tokens[0].line);
  const columns: string[] = [];
  for (const item of body.items) {
    const first = item[0];
    if (!first) continue;
    if (first.kind === "quoted-name" || (first.kind === "word" && !NOT_COLUMNS.has(first.text.toUpperCase()))) columns.push(first.text);
  }
  return columns;
}

/** The value of one SQL literal (a string with an optional `_charset` introducer, a number, NULL, a hex literal). */
function literal(item: Token[], table: string): SqlValue {
  let tokens = item;
  if (tokens.length === 2 && tokens[0].kind === "word" && tokens[0].text.startsWith("_") && tokens[1].kind === "string") tokens = [tokens[1]];
  if (tokens.length === 2 && isPunct(tokens[0], "-") && tokens[1].kind === "number") return "-" + tokens[1].text;
  const [t] = tokens;
  if (tokens.length === 1 && t.kind === "string") return t.text;
  if (tokens.length === 1 && isWord(t, "NULL")) return null;
  if (tokens.length === 1 && t.kind === "number") {
    if (/^0x/i.test(t.text)) return hexText(t.text.slice(2), t.line);
    return t.text;
  }
  if (tokens.length === 2 && isWord(t, "X") && tokens[1].kind === "string") return hexText(tokens[1].text, t.line);
  const shown = item.map(quoted).join(" ").slice(0, 40);
  throw new SqlDumpError(`a value in the rows of ${table} is not a literal: ${shown}`, item[0]?.line ?? 0);
}

/** A token for a message: a quoted string is never shown (it may be a password), only said to be there. */
function quoted(token: Token): string {
  return token.kind === "string" ? "'…'" : token.text;
}

function hexText(hex: string, line: number): string {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) throw new SqlDumpError("a hex literal with an odd number of digits", line);
  const bytes = new Uint8Array(hex.length / 2);
  for (let k = 0; k < bytes.length; k++) bytes[k] = parseInt(hex.slice(2 * k, 2 * k + 2), 16);
  return new TextDecoder("utf-8").decode(bytes);
}

function insertRows(tokens: Token[], i: number, tables: Map<string, SqlTable>, byLower: Map<string, string>): void {
  while (isWord(tokens[i], "LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY", "IGNORE")) i++;
  if (isWord(tokens[i], "INTO")) i++;
  const named = readName(tokens, i);
  if (!named) return;
  const key = byLower.get(named.name.toLowerCase());
  if (!key) return;
  const table = tables.get(key)!;
  table.seen = true;
  i = named.next;
  const line = tokens[0].line;
  if (isWord(tokens[i], "SET")) {
    const row = new Map<string, SqlValue>();
    const assignments = splitTopLevel(tokens.slice(i + 1));
    for (const assignment of assignments) {
      const eq = assignment.findIndex((t) => isPunct(t, "="));
      const column = assignment[eq - 1];
      if (eq !== 1 || !column) throw new SqlDumpError(`INSERT INTO ${key} SET: expected column=value`, line);
      row.set(column.text, literal(assignment.slice(eq + 1), key));
    }
    table.rows.push(row);
    return;
  }
  let columns = table.columns;
  if (isPunct(tokens[i], "(")) {
    const list = parenItems(tokens, i);
    if (!list) throw new SqlDumpError(`INSERT INTO ${key}: the column list is not closed`, line);
    columns = list.items.map((item) => item[0]?.text ?? "");
    i = list.next;
  }
  if (!isWord(tokens[i], "VALUES", "VALUE")) throw new SqlDumpError(`INSERT INTO ${key}: expected VALUES`, line);
  if (!columns) throw new SqlDumpError(`INSERT INTO ${key} has no column list and the dump has no CREATE TABLE ${key} before it`, line);
  i++;
  for (;;) {
    const values = parenItems(tokens, i);
    if (!values) throw new SqlDumpError(`INSERT INTO ${key}: a row is not closed with ')' (is the dump truncated?)`, tokens[i]?.line ?? line);
    if (values.items.length !== columns.length) {
      throw new SqlDumpError(`INSERT INTO ${key}: a row has ${values.items.length} values for ${columns.length} columns`, tokens[i].line);
    }
    const row = new Map<string, SqlValue>();
    values.items.forEach((item, k) => row.set(columns![k], literal(item, key)));
    table.rows.push(row);
    i = values.next;
    if (isPunct(tokens[i], ",")) {
      i++;
      continue;
    }
    if (i < tokens.length && !isWord(tokens[i], "ON")) throw new SqlDumpError(`INSERT INTO ${key}: unexpected ${tokens[i].kind === "string" ? "a quoted string" : `'${tokens[i].text}'`} after a row`, tokens[i].line);
    return;
  }
}

function splitTopLevel(tokens: Token[]): Token[][] {
  const parts: Token[][] = [[]];
  let depth = 0;
  for (const t of tokens) {
    if (isPunct(t, "(")) depth++;
    if (isPunct(t, ")")) depth--;
    if (isPunct(t, ",") && depth === 0) parts.push([]);
    else parts[parts.length - 1].push(t);
  }
  return parts.filter((p) => p.length > 0);
}

/** False once the first tokens show rows for a table we do not read (`INSERT [IGNORE] INTO other ...`). */
function isWanted(tokens: Token[], byLower: Map<string, string>): boolean {
  if (!isWord(tokens[0], "INSERT", "REPLACE")) return true;
  let i = 1;
  while (isWord(tokens[i], "LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY", "IGNORE", "INTO")) i++;
  const name = tokens[i];
  if (!name || (name.kind !== "word" && name.kind !== "quoted-name")) return true;
  // `db.table`: wait for the part after the dot.
  if (tokens.length <= i + 1 || (isPunct(tokens[i + 1], ".") && tokens.length <= i + 2)) return true;
  const table = isPunct(tokens[i + 1], ".") ? tokens[i + 2] : name;
  return byLower.has(table.text.toLowerCase());
}

/**
 * The rows of the named tables in a dump (names compared without case, a `db.` prefix ignored). Other statements are
 * skipped. Throws SqlDumpError for a dump that is cut short or that holds rows it cannot read.
 */
export function parseSqlDump(text: string, tableNames: readonly string[]): Map<string, SqlTable> {
  const tables = new Map<string, SqlTable>();
  const byLower = new Map<string, string>();
  for (const name of tableNames) {
    tables.set(name, { rows: [], seen: false });
    byLower.set(name.toLowerCase(), name);
  }
  for (const tokens of tokenize(text, (tokens) => isWanted(tokens, byLower))) {
    const first = tokens[0];
    if (isWord(first, "CREATE")) {
      let i = 1;
      if (isWord(tokens[i], "OR") && isWord(tokens[i + 1], "REPLACE")) i += 2;
      if (isWord(tokens[i], "TEMPORARY")) i++;
      if (!isWord(tokens[i], "TABLE")) continue;
      const named = readName(tokens, isWord(tokens[i + 1], "IF") ? i + 4 : i + 1);
      const key = named && byLower.get(named.name.toLowerCase());
      if (!key) continue;
      const table = tables.get(key)!;
      table.columns = createTableColumns(tokens, i + 1);
      table.seen = true;
    } else if (isWord(first, "INSERT", "REPLACE")) insertRows(tokens, 1, tables, byLower);
  }
  return tables;
}
