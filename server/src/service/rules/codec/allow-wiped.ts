// codec/allow-wiped: `allow=` lines thrown away by a later `disallow=all` in the same peer, including the
// `disallow=all` of a VICIdial template that is appended after the carrier's account entry.
import { describeCodecs, evaluateSection, sameCategory, type CodecStep } from "../../model/codecs";
import type { PlacedOption } from "../../model/units";
import type { Workspace } from "../../model/workspace";
import type { FixContext, Finding, QuickFix, Rule } from "../types";
import { physicalLine, wholeLineDeletion } from "../line-edits";
import { eolOf } from "../../text/line-breaks";
import { codecSubjects, fromVicidialTemplate, keyOf, optionSpan } from "./shared";

export const allowWiped: Rule = {
  code: "codec/allow-wiped",
  area: "codec",
  severity: "warning",
  summary:
    "An `allow=` line followed by `disallow=all` in the same peer (a VICIdial template appended after the account entry counts): Asterisk applies lines in order, so the allow is thrown away.",
  checkUnit(unit, ctx) {
    const reported = new Set<PlacedOption["node"]>();
    for (const subject of codecSubjects(unit)) {
      const evaluation = evaluateSection(unit, subject.section);
      const steps = evaluation.steps;
      if (!steps.some((s) => s.kind === "remove-all")) continue;
      const byOption = new Map<PlacedOption, { lost: string[]; all: boolean; wipe: CodecStep; first: CodecStep }>();
      steps.forEach((step, index) => {
        if (step.kind !== "add" && step.kind !== "add-all") return;
        const wipe = steps.slice(index + 1).find((s) => s.kind === "remove-all" && s.line !== step.line);
        if (!wipe) return;
        const own = physical(step);
        const wiper = physical(wipe);
        if (!sameCategory(own.section, wiper.section)) return;
        const lost = step.kind === "add" && step.codec && !evaluation.codecs.includes(step.codec) ? [step.codec] : [];
        if (step.kind === "add" && lost.length === 0) return;
        const entry = byOption.get(own) ?? { lost: [], all: false, wipe, first: step };
        for (const codec of lost) if (!entry.lost.includes(codec)) entry.lost.push(codec);
        if (step.kind === "add-all") entry.all = true;
        byOption.set(own, entry);
      });
      for (const [option, entry] of byOption) {
        if (reported.has(option.node)) continue;
        reported.add(option.node);
        const wiper = physical(entry.wipe);
        const what = entry.all ? "every format it adds" : describeCodecs(entry.lost);
        const verb = !entry.all && entry.lost.length > 1 ? "are" : "is";
        const wipeText = `${wiper.node.key.trim()}=${wiper.node.value}`;
        const viaTemplate = fromVicidialTemplate(wiper) && !fromVicidialTemplate(option);
        const where = viaTemplate
          ? `the '${wipeText}' that VICIdial appends from ${templateName(ctx.workspace, wiper.uri)} after the account entry`
          : `the later '${wipeText}'`;
        const advice = viaTemplate
          ? "Set the codecs in one place: in the template after its disallow=all, or here with no disallow=all in the template."
          : "Put 'disallow=all' before the allow lines.";
        const data: Record<string, unknown> = {};
        if (wiper.uri === option.uri && wiper.section === option.section) {
          const first = steps.find((s) => (s.kind === "add" || s.kind === "add-all") && physical(s).section === wiper.section && physical(s).uri === wiper.uri);
          // Moving this disallow=all helps only when no other one still comes after the first allow.
          const others = first ? steps.slice(steps.indexOf(first) + 1).some((s) => s.kind === "remove-all" && physical(s) !== wiper) : true;
          if (first && !others && physical(first).node.line.start < wiper.node.line.start) {
            data.moveFrom = wiper.node.line.start;
            data.insertAt = physical(first).node.line.start;
          }
        }
        ctx.report({
          uri: option.uri,
          span: optionSpan(option),
          message: `This '${keyOf(entry.first.line)}' is cancelled by ${where}: Asterisk applies the lines in order, so ${what} ${verb} not offered. ${advice}`,
          related: [{ uri: wiper.uri, span: optionSpan(wiper), message: "The disallow=all that empties the list" }],
          data,
        });
      }
    }
  },
  fix(finding: Finding, ctx: FixContext): QuickFix[] {
    const moveFrom = finding.data?.moveFrom;
    const insertAt = finding.data?.insertAt;
    const text = ctx.textOf(finding.uri);
    if (typeof moveFrom !== "number" || typeof insertAt !== "number" || text === undefined) return [];
    const line = physicalLine(text, moveFrom);
    const moved = text.slice(line.start, line.end) + (line.eol || eolOf(text));
    return [
      {
        title: "Move 'disallow=all' before the first allow line",
        edits: [{ uri: finding.uri, span: { start: insertAt, end: insertAt }, newText: moved }, wholeLineDeletion(finding.uri, text, moveFrom)],
        isPreferred: true,
      },
    ];
  },
};

/** The physical line a step comes from (a `+=` line for glued items). */
function physical(step: CodecStep): PlacedOption {
  return step.item?.option ?? step.line.option;
}

/** `template 'ID'` for a VICIdial template document. */
function templateName(workspace: Workspace, uri: string): string {
  const id = workspace.document(uri)?.record?.fields.get("template_id")?.value.trim();
  return id ? `template '${id}'` : "its template";
}
