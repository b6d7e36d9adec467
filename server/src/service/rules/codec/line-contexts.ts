// The codec lines of a unit by the context that reads them (the orphans, each category with its inherited lines),
// and every line once for the rules that judge each codec item once. Where a unit places each line once and has no
// `(+)` additions, the lines a section adds to that list are its own, so those rules check each section apart
// (`codecItemChecks`): an edit re-checks only the sections it touched.
import { sectionCodecLines } from "../../model/codecs";
import { codecLines, dialectHasCodecs, type CodecItem, type CodecLine } from "../../model/codec-lines";
import { hasAppends, isVicidialUnit, type ConfUnit, type PlacedOption, type PlacedSection } from "../../model/units";
import { positionFree, sectionFact, unitFact } from "../../model/unit-facts";
import type { Rule, RuleContext } from "../types";

/**
 * Every codec item of a unit once (codec lines of any section, whatever its type), with the line it belongs to.
 * Each section is read with its inherited lines so `+=` gluing matches Asterisk; items seen before are skipped.
 */
export function forEachCodecItem(unit: ConfUnit, visit: (item: CodecItem, line: CodecLine) => void): void {
  for (const line of allCodecLines(unit)) for (const item of line.items) visit(item, line);
}

/** Every codec line of a unit, each physical line once (the first context that reads it wins). */
export function allCodecLines(unit: ConfUnit): readonly CodecLine[] {
  return unitFact(unit, ALL_CODEC_LINES, findAllCodecLines);
}

/** Units are rebuilt, never changed, so a unit's codec lines are collected once for every codec rule. */
const ALL_CODEC_LINES = {};

function findAllCodecLines(unit: ConfUnit): CodecLine[] {
  const seen = new Set<PlacedOption["node"]>();
  const result: CodecLine[] = [];
  for (const lines of codecLinesByContext(unit)) {
    for (const line of lines) {
      if (seen.has(line.option.node)) continue;
      seen.add(line.option.node);
      result.push(line);
    }
  }
  return result;
}

/** The codec lines of every category of a unit (orphans first), each read with its inherited lines. */
export function codecLinesByContext(unit: ConfUnit): CodecLine[][] {
  if (!dialectHasCodecs(unit.dialect)) return [];
  const result: CodecLine[][] = [orphanCodecLines(unit)];
  for (const section of unit.sections) {
    if (!readWithItsCategory(unit, section)) result.push(sectionCodecLines(unit, section));
  }
  return result;
}

/** The codec lines of the options before any section (one context of their own). */
export function orphanCodecLines(unit: ConfUnit): CodecLine[] {
  return unitFact(unit, ORPHAN_LINES, (u) => (dialectHasCodecs(u.dialect) ? codecLines(u.orphans, u.dialect) : []));
}

const ORPHAN_LINES = {};

/**
 * True for a `(+)` addition to a category the unit defines (anywhere): its lines are read with that category, not
 * as a context of their own. Reads the other sections only for an addition, that is in a unit with `(+)` additions,
 * where section facts and a section rule's findings are kept per unit object (model/unit-facts.ts).
 */
export function readWithItsCategory(unit: ConfUnit, section: PlacedSection): boolean {
  if (!section.header?.isAppend) return false;
  return unitFact(unit, CATEGORY_NAMES, (u) => new Set(u.sections.filter((s) => !s.header?.isAppend).map((s) => s.name))).has(section.name);
}

const CATEGORY_NAMES = {};

/**
 * True when what each section adds to `allCodecLines` is the codec lines of its own context that start in its own
 * lines (the orphans adding theirs first). That holds when
 * - no line is placed twice (a conf unit loads each document once; an unused VICIdial template is placed once, but
 *   VICIdial's record units, `vicidial:sip` ..., place a template's text once per carrier using it): only the
 *   section's own context and those of the sections inheriting from it, which come later, read its lines;
 * - and the unit has no `(+)` additions: a section then reads the lines of each template with at least the lines
 *   the template reads before them, so a line that starts a variable in the section started one in the template
 *   that holds it, whose context was read first.
 * Reads the unit's id (the same for every build of a unit) and whether any section is an addition: with one, section
 * facts and a section rule's findings are kept per unit object (model/unit-facts.ts), so no kept value relies on it.
 */
export function sectionsOwnTheirLines(unit: ConfUnit): boolean {
  return !isVicidialUnit(unit) && !hasAppends(unit);
}

/** The codec lines of the section's context that start in its own lines (see `sectionsOwnTheirLines`). */
function ownCodecLines(unit: ConfUnit, section: PlacedSection): readonly CodecLine[] {
  return sectionFact(unit, OWN_LINES, section, (u, s) => sectionCodecLines(u, s).filter((line) => line.option.section === s), "inherited");
}

const OWN_LINES = positionFree({});

/** Judges the items of one codec line; made anew for each unit or section checked (it may keep state across lines). */
export type ItemVisitor = (item: CodecItem, line: CodecLine) => void;

/**
 * The checks of a rule that visits every codec item of a unit once (`forEachCodecItem`): per section where the
 * sections own their lines (`sectionsOwnTheirLines`), with `checkUnit` left the orphans; the whole unit otherwise.
 */
export function codecItemChecks(visitor: (ctx: RuleContext) => ItemVisitor): Pick<Rule, "checkUnit" | "checkSection" | "sectionReads"> {
  const visitLines = (lines: readonly CodecLine[], ctx: RuleContext) => {
    const visit = visitor(ctx);
    for (const line of lines) for (const item of line.items) visit(item, line);
  };
  return {
    checkUnit(unit, ctx) {
      visitLines(sectionsOwnTheirLines(unit) ? orphanCodecLines(unit) : allCodecLines(unit), ctx);
    },
    checkSection(unit, section, ctx) {
      if (dialectHasCodecs(unit.dialect) && sectionsOwnTheirLines(unit)) visitLines(ownCodecLines(unit, section), ctx);
    },
    sectionReads: "inherited",
  };
}
