// codec/both-allowed-and-disallowed: one peer names the same codec in an allow and in a disallow; file order decides.
import { evaluateSection, sameCategory, type CodecStep } from "../../model/codecs";
import type { Rule } from "../types";
import { codecSubject, optionSpan } from "./shared";

export const bothAllowedAndDisallowed: Rule = {
  code: "codec/both-allowed-and-disallowed",
  area: "codec",
  severity: "warning",
  summary:
    "The same codec is both allowed and explicitly disallowed in one peer: only the later line counts, which is easy to misread.",
  // One peer, template or [general] at a time: its codecs as it reads them (its templates, [general]) and nothing else.
  checkSection(unit, section, ctx) {
    const subject = codecSubject(unit, section);
    if (!subject) return;
    const evaluation = evaluateSection(unit, subject.section);
    // A codec both allowed and disallowed needs a `remove` step; most peers have none (`disallow=all` is not one).
    if (!hasRemoveStep(evaluation.steps)) return;
    const own = evaluation.steps.filter(
      (s): s is CodecStep & { codec: string } =>
        (s.kind === "add" || s.kind === "remove") && s.codec !== undefined && sameCategory((s.item?.option ?? s.line.option).section, subject.section),
    );
    const codecs = [...new Set(own.map((s) => s.codec))];
    for (const codec of codecs) {
      const steps = own.filter((s) => s.codec === codec);
      const winner = steps[steps.length - 1];
      const loser = [...steps].reverse().find((s) => s.kind !== winner.kind);
      if (!loser || !winner.item) continue;
      const allowed = winner.kind === "add";
      const loserOption = loser.item?.option ?? loser.line.option;
      const message = allowed
        ? `'${codec}' is allowed here but disallowed earlier in the same section: the later line wins, so ${codec} is offered.`
        : `'${codec}' is disallowed here but allowed earlier in the same section: the later line wins, so ${codec} is not offered.`;
      ctx.report({
        uri: winner.item.option.uri,
        span: winner.item.span,
        message: `${message} Keep only one of the two.`,
        related: [{ uri: loserOption.uri, span: optionSpan(loserOption), message: allowed ? `The earlier disallow of ${codec}` : `The earlier allow of ${codec}` }],
      });
    }
  },
  sectionReads: "general",
};

function hasRemoveStep(steps: readonly CodecStep[]): boolean {
  for (const step of steps) if (step.kind === "remove") return true;
  return false;
}
