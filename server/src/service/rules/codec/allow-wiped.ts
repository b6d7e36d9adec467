// codec/allow-wiped: `allow=` lines thrown away by a later `disallow=all` in the same peer, including the
// `disallow=all` of a VICIdial template that is appended after the carrier's account entry.
import { describeCodecs, evaluateSection, sameCategory, type CodecStep } from "../../model/codecs";
import { dialectHasCodecs } from "../../model/codec-lines";
import type { Workspace } from "../../model/workspace";
import { sectionShares } from "../../model/section-lists";
import { positionFree } from "../../model/unit-facts";
import type { ConfUnit, PlacedOption, PlacedSection } from "../../model/units";
import type { FixContext, Finding, QuickFix, Rule, RuleContext } from "../types";
import { physicalLine, wholeLineDeletion } from "../line-edits";
import { eolOf } from "../../text/line-breaks";
import { codecSubject, fromVicidialTemplate, keyOf, optionSpan } from "./shared";

export const allowWiped: Rule = {
  code: "codec/allow-wiped",
  area: "codec",
  severity: "warning",
  summary:
    "An `allow=` line followed by `disallow=all` in the same peer (a VICIdial template appended after the account entry counts): Asterisk applies lines in order, so the allow is thrown away.",
  // Each subject's wiped lines are a section share (they read its templates and [general]); a template's line is
  // reported once, as the first subject that reads it finds it, so the shares are joined per unit.
  checkUnit(unit, ctx) {
    if (!dialectHasCodecs(unit.dialect)) return;
    let reported: Set<PlacedOption["node"]> | undefined;
    for (const share of sectionShares(unit, WIPED, wipedLines, "general")) {
      for (const wiped of share) {
        reported ??= new Set();
        if (reported.has(wiped.option.node)) continue;
        reported.add(wiped.option.node);
        reportWiped(wiped, ctx);
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

/** An allow line of a subject whose codecs a later `disallow=all` of the same category throws away. */
interface Wiped {
  option: PlacedOption;
  /** Codecs it adds that the subject ends up without. */
  lost: string[];
  /** True when it adds every format (`allow=all`). */
  all: boolean;
  /** The line's first wiped step, and the first `disallow=all` after it. */
  first: CodecStep;
  wipe: CodecStep;
  /** The quick fix moves the `disallow=all` (`from`) before this line (`to`), when moving it helps. */
  move?: { from: PlacedOption; to: PlacedOption };
}

// Holds options and codec steps, no offsets: kept while the lines move.
const WIPED = positionFree({});

/** The wiped allow lines of one subject, in the order its steps reach them (undefined: none, or no subject). */
function wipedLines(unit: ConfUnit, section: PlacedSection): Wiped[] | undefined {
  if (!codecSubject(unit, section)) return undefined;
  const evaluation = evaluateSection(unit, section);
  const steps = evaluation.steps;
  if (!wipesEarlierLine(steps)) return undefined;
  const byOption = new Map<PlacedOption, Omit<Wiped, "option" | "move">>();
  const wipes = laterWipes(steps);
  steps.forEach((step, index) => {
    if (step.kind !== "add" && step.kind !== "add-all") return;
    const wipe = wipes[index];
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
  if (byOption.size === 0) return undefined;
  return [...byOption].map(([option, entry]) => ({ option, ...entry, move: moveOf(steps, option, physical(entry.wipe)) }));
}

/**
 * Whether a `disallow=all` step comes after an allow step of another line, in one pass that allocates nothing (most
 * subjects start with their `disallow=all`: none of their lines is wiped). A line's steps are next to each other.
 */
function wipesEarlierLine(steps: readonly CodecStep[]): boolean {
  let line: CodecStep["line"] | undefined;
  let addsBefore = false;
  let addsInLine = false;
  for (const step of steps) {
    if (step.line !== line) {
      addsBefore ||= addsInLine;
      addsInLine = false;
      line = step.line;
    }
    if (step.kind === "remove-all" && addsBefore) return true;
    if (step.kind === "add" || step.kind === "add-all") addsInLine = true;
  }
  return false;
}

/**
 * For each step, the first `disallow=all` step after it that comes from another line, in one backward pass (a
 * line's steps are next to each other, so past the line's own steps every one is from another line).
 */
function laterWipes(steps: readonly CodecStep[]): (CodecStep | undefined)[] {
  const wipes: (CodecStep | undefined)[] = new Array(steps.length);
  let firstAfter: CodecStep | undefined;
  let afterLine: CodecStep | undefined;
  for (let i = steps.length - 1; i >= 0; i--) {
    const line = steps[i].line;
    if (i === steps.length - 1 || steps[i + 1].line !== line) afterLine = firstAfter;
    wipes[i] = firstAfter && firstAfter.line !== line ? firstAfter : afterLine;
    if (steps[i].kind === "remove-all") firstAfter = steps[i];
  }
  return wipes;
}

/** Where to move the `disallow=all` so it comes before the first allow line (nothing when that does not help). */
function moveOf(steps: readonly CodecStep[], option: PlacedOption, wiper: PlacedOption): Wiped["move"] {
  if (wiper.uri !== option.uri || wiper.section !== option.section) return undefined;
  const first = steps.find((s) => (s.kind === "add" || s.kind === "add-all") && physical(s).section === wiper.section && physical(s).uri === wiper.uri);
  // Moving this disallow=all helps only when no other one still comes after the first allow.
  const others = first ? steps.slice(steps.indexOf(first) + 1).some((s) => s.kind === "remove-all" && physical(s) !== wiper) : true;
  return first && !others && physical(first).node.line.start < wiper.node.line.start ? { from: wiper, to: physical(first) } : undefined;
}

/** Reports a wiped line: what it loses and to which `disallow=all` (a VICIdial template's, named from its record). */
function reportWiped(wiped: Wiped, ctx: RuleContext): void {
  const { option, lost, all } = wiped;
  const wiper = physical(wiped.wipe);
  const what = all ? "every format it adds" : describeCodecs(lost);
  const verb = !all && lost.length > 1 ? "are" : "is";
  const wipeText = `${wiper.node.key.trim()}=${wiper.node.value}`;
  const viaTemplate = fromVicidialTemplate(wiper) && !fromVicidialTemplate(option);
  const where = viaTemplate
    ? `the '${wipeText}' that VICIdial appends from ${templateName(ctx.workspace, wiper.uri)} after the account entry`
    : `the later '${wipeText}'`;
  const advice = viaTemplate
    ? "Set the codecs in one place: in the template after its disallow=all, or here with no disallow=all in the template."
    : "Put 'disallow=all' before the allow lines.";
  ctx.report({
    uri: option.uri,
    span: optionSpan(option),
    message: `This '${keyOf(wiped.first.line)}' is cancelled by ${where}: Asterisk applies the lines in order, so ${what} ${verb} not offered. ${advice}`,
    related: [{ uri: wiper.uri, span: optionSpan(wiper), message: "The disallow=all that empties the list" }],
    // Offsets worked out now: the wiped lines are a section fact, kept while the lines move (see positionFree).
    data: wiped.move ? { moveFrom: wiped.move.from.node.line.start, insertAt: wiped.move.to.node.line.start } : {},
  });
}
