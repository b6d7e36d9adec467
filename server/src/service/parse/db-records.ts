// VICIdial database rows as carrier and template records: from dump rows, to `.carrier` / `.conftemplate` text that
// gives back every field byte for byte, back from those files, compared with each other, and as UPDATE statements.
import { BLOCK_END, CARRIER_FIELDS, MULTILINE_FIELDS, parseRecordFile, TEMPLATE_FIELDS, type RecordKind } from "./carrier-file";
import type { SqlTable, SqlValue } from "./sql-dump";

export const CARRIER_TABLE = "vicidial_server_carriers";
export const TEMPLATE_TABLE = "vicidial_conf_templates";

export interface DbRecord {
  kind: RecordKind;
  id: string;
  /** The record's columns we know, in the record format's order; null for SQL NULL. */
  fields: Map<string, SqlValue>;
}

export const fieldsOf = (kind: RecordKind): readonly string[] => (kind === "carrier" ? CARRIER_FIELDS : TEMPLATE_FIELDS);
export const tableOf = (kind: RecordKind): string => (kind === "carrier" ? CARRIER_TABLE : TEMPLATE_TABLE);
const keyOf = (kind: RecordKind): string => (kind === "carrier" ? "carrier_id" : "template_id");

/** Records from rows (column name → value); columns the record format does not know are left out. */
export function recordsFromRows(kind: RecordKind, rows: Iterable<Map<string, SqlValue>>): DbRecord[] {
  const result: DbRecord[] = [];
  for (const row of rows) {
    const lower = new Map([...row].map(([k, v]) => [k.toLowerCase(), v] as const));
    const fields = new Map<string, SqlValue>();
    for (const name of fieldsOf(kind)) if (lower.has(name)) fields.set(name, lower.get(name)!);
    result.push({ kind, id: fields.get(keyOf(kind)) ?? "", fields });
  }
  return result.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function recordsFromTables(tables: Map<string, SqlTable>): DbRecord[] {
  return [
    ...recordsFromRows("carrier", tables.get(CARRIER_TABLE)?.rows ?? []),
    ...recordsFromRows("template", tables.get(TEMPLATE_TABLE)?.rows ?? []),
  ];
}

/** A one-line field written plainly reads back the same: no line break, no space at either end. */
function plainLineOk(value: string): boolean {
  return !/[\r\n]/.test(value) && value === value.trim();
}

function quotedLine(name: string, value: string): string {
  // JSON.stringify leaves U+2028/U+2029 raw; they are line breaks to some editors, so escape them too.
  return `${name} (quoted): ${JSON.stringify(value).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029")}\n`;
}

/** The block form of a multi-line field: plain when that reads back the same, else closed with `[[end]]`, else quoted. */
function blockText(kind: RecordKind, name: string, value: string): string {
  const readsBack = (text: string) => parseRecordFile(text, kind).fields.get(name)?.value === value;
  const plain = `[[${name}]]\n${value}\n`;
  if (readsBack(plain)) return plain;
  const exact = `[[${name}]]\n${value}\n[[${BLOCK_END}]]\n`;
  if (readsBack(exact)) return exact;
  return quotedLine(name, value);
}

/**
 * The `.carrier` / `.conftemplate` text for a record: one-line fields first, then the multi-line blocks. NULL fields
 * are left out (reading the file back gives no value for them). Every other field reads back exactly.
 */
export function formatRecord(record: DbRecord, source?: string): string {
  let text = source ? `# ${record.kind === "carrier" ? "Carrier" : "Conf template"} ${record.id}, from ${source}\n` : "";
  const blocks: string[] = [];
  for (const name of fieldsOf(record.kind)) {
    const value = record.fields.get(name);
    if (value === undefined || value === null) continue;
    if (MULTILINE_FIELDS.has(name)) blocks.push(blockText(record.kind, name, value));
    else text += plainLineOk(value) ? (value.length > 0 ? `${name}: ${value}\n` : `${name}:\n`) : quotedLine(name, value);
  }
  for (const block of blocks) text += "\n" + block;
  return text;
}

/** A record read back from a `.carrier` / `.conftemplate` file: only the fields the file holds. */
export function recordFromFile(kind: RecordKind, text: string): DbRecord {
  const parsed = parseRecordFile(text, kind);
  const fields = new Map<string, SqlValue>();
  for (const name of fieldsOf(kind)) {
    const field = parsed.fields.get(name);
    if (field) fields.set(name, field.value);
  }
  return { kind, id: fields.get(keyOf(kind)) ?? "", fields };
}

/** A file name for a record: its ID with anything but letters, digits, `-`, `_` and `.` replaced. */
export function fileNameOf(record: DbRecord): string {
  const base = record.id.replace(/[^-_.\p{L}\p{N}]/gu, "_").replace(/^\.+/, "_") || "_";
  return `${base}.${record.kind === "carrier" ? "carrier" : "conftemplate"}`;
}

export interface FieldChange {
  field: string;
  database: SqlValue | undefined;
  file: SqlValue;
}

export interface RecordDiff {
  kind: RecordKind;
  id: string;
  /** Only in the files, only in the database, or in both with these field changes. */
  status: "file-only" | "database-only" | "changed";
  changes: FieldChange[];
}

const idKey = (r: DbRecord): string => `${r.kind}\u0000${r.id}`;

/**
 * What differs between the database and the files. A field a file leaves out is not compared (the file does not
 * manage it); a record only in the database is reported so that a pull can be repeated.
 */
export function diffRecords(database: readonly DbRecord[], files: readonly DbRecord[]): RecordDiff[] {
  const inDb = new Map(database.map((r) => [idKey(r), r] as const));
  const result: RecordDiff[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    seen.add(idKey(file));
    const db = inDb.get(idKey(file));
    if (!db) {
      result.push({ kind: file.kind, id: file.id, status: "file-only", changes: [] });
      continue;
    }
    const changes: FieldChange[] = [];
    for (const [field, value] of file.fields) {
      const current = db.fields.get(field);
      if (current !== value) changes.push({ field, database: current, file: value });
    }
    if (changes.length > 0) result.push({ kind: file.kind, id: file.id, status: "changed", changes });
  }
  for (const db of database) if (!seen.has(idKey(db))) result.push({ kind: db.kind, id: db.id, status: "database-only", changes: [] });
  return result;
}

/** A MySQL string literal that gives back `value` exactly (backslash escapes, as the server reads them by default). */
export function sqlString(value: SqlValue): string {
  if (value === null) return "NULL";
  let out = "'";
  for (const ch of value) {
    switch (ch) {
      case "\\": out += "\\\\"; break;
      case "'": out += "\\'"; break;
      case "\0": out += "\\0"; break;
      case "\n": out += "\\n"; break;
      case "\r": out += "\\r"; break;
      case "\x1a": out += "\\Z"; break;
      default: out += ch;
    }
  }
  return out + "'";
}

const sqlName = (name: string) => "`" + name.replace(/`/g, "``") + "`";

/**
 * UPDATE statements that make the database hold what the files hold: every field of each file, or only the changed
 * fields when `diffs` (from diffRecords) are given. The key column is never changed. Never run here; printed only.
 */
export function updateStatements(files: readonly DbRecord[], diffs?: readonly RecordDiff[]): string {
  let out = "SET NAMES utf8mb4;\n";
  const byId = diffs && new Map<string, RecordDiff>(diffs.map((d) => [`${d.kind}\u0000${d.id}`, d]));
  for (const record of files) {
    const key = keyOf(record.kind);
    let assignments: [string, SqlValue][];
    if (byId) {
      const diff = byId.get(idKey(record));
      if (!diff) continue;
      if (diff.status === "file-only") {
        out += `-- ${record.kind} ${record.id} is not in the database: add it in the admin screen first\n`;
        continue;
      }
      assignments = diff.changes.filter((c) => c.field !== key).map((c) => [c.field, c.file]);
    } else assignments = [...record.fields].filter(([field]) => field !== key);
    if (assignments.length === 0) continue;
    const set = assignments.map(([field, value]) => `${sqlName(field)}=${sqlString(value)}`).join(", ");
    out += `UPDATE ${sqlName(tableOf(record.kind))} SET ${set} WHERE ${sqlName(key)}=${sqlString(record.id)};\n`;
  }
  return out;
}
