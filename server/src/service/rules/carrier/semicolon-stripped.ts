// carrier/semicolon-stripped: a `;` in a carrier's account entry, registration string or globals string, or in a
// template's contents. admin.php deletes every `;` from these fields, so comments turn into config text and values
// with a `;` change. The fix deletes a comment (the whole line when the line is only a comment).
import { lookupTable } from "../../util/lookup-table";
import type { ConfLine, ConfTree } from "../../parse/conf-syntax";
import type { AnalyzedDocument } from "../../model/workspace";
import { displayValue, isSecretKey, MASK } from "../../secrets";
import type { Span } from "../../text/span";
import { deleteLine } from "../line-edits";
import type { Rule } from "../types";
import { clip } from "./field-common";

const FIELDS: Record<"carrier" | "template", string[]> = {
  carrier: ["account_entry", "registration_string", "globals_string"],
  template: ["template_contents"],
};

const FIELD_LABEL: Record<string, string> = lookupTable({
  account_entry: "account entry",
  registration_string: "registration string",
  globals_string: "globals string",
  template_contents: "template contents",
});

/** Keys whose value holds a login (user:password@host). */
const LOGIN_LINE_KEYS = new Set(["register", "mwi"]);

/** Fields whose text may be quoted back in a message (the others can hold a login). */
const QUOTABLE = new Set(["account_entry", "template_contents"]);

interface Data extends Record<string, unknown> {
  span: Span;
  wholeLine: boolean;
}

/** The text a line becomes once its `;` are gone, described for a message (secrets masked). */
function describeStripped(stripped: string): string {
  const eq = stripped.indexOf("=");
  if (stripped.startsWith("[")) return `the section header '${clip(stripped)}', which opens a new section`;
  if (eq > 0) {
    const key = stripped.slice(0, eq).replace(/\+$/, "").trim();
    const operatorEnd = eq + (stripped[eq + 1] === ">" ? 2 : 1);
    const value = stripped.slice(operatorEnd).trim();
    // register/mwi lines carry a password inside the value: never quote their value.
    const head = stripped.slice(0, operatorEnd) + (/\s/.test(stripped[operatorEnd] ?? "") ? " " : "");
    const shown = head + (LOGIN_LINE_KEYS.has(key.toLowerCase()) ? MASK : displayValue(key, value));
    return `the setting '${clip(shown)}', which Asterisk then applies`;
  }
  // A malformed secret line (`secret hunter2`) still holds the secret: show only its first word.
  const firstWord = stripped.split(/\s+/)[0];
  if (isSecretKey(firstWord) || LOGIN_LINE_KEYS.has(firstWord.toLowerCase())) return `the line '${clip(`${firstWord} ${MASK}`)}', which has no '=': Asterisk warns and skips it`;
  if (mayHoldCredential(stripped)) return "a line with no '=' (not quoted: it may hold a credential): Asterisk warns and skips it";
  return `the line '${clip(stripped)}', which has no '=': Asterisk warns and skips it`;
}

/**
 * Comment text is quoted back only when nothing in it looks like a credential: a word naming a secret or a login
 * (`secret: hunter2`, `old password was ...`, `register ...`, `auth ...`) or a `user:password@host` form.
 */
function mayHoldCredential(text: string): boolean {
  if (/\S:\S*@/.test(text)) return true;
  return text.split(/[^A-Za-z0-9_]+/).some((word) => isSecretKey(word) || LOGIN_LINE_KEYS.has(word.toLowerCase()) || word.toLowerCase() === "auth");
}

function isBlank(c: string | undefined): boolean {
  return c === " " || c === "\t";
}

