// peer/invalid-value: a value the driver cannot use for a typed option (type-checked against the knowledge base).
import { checkValue, type ValueProblem } from "../../model/option-values";
import { optionsNamed } from "../../model/units";
import type { QuickFix, Rule, TextEdit } from "../types";
import { checkedObject, judgeKey, keyOf } from "./common";
import { objectOf } from "../../model/objects";
import { indentAt, insertLineAfter, replace } from "../line-edits";

interface Data extends Record<string, unknown> {
  replacement?: string;
  /**
   * host=addr:port → the port, the host line's offset (relative to the finding's span, see rules/placed-findings.ts),
   * and the own `port=` value span (the line's own, live) when there is one.
   */
  port?: string;
  hostLine?: number;
  portValue?: { start: number; end: number };
}

export const invalidValue: Rule = {
  code: "peer/invalid-value",
  area: "peer",
  severity: "warning",
  summary: "A value the driver cannot use (type, qualify, dtmfmode, insecure, nat, port, host:port, booleans, numbers ...): Asterisk falls back to a default, or PJSIP refuses the object.",
  sectionReads: "inherited",
  checkSection(unit, section, ctx) {
    const object = objectOf(unit, section);
    const info = object?.special === "general" ? object : checkedObject(unit, section);
    if (!info) return;
    for (const placed of section.options) {
      const key = keyOf(placed);
      if (key.toLowerCase() === "type") continue;
      const verdict = judgeKey(info, key);
      if (verdict.kind !== "known" || !verdict.lookup.option) continue;
      const node = placed.node;
      const text = ctx.workspace.document(placed.uri)?.text;
      if (text === undefined) continue;
      const raw = text.slice(node.valueSpan.start, node.valueSpan.end);
      const exact = raw === node.value;
      for (const problem of checkValue(verdict.lookup.option, exact ? raw : node.value, info.driver)) {
        const valueSpan = exact ? { start: node.valueSpan.start + problem.start, end: node.valueSpan.start + problem.end } : node.valueSpan;
        const span = problem.kind === "empty" ? node.keySpan : valueSpan;
        const data: Data = {};
        if (exact && problem.replacement !== undefined) data.replacement = problem.replacement;
        if (exact && problem.kind === "host-port" && problem.port) {
          const ports = optionsNamed(section, "port");
          const own = ports[ports.length - 1];
          const ownPort = own && own.uri === placed.uri ? own.node.valueSpan : undefined;
          // A port= line added after a host line that opens a ';--' block comment would be comment: no fix then.
          if (ownPort || !node.opensBlock) {
            data.port = problem.port;
            data.hostLine = node.line.start - span.start;
            if (ownPort) data.portValue = ownPort;
          }
        }
        ctx.report({
          uri: placed.uri,
          span,
          message: `${key}: ${problem.message}`,
          severity: severityOf(problem),
          data: Object.keys(data).length > 0 ? data : undefined,
        });
      }
    }
  },
  fix(finding, ctx): QuickFix[] {
    const data = finding.data as Data | undefined;
    if (!data) return [];
    if (data.port !== undefined && data.hostLine !== undefined) {
      // Data offsets are relative to the finding's span (see rules/placed-findings.ts).
      const hostLine = finding.span.start + data.hostLine;
      const text = ctx.textOf(finding.uri);
      if (text === undefined) return [];
      const edits: TextEdit[] = [replace(finding.uri, finding.span, "")];
      if (data.portValue) edits.push(replace(finding.uri, data.portValue, data.port));
      else if (!ctx.workspace.canAddLineAfter(finding.uri, hostLine)) return [];
      else edits.push(insertLineAfter(finding.uri, text, hostLine, `${indentAt(text, hostLine)}port=${data.port}`));
      return [{ title: `Move the port to 'port=${data.port}'`, isPreferred: true, edits }];
    }
    if (typeof data.replacement === "string") {
      const title = data.replacement.length > 0 ? `Change to '${data.replacement}'` : "Remove the blanks";
      return [{ title, isPreferred: true, edits: [replace(finding.uri, finding.span, data.replacement)] }];
    }
    return [];
  },
};

function severityOf(problem: ValueProblem): "error" | "warning" {
  return problem.effect === "rejects" ? "error" : "warning";
}
