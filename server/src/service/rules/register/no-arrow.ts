// register/no-arrow: `register user:secret@host` without `=>` (or `=`): Asterisk skips the line.
import type { ConfTree } from "../../parse/conf-syntax";
import type { AnalyzedDocument } from "../../model/workspace";
import { dialectOfProtocol } from "../../model/file-kind";
import type { Rule } from "../types";
import { grammarOf } from "../../model/register-options";

export const REGISTER_WORD = /^register(?![A-Za-z0-9_])/i;
const GAP = /^[\s:>\-]*/;

/** The conf trees of a document where register lines are read: sip/iax/generic conf files, SIP/IAX2 carrier fields, templates. */
export function registerTrees(doc: AnalyzedDocument): ConfTree[] {
  if (doc.conf) return doc.kind.kind === "conf" && grammarOf(doc.kind.dialect) ? [doc.conf] : [];
  if (!doc.record) return [];
  if (doc.record.kind === "template") return [...doc.fieldTrees.values()];
  const dialect = dialectOfProtocol(doc.record.fields.get("protocol")?.value ?? "SIP");
  if (!dialect || !grammarOf(dialect)) return [];
  return ["registration_string", "account_entry"].map((f) => doc.fieldTrees.get(f)).filter((t): t is ConfTree => t !== undefined);
}

export const noArrow: Rule = {
  code: "register/no-arrow",
  area: "register",
  severity: "error",
  summary: "A `register` line has no `=>` (or `=`) after the word `register`; Asterisk warns that the line has no '=' and skips it, so nothing registers.",
  checkDocument(doc, ctx) {
    for (const tree of registerTrees(doc)) {
      for (const line of tree.lines) {
        let start: number;
        let end: number;
        if (line.kind === "invalid") {
          start = line.content.start;
          end = line.content.end;
        } else if (line.kind === "option" && /^register\s+\S/i.test(line.key)) {
          start = line.keySpan.start;
          end = line.valueSpan.end;
        } else continue;
        const text = doc.text.slice(start, end);
        if (!REGISTER_WORD.test(text)) continue;
        const gapStart = start + "register".length;
        const gapEnd = gapStart + (GAP.exec(text.slice("register".length))?.[0].length ?? 0);
        ctx.report({
          uri: doc.uri,
          span: { start, end: gapStart },
          message: "'register' is not followed by '=>': Asterisk finds no '=' on the line, logs a warning and skips it, so nothing registers. Write 'register => user:secret@host'.",
          data: { gap: { start: gapStart, end: gapEnd } },
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
