// codec/nothing-allowed: `disallow=all` and then no usable codec: the peer has no audio format and calls fail.
import { describeCodecs, evaluateSection, sameCategory } from "../../model/codecs";
import { hasAudio } from "../../knowledge/codecs";
import { sectionAnchor } from "../../model/units";
import type { Rule } from "../types";
import { codecSubject, fromVicidialTemplate, isVicidialTemplateSection, optionSpan, subjectLabel } from "./shared";

export const nothingAllowed: Rule = {
  code: "codec/nothing-allowed",
  area: "codec",
  severity: "error",
  summary:
    "`disallow=all` with no usable `allow=` after it in the peer (templates and VICIdial template text included): the peer has no audio codec and its calls fail.",
  // One peer, template or [general] at a time: its codecs as it reads them (its templates, [general]) and nothing else.
  checkSection(unit, section, ctx) {
    const subject = codecSubject(unit, section);
    if (!subject || subject.role === "template") return;
    const evaluation = evaluateSection(unit, subject.section);
    const index = evaluation.steps.map((s) => s.kind).lastIndexOf("remove-all");
    if (index < 0) return;
    if (hasAudio(evaluation.codecs)) return;
    const wipe = evaluation.steps[index];
    const wiper = wipe.item?.option ?? wipe.line.option;
    const skippedSteps = evaluation.steps.slice(index + 1).filter((s) => s.kind === "skip-unknown" || s.kind === "skip-framing");
    const skipped = skippedSteps.map((s) => (s.item?.text ?? "").trim()).filter((name) => name.length > 0).map((name) => `'${name}'`);
    // An empty allow= (or a stray comma) names nothing: say so rather than print an empty name.
    if (skipped.length < skippedSteps.length) skipped.push("an empty entry");
    const label = subjectLabel(unit, subject);
    const left = evaluation.codecs.length > 0 ? `only ${describeCodecs(evaluation.codecs)}, no audio codec` : "no codec at all";
    const why = skipped.length > 0 ? ` (Asterisk skips ${skipped.join(", ")})` : "";
    const effect = isVicidialTemplateSection(subject.section)
      ? "VICIdial appends this text after a carrier's account entry, so every carrier using the template ends up with no audio codec"
      : subject.role === "general"
        ? "peers that do not set their own codecs get none and their calls fail"
        : "calls to and from it fail for lack of an audio format";
    const onOwnLine =
      sameCategory(wiper.section, subject.section) && (!fromVicidialTemplate(wiper) || subject.section.field === "template_contents" || isVicidialTemplateSection(subject.section));
    const anchor = sectionAnchor(subject.section);
    const message = `After this disallow=all, ${label} is left with ${left}${why}: ${effect}. Add 'allow=' lines (e.g. allow=ulaw) after it.`;
    if (onOwnLine || !anchor) {
      ctx.report({ uri: wiper.uri, span: optionSpan(wiper), message });
    } else {
      ctx.report({
        uri: subject.section.uri,
        span: anchor,
        message: `${capitalise(label)} is left with ${left}${why}: a disallow=all it takes from its template comes after every allow, so ${effect}.`,
        related: [{ uri: wiper.uri, span: optionSpan(wiper), message: "The disallow=all that empties the list" }],
      });
    }
  },
  sectionReads: "general",
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
