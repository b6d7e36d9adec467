// A first line of defence for secrets, inside the rule runner: every finding's messages are checked against the
// secrets on the lines it points at (passwords of `secret=`, realm credentials, register-line and URI passwords).
// Rules build messages that do not quote them; anything that slips through is masked here. The language service
// then masks every output (findings included) with the secrets of the whole workspace (secrets.ts, SecretMasker). (Fix data stays the rule's duty: a fix that moves a line
// must carry it.)
import type { AnalyzedDocument, Workspace } from "../model/workspace";
import type { ConfLine, ConfTree } from "../parse/conf-syntax";
import { lineSecrets, redact } from "../secrets";
import type { Span } from "../text/span";
import type { Finding } from "./types";

/** Lines of a tree that overlap a span (trees keep their lines in offset order). */
function linesOver(tree: ConfTree, span: Span): ConfLine[] {
  const lines = tree.lines;
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (lines[mid].line.end < span.start) low = mid + 1;
    else high = mid;
  }
  const result: ConfLine[] = [];
  for (let i = low; i < lines.length && lines[i].line.start <= span.end; i++) result.push(lines[i]);
  return result;
}

/**
 * An option line's secret texts, once per parsed line: a line keeps its key and value (a re-parse that changes them
 * makes a new line), and the findings kept across edits are checked again on every one.
 */
const secretsOfLine = new WeakMap<ConfLine, readonly string[]>();

function optionSecrets(line: ConfLine & { kind: "option" }): readonly string[] {
  let secrets = secretsOfLine.get(line);
  if (secrets === undefined) secretsOfLine.set(line, (secrets = lineSecrets(line.key, line.value)));
  return secrets;
}

/** The secret texts held by the lines a span covers. */
function secretsAt(doc: AnalyzedDocument, span: Span): string[] {
  const trees = doc.conf ? [doc.conf] : [...doc.fieldTrees.values()];
  const secrets: string[] = [];
  for (const tree of trees) {
    for (const line of linesOver(tree, span)) {
      if (line.kind !== "option") continue;
      secrets.push(...optionSecrets(line));
    }
  }
  return secrets;
}

/** The finding with any secret of its lines masked in its message and related messages. */
export function guardSecrets(finding: Finding, workspace: Workspace): Finding {
  const doc = workspace.document(finding.uri);
  const secrets = doc ? secretsAt(doc, finding.span) : [];
  if (secrets.length === 0) return finding;
  const guarded: Finding = { ...finding, message: redact(finding.message, secrets) };
  if (finding.related) guarded.related = finding.related.map((r) => ({ ...r, message: redact(r.message, secrets) }));
  return guarded;
}
