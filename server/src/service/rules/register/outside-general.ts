// register/outside-general: a register line outside the first [general] (a peer section, a carrier's account
// entry, a second [general]); chan_sip and chan_iax2 ignore it without a word.
import type { Rule, QuickFix, RuleContext } from "../types";
import { driverName } from "./common";
import { generalSections, registerOptions, type RegisterOption } from "../../model/register-options";
import type { PlacedSection } from "../../model/units";
import { reportKept } from "../kept-reports";

export const outsideGeneral: Rule = {
  code: "register/outside-general",
  area: "register",
  severity: "error",
  summary: "A register line sits outside the first `[general]` section (in a peer, a carrier's account entry, or a second `[general]`); Asterisk ignores it silently.",
  checkUnit(unit, ctx) {
    const generals = generalSections(unit);
    const registers = registerOptions(unit, ctx.workspace);
    // Kept while the register lines (a new list once one of them moved) and the [general] sections, and where those
    // are, stay the same: an edit elsewhere in a unit of thousands of register lines reads none of them again.
    const inputs: unknown[] = [registers];
    for (const general of generals) inputs.push(general, general.placed);
    reportKept(ctx, `register/outside-general\u0000${unit.id}`, inputs, (kept) => reportOutside(registers, generals, kept));
  },
  fix(finding, ctx) {
    const line = finding.data?.line as { start: number; end: number } | undefined;
    const target = finding.data?.target as number | undefined;
    const text = ctx.textOf(finding.uri);
    if (!line || target === undefined || text === undefined || target >= line.start) return [];
    let end = line.end;
    if (text[end] === "\r") end++;
    if (text[end] === "\n") end++;
    const lineText = text.slice(line.start, line.end);
    const fix: QuickFix = {
      title: "Move the register line into [general]",
      edits: [
        { uri: finding.uri, span: { start: target, end: target }, newText: "\n" + lineText },
        { uri: finding.uri, span: { start: line.start, end }, newText: "" },
      ],
    };
    return [fix];
  },
};

/** Reports each register line that sits outside the first [general]. */
function reportOutside(registers: readonly RegisterOption[], generals: Set<PlacedSection>, ctx: RuleContext): void {
  const first = [...generals][0];
  for (const { option, grammar } of registers) {
    const section = option.section;
    if (!section || generals.has(section)) continue;
    const driver = driverName(grammar);
    let message: string;
    if (section.name.toLowerCase() === "general") {
      message = `This register line is in a second [general] section: ${driver} reads only the first [general] and ignores this one without a word. Move the line into the first [general].`;
    } else if (option.field === "account_entry" || option.field === "template_contents") {
      const where = option.field === "account_entry" ? "account entry" : "template";
      message = `A register line in the ${where} lands inside [${section.name}]: ${driver} reads register lines only in [general] and ignores this one without a word. Put it in the carrier's Registration String field instead.`;
    } else {
      message = `This register line is inside [${section.name}]: ${driver} reads register lines only in [general] and ignores it without a word. Move it to [general].`;
    }
    const canMove = !option.field && first?.header !== undefined && first.uri === option.uri;
    ctx.report({
      uri: option.uri,
      span: { start: option.node.keySpan.start, end: option.node.valueSpan.end },
      message,
      data: canMove ? { line: option.node.line, target: insertionPoint(first) } : undefined,
    });
  }
}

/** End of the last line of the first [general] (its header or its last option) in the same document. */
function insertionPoint(section: { header?: { line: { end: number } }; options: { uri: string; node: { line: { end: number } } }[]; uri: string }): number {
  let end = section.header?.line.end ?? 0;
  for (const option of section.options) if (option.uri === section.uri) end = Math.max(end, option.node.line.end);
  return end;
}
