// register/no-arrow: `register user:secret@host` without `=>` (or `=`): Asterisk skips the line.
import type { ConfTree } from "../../parse/conf-syntax";
import type { AnalyzedDocument } from "../../model/workspace";
import { dialectOfProtocol, isGeneralFragment } from "../../model/file-kind";
import type { Rule } from "../types";
import { grammarOf } from "../../model/register-options";
import { registersCleanly } from "../../model/register-line";
import type { RegisterGrammar } from "../../model/register-types";

export const REGISTER_WORD = /^register(?![A-Za-z0-9_])/i;
const GAP = /^[\s:>\-]*/;
const ANY_REGISTER = /register/i;

/** The conf trees of a document where register lines are read: sip/iax/generic conf files, SIP/IAX2 carrier fields, templates. */
export function registerTrees(doc: AnalyzedDocument): ConfTree[] {
  if (doc.conf) return doc.kind.kind === "conf" && grammarOf(doc.kind.dialect) ? [doc.conf] : [];
  if (!doc.record) return [];
  if (doc.record.kind === "template") return [...doc.fieldTrees.values()];
  const dialect = dialectOfProtocol(doc.record.fields.get("protocol")?.value ?? "SIP");
  if (!dialect || !grammarOf(dialect)) return [];
  return ["registration_string", "account_entry"].map((f) => doc.fieldTrees.get(f)).filter((t): t is ConfTree => t !== undefined);
}

/** The register grammar of a document's lines: chan_iax2's in iax files and IAX2 carriers, chan_sip's elsewhere. */
function grammarOfDoc(doc: AnalyzedDocument): RegisterGrammar | undefined {
  if (doc.conf) return doc.kind.kind === "conf" ? grammarOf(doc.kind.dialect) : undefined;
  const dialect = dialectOfProtocol(doc.record?.fields.get("protocol")?.value ?? "SIP");
  return dialect ? grammarOf(dialect) : undefined;
}

/**
 * True when a register line at `offset` would be read: in the tree's first [general] (or a `[general](+)`), in a
 * carrier's Registration String, or before any section of a fragment included inside [general]. Elsewhere '=>' only
 * trades this error for another (a register line outside [general], an option before any section).
 */
function readsRegisterLines(doc: AnalyzedDocument, tree: ConfTree, offset: number): boolean {
  let header: { name: string; isAppend: boolean } | undefined;
  let firstGeneral = false;
  let generalSeen = false;
  for (const line of tree.lines) {
    if (line.line.start >= offset) break;
    if (line.kind !== "section") continue;
    const general = line.name.toLowerCase() === "general";
    header = line;
    firstGeneral = general && (!generalSeen || line.isAppend);
    generalSeen ||= general;
  }
  if (header) return firstGeneral;
  if (doc.record) return doc.record.kind !== "template" && doc.fieldTrees.get("registration_string") === tree;
  return isGeneralFragment(doc.uri);
}

/**
 * `register word...` as a key (the line's `=` comes after a value): `register`, blanks, more text. The length and
 * the first letter are tested first, as this runs for every option line of every document on each edit.
 */
function mayBeRegisterWithValue(key: string): boolean {
  return key.length > 9 && (key.charCodeAt(0) | 32) === 114 /* r */ && /^register\s+\S/i.test(key);
}

export const noArrow: Rule = {
  code: "register/no-arrow",
  area: "register",
  severity: "error",
  summary: "A `register` line has no `=>` (or `=`) after the word `register`; Asterisk warns that the line has no '=' and skips it, so nothing registers.",
  checkDocument(doc, ctx) {
    // Only where register lines are read (not in a dialplan, say); there, a document whose text never says
    // "register" has no such line: one native search instead of a walk over every line (a file of peers included by
    // sip.conf is edited, and so checked again, on every keystroke).
    const trees = registerTrees(doc);
    if (trees.length === 0 || !ANY_REGISTER.test(doc.text)) return;
    for (const tree of trees) {
      for (const line of tree.lines) {
        let start: number;
        let end: number;
        if (line.kind === "invalid") {
          start = line.content.start;
          end = line.content.end;
        } else if (line.kind === "option" && mayBeRegisterWithValue(line.key)) {
          start = line.keySpan.start;
          end = line.valueSpan.end;
        } else continue;
        const text = doc.text.slice(start, end);
        if (!REGISTER_WORD.test(text)) continue;
        const gapStart = start + "register".length;
        const gapEnd = gapStart + (GAP.exec(text.slice("register".length))?.[0].length ?? 0);
        // '=>' is a fix only for a line Asterisk would then accept, sitting where register lines are read.
        const grammar = grammarOfDoc(doc);
        const fixable = grammar !== undefined && registersCleanly(grammar, doc.text.slice(gapEnd, end)) && readsRegisterLines(doc, tree, line.line.start);
        ctx.report({
          uri: doc.uri,
          span: { start, end: gapStart },
          message: "'register' is not followed by '=>': Asterisk finds no '=' on the line, logs a warning and skips it, so nothing registers. Write 'register => user:secret@host'.",
          data: fixable ? { gap: { start: gapStart, end: gapEnd } } : undefined,
        });
      }
    }
  },
  fix(finding) {
    const gap = finding.data?.gap as { start: number; end: number } | undefined;
    if (!gap) return [];
    return [{ title: "Insert '=>' after 'register'", isPreferred: true, edits: [{ uri: finding.uri, span: gap, newText: " => " }] }];
  },
};
