// Signature help inside an application's parentheses: Dial, AGI, Goto, GotoIf (and any application whose
// arguments the knowledge table describes), with the argument under the cursor highlighted.
import { findApplication } from "../knowledge/applications";
import { dialplanIndex } from "../model/dialplan";
import { topLevelIndex } from "../model/dialplan-values";
import type { Workspace } from "../model/workspace";

export interface SignatureParameter {
  /** [start, end) inside the signature label. */
  label: [number, number];
  documentation: string;
}

export interface SignatureHelpResult {
  label: string;
  documentation: string;
  parameters: SignatureParameter[];
  activeParameter: number;
}

export function signatureHelp(workspace: Workspace, uri: string, offset: number): SignatureHelpResult | undefined {
  const text = workspace.document(uri)?.text;
  if (text === undefined) return undefined;
  const index = dialplanIndex(workspace);
  for (const dialplan of index.dialplans) {
    for (const step of dialplan.steps) {
      if (step.uri !== uri) continue;
      const range = step.line.argumentsSpan;
      if (!range || offset < range.start || offset > range.end || step.isHint) continue;
      const info = findApplication(step.application, 22).info ?? findApplication(step.application, 16).info;
      if (!info?.args || info.args.length === 0) return undefined;
      const name = info.name;
      const lower = name.toLowerCase();
      const names = info.args.map((a) => (a.optional ? `[${a.name}]` : a.name));
      const label = lower === "gotoif" ? `${name}(${names[0]}?${names[1]}:${names[2]})` : `${name}(${names.join(", ")})`;
      const parameters: SignatureParameter[] = [];
      let cursor = name.length + 1;
      for (const [i, shown] of names.entries()) {
        const at = label.indexOf(shown, cursor);
        parameters.push({ label: [at, at + shown.length], documentation: info.args[i].doc });
        cursor = at + shown.length;
      }
      let active: number;
      if (lower === "gotoif") {
        const question = topLevelIndex(text, { start: range.start, end: offset }, "?");
        if (question < 0) active = 0;
        else active = topLevelIndex(text, { start: question + 1, end: offset }, ":") < 0 ? 1 : 2;
      } else {
        active = step.args.findIndex((a) => offset >= a.span.start && offset <= a.span.end);
        if (active < 0) active = Math.max(0, step.args.length - 1);
        if (lower === "goto") {
          // Goto(priority) / Goto(extension,priority) / Goto(context,extension,priority): name the part by position from the end.
          active = Math.min(2, 3 - step.args.length + active);
        }
        active = Math.min(active, parameters.length - 1);
      }
      return { label, documentation: info.summary, parameters, activeParameter: active };
    }
  }
  return undefined;
}
