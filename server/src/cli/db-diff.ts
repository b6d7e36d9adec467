// How `vicidial-lint db diff` prints the difference between a record in the database and its file: the fields that
// differ, each with its differing lines only, secrets masked.
import { maskRecordField } from "../service/secrets";
import type { RecordDiff } from "../service/parse/db-records";
import type { SqlValue } from "../service/parse/sql-dump";

/** A value for a diff line: as written, or JSON-quoted when it has control characters or spaces at an end. */
function shown(line: string): string {
  return /[\x00-\x1f\x7f]/.test(line) || line !== line.trim() ? JSON.stringify(line) : line;
}

/** The differing lines of two field values: common first and last lines left out. */
function lineDiff(field: string, before: SqlValue | undefined, after: SqlValue): string {
  const masked = (text: string) => shown(maskRecordField(field, text));
  if (before === undefined || before === null || after === null) {
    const text = (v: SqlValue | undefined) => (v === undefined || v === null ? "(NULL)" : masked(v));
    return `  - database: ${text(before)}\n  + file:     ${text(after)}\n`;
  }
  const a = before.split("\n");
  const b = after.split("\n");
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  let out = "";
  for (let k = head; k < a.length - tail; k++) out += `  - database line ${k + 1}: ${masked(a[k])}\n`;
  for (let k = head; k < b.length - tail; k++) out += `  + file     line ${k + 1}: ${masked(b[k])}\n`;
  return out;
}

/** One record difference as `db diff` prints it (secrets masked). */
export function describeDiff(d: RecordDiff): string {
  const what = `${d.kind} ${d.id}`;
  if (d.status === "file-only") return `${what}: only in the files (not in the database)\n`;
  if (d.status === "database-only") return `${what}: only in the database\n`;
  return d.changes.map((c) => `${what} field ${c.field} differs\n` + lineDiff(c.field, c.database, c.file)).join("");
}
