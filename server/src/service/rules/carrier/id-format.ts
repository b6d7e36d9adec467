// carrier/id-format: carrier_id / template_id values that admin.php changes or refuses: characters outside
// [-_0-9a-zA-Z] are silently deleted, and an ID must keep 2 to 15 characters (VARCHAR(15)).
// The fix replaces a record's own ID with the one VICIdial would save, when that one is valid.
import type { RecordField } from "../../parse/carrier-file";
import type { Rule } from "../types";
import { clip, ID_CHAR, isValidId, listChars, MAX_ID, MIN_ID, missingFieldSpan, sanitiseId } from "./field-common";


interface Data extends Record<string, unknown> {
  sanitised: string;
  valueSpan: { start: number; end: number };
}

/** What is wrong with an ID, in words, plus the span of its offending characters; undefined when it is fine. */
function checkId(field: RecordField, label: string, reference: boolean): { span: { start: number; end: number }; message: string; sanitised: string } | undefined {
  const value = field.value;
  const sanitised = sanitiseId(value);
  const bad: string[] = [];
  let first = -1;
  let last = -1;
  for (let i = 0; i < value.length; i++) {
    if (ID_CHAR.test(value[i])) continue;
    bad.push(value[i]);
    if (first < 0) first = i;
    last = i;
  }
  const tooShort = sanitised.length < MIN_ID;
  const tooLong = sanitised.length > MAX_ID;
  if (bad.length === 0 && !tooShort && !tooLong) return undefined;

  const parts: string[] = [];
  if (bad.length > 0) {
    const nonLatin = bad.some((c) => /\p{L}/u.test(c)) ? " (letters outside a-z are kept only when VICIdial runs in non-latin mode)" : "";
    parts.push(`${label} '${clip(value)}' has characters VICIdial deletes when saving (${listChars(bad)})${nonLatin}, so it is saved as '${clip(sanitised)}'.`);
  }
  if (tooShort) {
    const subject = bad.length > 0 ? "That is" : `${label} '${clip(value)}' is`;
    parts.push(
      reference
        ? `${subject} shorter than 2 characters, which selects no template: nothing is appended after the account entry.`
        : `${subject} shorter than 2 characters, which the admin screen refuses ("Please go back and look at the data you entered").`,
    );
  } else if (tooLong) {
    parts.push(`${bad.length > 0 ? "That is" : `${label} '${clip(value)}' is`} ${sanitised.length} characters; the field holds ${MAX_ID}, so it becomes '${sanitised.slice(0, MAX_ID)}'.`);
  }
  parts.push(`Expected 2 to ${MAX_ID} letters, digits, '-' or '_'.`);
  const span =
    bad.length > 0 && !tooShort && !tooLong
      ? { start: field.valueSpan.start + first, end: field.valueSpan.start + last + 1 }
      : field.valueSpan.end > field.valueSpan.start
        ? field.valueSpan
        : field.nameSpan;
  return { span, message: parts.join(" "), sanitised };
}

export const idFormat: Rule = {
  code: "carrier/id-format",
  area: "carrier",
  severity: "error",
  summary: "A carrier or template ID (or a carrier's template_id) is not 2 to 15 characters of letters, digits, `-` and `_`: VICIdial deletes other characters when saving, and refuses or cuts IDs of the wrong length.",
  checkDocument(doc, ctx) {
    const record = doc.record;
    if (!record) return;
    const ownName = record.kind === "carrier" ? "carrier_id" : "template_id";
    const ownLabel = record.kind === "carrier" ? "Carrier ID" : "Template ID";
    const own = record.fields.get(ownName);
    if (!own || own.value.length === 0) {
      ctx.report({
        uri: doc.uri,
        span: own ? own.nameSpan : missingFieldSpan(record),
        message: `This ${record.kind === "carrier" ? "carrier" : "conf template"} has no ${ownName}: VICIdial cannot save a record without one. Expected 2 to ${MAX_ID} letters, digits, '-' or '_'.`,
      });
    } else {
      const problem = checkId(own, ownLabel, false);
      if (problem) {
        const fixable = isValidId(problem.sanitised) && problem.sanitised !== own.value;
        const data: Data | undefined = fixable ? { sanitised: problem.sanitised, valueSpan: own.valueSpan } : undefined;
        ctx.report({ uri: doc.uri, span: problem.span, message: problem.message, data });
      }
    }
    if (record.kind !== "carrier") return;
    const reference = record.fields.get("template_id");
    if (!reference || reference.value.length === 0 || reference.value === "--NONE--") return;
    const problem = checkId(reference, "Template ID", true);
    if (problem) ctx.report({ uri: doc.uri, span: problem.span, message: problem.message });
  },
  fix(finding) {
    const data = finding.data as Data | undefined;
    if (!data) return [];
    return [{ title: `Use '${data.sanitised}', the ID VICIdial would save`, edits: [{ uri: finding.uri, span: data.valueSpan, newText: data.sanitised }], isPreferred: true }];
  },
};
