// Helpers shared by the carrier checks: what admin.php keeps of an ID, which IDs it accepts, the protocol values, and
// where to report a missing field.
import type { RecordField, RecordFile } from "../../parse/carrier-file";
import type { Span } from "../../text/span";

/** Characters admin.php keeps in carrier and template IDs (latin mode). */
export const ID_CHAR = /[-_0-9a-zA-Z]/;

/** The ID admin.php would save: every character outside `[-_0-9a-zA-Z]` deleted. */
export function sanitiseId(value: string): string {
  let result = "";
  for (const c of value) if (ID_CHAR.test(c)) result += c;
  return result;
}

/** Longest ID the database keeps (VARCHAR(15)); admin.php wants at least 2 characters. */
export const MIN_ID = 2;
export const MAX_ID = 15;

/** An ID admin.php saves exactly as written: 2 to 15 characters of `[-_0-9a-zA-Z]`. */
export function isValidId(value: string): boolean {
  return value.length >= MIN_ID && value.length <= MAX_ID && sanitiseId(value) === value;
}

/** The protocols of the `vicidial_server_carriers.protocol` ENUM, as VICIdial spells them. */
export const PROTOCOLS = ["SIP", "PJSIP", "PJSIP_WIZ", "IAX2", "Zap", "EXTERNAL"] as const;

/** The canonical spelling of a protocol value (MySQL matches ENUM values without regard to case), if valid. */
export function canonicalProtocol(value: string): string | undefined {
  const upper = value.trim().toUpperCase();
  return PROTOCOLS.find((p) => p.toUpperCase() === upper);
}

/** Where to report a field that is missing altogether: the name of the record's first field, else the file start. */
export function missingFieldSpan(record: RecordFile): Span {
  let first: Span | undefined;
  for (const field of record.fields.values()) if (!first || field.nameSpan.start < first.start) first = field.nameSpan;
  return first ?? { start: 0, end: 0 };
}

/** Where to report a whole field: its value, or its name when the value is empty or a multi-line block. */
export function fieldSpan(field: RecordField): Span {
  return field.block || field.valueSpan.end === field.valueSpan.start ? field.nameSpan : field.valueSpan;
}

/** Shortens a text for a message. */
export function clip(text: string, max = 60): string {
  return text.length > max ? text.slice(0, max - 1) + "…" : text;
}

/** Quotes characters for a message: `' '`, `'!'`. */
export function listChars(chars: Iterable<string>): string {
  const unique = [...new Set(chars)];
  return unique.map((c) => (c === " " ? "space" : c === "\t" ? "tab" : `'${c}'`)).join(", ");
}