function checkLine(doc: AnalyzedDocument, field: string, line: ConfLine, report: (span: Span, message: string, data?: Data) => void): void {
  const text = doc.text;
  const lineText = text.slice(line.line.start, line.line.end);
  const firstSemi = lineText.indexOf(";");
  if (firstSemi < 0) return;
  const where = FIELD_LABEL[field];
  const notes = field === "template_contents" ? "" : "; keep notes in the carrier description";
  const stripped = lineText.replace(/;/g, "").trim();
  const semiAt = line.line.start + firstSemi;
  const comment = line.comment;
  const blockComment = text.startsWith(";--", semiAt) && !text.startsWith(";---", semiAt);
  const contentBefore = lineText.slice(0, firstSemi).trim();
  // A comment: a `;` that starts the line, or one after a blank (not an escaped `\;`, not glued to a value).
  const isComment = comment !== undefined && comment.start === semiAt && !blockComment && (contentBefore.length === 0 || isBlank(text[semiAt - 1]));
  const span = { start: semiAt, end: line.line.end };

  const insideBlock = comment !== undefined && comment.start < semiAt && semiAt < comment.end;
  if (blockComment || insideBlock) {
    report(
      span,
      `VICIdial deletes every ';' from the ${where} when it is saved, so the ';-- --;' block comment this line belongs to ` +
        `stops being a comment: the lines inside it become config text. Delete the block comment${notes}.`,
    );
    return;
  }
  if (isComment && contentBefore.length === 0) {
    if (stripped.length === 0) return; // `;;;` becomes an empty line: harmless.
    const becomes = QUOTABLE.has(field) ? describeStripped(stripped) : "config text that Asterisk reads";
    report(
      span,
      `VICIdial deletes every ';' from the ${where} when it is saved, so this comment becomes ${becomes}. ` +
        `Delete the comment${notes}.`,
      { span: line.line, wholeLine: true },
    );
    return;
  }
  if (isComment) {
    let start = semiAt;
    while (start > line.line.start && isBlank(text[start - 1])) start--;
    const joins =
      line.kind === "option" && field !== "registration_string"
        ? `the comment text is added to the value of '${clip(line.key, 40)}'`
        : field === "registration_string"
          ? "the comment text is added to the register line (the host or callback extension changes)"
          : "the comment text joins the text before it";
    report(
      span,
      `VICIdial deletes every ';' from the ${where} when it is saved, so ${joins}. Delete the comment${notes}.`,
      { span: { start, end: line.line.end }, wholeLine: false },
    );
    return;
  }
  const escaped = text[semiAt - 1] === "\\";
  const detail = escaped
    ? `the escaped '\\;' loses its ';' and keeps the backslash`
    : `the text after the ';' joins the text before it (a URI parameter such as ';transport=' is glued to the address)`;
  report(
    { start: escaped ? semiAt - 1 : semiAt, end: line.line.end },
    `VICIdial deletes every ';' from the ${where} when it is saved, so ${detail}. A ';' cannot be stored in this field: ` +
      `use the matching option instead of a URI parameter, or a value without ';'.`,
  );
}

export const semicolonStripped: Rule = {
  code: "carrier/semicolon-stripped",
  area: "carrier",
  severity: "warning",
  summary: "A `;` in an account entry, registration string, globals string or template: VICIdial deletes every `;` there when saving, so comments become config text and values change.",
  checkDocument(doc, ctx) {
    const record = doc.record;
    if (!record) return;
    for (const field of FIELDS[record.kind]) {
      const tree: ConfTree | undefined = doc.fieldTrees.get(field);
      if (!tree) continue;
      for (const line of tree.lines) {
        checkLine(doc, field, line, (span, message, data) => ctx.report({ uri: doc.uri, span, message, data }));
      }
    }
  },
  fix(finding, ctx) {
    const data = finding.data as Data | undefined;
    const text = ctx.textOf(finding.uri);
    if (!data || text === undefined) return [];
    const edit = data.wholeLine ? deleteLine(finding.uri, text, data.span) : { uri: finding.uri, span: data.span, newText: "" };
    return [{ title: data.wholeLine ? "Delete the comment line" : "Delete the comment", edits: [edit], isPreferred: true }];
  },
};
