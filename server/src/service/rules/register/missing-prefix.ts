// register/missing-prefix: a carrier's Registration String that is not a `register =>` line. VICIdial writes the
// field into [general] exactly as typed, so `user:secret@host` alone is a line without '=' that Asterisk skips.
import { dialectOfProtocol } from "../../model/file-kind";
import type { Rule } from "../types";
import { parseRegisterValue, type RegisterGrammar } from "../../model/register-line";
import { grammarOf, isRegisterKey } from "../../model/register-options";

/**
 * True when the text, once behind `register =>`, is a line Asterisk accepts: only then is adding (or respelling) the
 * prefix a fix. `user:secret` with no `@host` would only trade this error for register/missing-host.
 */
function acceptedAsRegister(grammar: RegisterGrammar, value: string): boolean {
  // Accepted and with nothing else to say about it: the fix must leave a complete, clean register line.
  const line = parseRegisterValue(grammar, value.trim());
  return line.accepted && line.problems.length === 0;
}

export const missingPrefix: Rule = {
  code: "register/missing-prefix",
  area: "register",
  severity: "error",
  summary: "A SIP/IAX2 carrier's Registration String does not start with `register =>`; VICIdial writes it as typed, so Asterisk skips it (or reads it as some other option) and the carrier never registers.",
  checkDocument(doc, ctx) {
    if (doc.record?.kind !== "carrier") return;
    const dialect = dialectOfProtocol(doc.record.fields.get("protocol")?.value ?? "SIP");
    const grammar = dialect ? grammarOf(dialect) : undefined;
    if (!grammar) return;
    const tree = doc.fieldTrees.get("registration_string");
    const line = tree?.lines.find((l) => l.kind !== "blank" && l.kind !== "comment");
    if (!line) return;
    if (line.kind === "invalid") {
      if (/^register(?![A-Za-z0-9_])/i.test(doc.text.slice(line.content.start, line.content.end))) return; // register/no-arrow
      ctx.report({
        uri: doc.uri,
        span: line.content,
        message: "The Registration String lacks 'register =>': VICIdial writes it into [general] exactly as typed, Asterisk finds no '=' and skips the line, so the carrier never registers. Start it with 'register => '.",
        data: acceptedAsRegister(grammar, doc.text.slice(line.content.start, line.content.end)) ? { insertAt: line.content.start, mode: "insert" } : undefined,
      });
    } else if (line.kind === "option" && !isRegisterKey(line.key) && !/^register\s/i.test(line.key)) {
      const misspelt = /^[A-Za-z_]+$/.test(line.key) && line.operator === "=>" && distance(line.key.toLowerCase(), "register") <= 3;
      ctx.report({
        uri: doc.uri,
        span: { start: line.keySpan.start, end: line.operatorSpan.end },
        message: misspelt
          ? "The Registration String does not start with the word 'register' (misspelt?): VICIdial writes it into [general] as an unknown option, which Asterisk ignores, so the carrier never registers. Expected 'register => user:secret@host'."
          : "The Registration String lacks 'register =>': VICIdial writes it into [general] as an ordinary option, which Asterisk ignores, so the carrier never registers. Start it with 'register => '.",
        data: misspelt
          ? acceptedAsRegister(grammar, doc.text.slice(line.valueSpan.start, line.valueSpan.end))
            ? { keySpan: line.keySpan, mode: "replace" }
            : undefined
          : acceptedAsRegister(grammar, doc.text.slice(line.keySpan.start, line.valueSpan.end))
            ? { insertAt: line.keySpan.start, mode: "insert" }
            : undefined,
      });
    }
  },
  fix(finding) {
    if (finding.data?.mode === "replace") {
      const keySpan = finding.data.keySpan as { start: number; end: number };
      return [{ title: "Replace with 'register'", isPreferred: true, edits: [{ uri: finding.uri, span: keySpan, newText: "register" }] }];
    }
    const at = finding.data?.insertAt as number | undefined;
    if (at === undefined) return [];
    return [{ title: "Add 'register => ' in front", isPreferred: true, edits: [{ uri: finding.uri, span: { start: at, end: at }, newText: "register => " }] }];
  },
};

/** Levenshtein distance, for spotting a misspelt `register`. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}
