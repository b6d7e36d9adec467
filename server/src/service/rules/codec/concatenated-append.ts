// codec/concatenated-append: `allow+=alaw` glues text onto the previous allow value with no separator (`ulawalaw`).
import { isCodecName } from "../../knowledge/codecs";
import { sectionCodecLines } from "../../model/codecs";
import { dialectHasCodecs, type CodecLine } from "../../model/codec-lines";
import type { QuickFix, Rule, RuleContext } from "../types";
import { keyOf, optionSpan } from "./shared";
import { orphanCodecLines, readWithItsCategory } from "./line-contexts";

const SEPARATOR = /[,|]/;

export const concatenatedAppend: Rule = {
  code: "codec/concatenated-append",
  area: "codec",
  severity: "warning",
  summary:
    "`allow+=alaw` does not add a line: Asterisk glues the text onto the previous `allow` value without a separator (`ulawalaw`), which names no codec.",
  // Each context reads its lines with its templates' (a template's line is judged again by each section using it; the
  // same finding twice is one diagnostic): the orphans with the unit, each category with its own section.
  checkUnit(unit, ctx) {
    for (const line of orphanCodecLines(unit)) checkLine(line, ctx);
  },
  checkSection(unit, section, ctx) {
    if (!dialectHasCodecs(unit.dialect) || readWithItsCategory(unit, section)) return;
    for (const line of sectionCodecLines(unit, section)) checkLine(line, ctx);
  },
  sectionReads: "inherited",
  fix(finding) {
    // Data offsets are relative to the finding's span (see rules/placed-findings.ts).
    const plusAt = finding.data?.plus;
    const valueAt = finding.data?.valueStart;
    if (typeof plusAt !== "number" || typeof valueAt !== "number") return [];
    const plus = finding.span.start + plusAt;
    const valueStart = finding.span.start + valueAt;
    const fixes: QuickFix[] = [
      { title: "Make it a line of its own ('=' instead of '+=')", edits: [{ uri: finding.uri, span: { start: plus, end: plus + 1 }, newText: "" }], isPreferred: true },
      { title: "Keep '+=' and add a comma", edits: [{ uri: finding.uri, span: { start: valueStart, end: valueStart }, newText: "," }] },
    ];
    return fixes;
  },
};

/** Reports each `+=` line that glues its text onto the line before it with no separator. */
function checkLine(line: CodecLine, ctx: RuleContext): void {
  let before = line.option.node.value;
  for (const appended of line.appended) {
    const node = appended.node;
    const spaced = node.valueSpan.start > node.operatorSpan.end && node.value.length > 0 ? " " : "";
    const added = spaced + node.value;
    const tail = before.trimEnd();
    const head = added.trimStart();
    const glues = tail.length > 0 && head.length > 0 && !SEPARATOR.test(tail[tail.length - 1]) && !SEPARATOR.test(head[0]);
    if (glues) {
      const lastItem = tail.split(SEPARATOR).pop() ?? "";
      const firstItem = added.split(SEPARATOR)[0];
      const glued = (lastItem + firstItem).trim();
      const name = glued.replace(/^!/, "").replace(/:[^:]*$/, "");
      const key = keyOf(line);
      const consequence = isCodecName(name) || name.toLowerCase() === "all" ? `which happens to be '${name}'` : "an unknown codec, so it is skipped";
      const span = optionSpan(appended);
      ctx.report({
        uri: appended.uri,
        span,
        message: `'${node.key}+=' glues '${node.value}' onto the earlier ${key} value with no separator: Asterisk reads '${glued}', ${consequence}. Write a separate '${node.key}=${node.value}' line.`,
        related: [{ uri: line.option.uri, span: optionSpan(line.option), message: `The earlier ${key} line it glues onto` }],
        data: { plus: node.operatorSpan.start - span.start, valueStart: node.valueSpan.start - span.start },
      });
    }
    before += added;
  }
}
