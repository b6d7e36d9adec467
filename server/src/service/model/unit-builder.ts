// Builds a load unit one line at a time (a section stays open across included documents). Given the unit's previous
// build, a section whose lines turn out to be the very same parsed nodes (same document, carrier and field) is the
// previous section object, put back without copying its lines: what was worked out of it (section facts, findings
// per section) stays valid, and an edit to one file of a large unit allocates only for the sections it touched. A
// section whose lines differ is a fresh object that takes over the old one's entries for the lines both hold.
import type { Assignment, ConfTree, Directive, SectionHeader } from "../parse/conf-syntax";
import type { Dialect } from "./file-kind";
import type { ConfUnit, DocumentRun, PlacedOption, PlacedSection, SourceField } from "./unit-types";
import { noteRebuild } from "./section-lists";
import { basesAmong, keptSectionsOf, samePlacing, takeOver, type KeptSection, type Repeat } from "./unit-reuse";

/**
 * A section with no lines yet; `placed` too (a section put back with lines moved gets one): one hidden class for all.
 * `placed` is set and cleared (see text/span.ts): else the first keystroke that moved lines, the first to set it,
 * threw away the optimised code of the loaders and fact look-ups that had read it.
 */
function newSection(name: string, uri: string, header?: SectionHeader, carrierId?: string, field?: SourceField): PlacedSection {
  const section: PlacedSection = { name, uri, header, options: [], carrierId, field, memos: undefined, placed: NOT_PLACED };
  section.placed = undefined;
  return section;
}

const NOT_PLACED = {};
const UNPLACED_SECTION = newSection("", "");
const NO_ANCHORS = new Map<object, number>();
const NO_REPEAT: Repeat = { fresh: UNPLACED_SECTION, old: UNPLACED_SECTION, matched: 0, moved: false, next: -1 };

export class UnitBuilder {
  readonly unit: ConfUnit;
  private current: PlacedSection | undefined;
  /**
   * The previous build's section expected next (sections mostly come back in the same order), and the previous
   * build's sections by anchor (header node, or first line of an implicit section), made at the first other one.
   */
  private cursor = 0;
  private earlier: Map<object, number> | undefined;
  private repeat: Repeat | undefined;
  /** An implicit section was opened: its anchor is its first line, still to come. */
  private anchorPending = false;
  /** The previous build, when it is a build of the same unit. */
  private readonly previous: ConfUnit | undefined;
  /** Set by the loader: the lines it adds now were moved in place since the previous build (see `movedFrom`). */
  moving = false;
  /**
   * Some line of the unit moved since the previous build: the build is not the same even with the same sections.
   * Only the lines the unit holds count (a moved blank or comment line after the last section moves nothing it holds).
   */
  private anyMoved = false;
  /** The previous build's sections put back with some line moved. */
  private movedSections: PlacedSection[] | undefined;

  constructor(id: string, dialect: Dialect, root: string, isMainFile: boolean, previous?: ConfUnit) {
    // Every field at once, in one order: a unit rebuilt after an edit then has the hidden class of a first build, and
    // code V8 optimised over the first analysis is not thrown away at the first keystroke.
    this.unit = {
      id,
      dialect,
      root,
      isMainFile,
      sections: [],
      orphans: [],
      directives: [],
      uris: new Set(),
      missingIncludes: 0,
      documentRuns: undefined,
      documentTrees: undefined,
      placedBases: NOT_PLACED,
    };
    // Given twice (see `newSection`): a rebuild gives it a value of its own when a base section moved.
    this.unit.placedBases = undefined;
    this.previous = previous?.id === id ? previous : undefined;
    this.givenTwice();
  }

  /**
   * What only a rebuild after an edit changes (following the previous build's sections, lines moved) is given a
   * second value here, as for `newSection`: a first analysis never changes it, and the first edit threw away the
   * optimised code of the loader that had read it.
   */
  private givenTwice(): void {
    this.cursor = 1;
    this.cursor = 0;
    this.earlier = NO_ANCHORS;
    this.earlier = undefined;
    this.repeat = NO_REPEAT;
    this.repeat = undefined;
    this.moving = this.anyMoved = true;
    this.moving = this.anyMoved = false;
    this.movedSections = [];
    this.movedSections = undefined;
  }

  openSection(name: string, uri: string, header?: SectionHeader, carrierId?: string, field?: SourceField): void {
    this.closeRepeat();
    const section = newSection(name, uri, header, carrierId, field);
    if (header && this.moving) this.anyMoved = true;
    this.unit.sections.push(section);
    this.unit.uris.add(uri);
    this.current = section;
    this.anchorPending = header === undefined;
    if (header) this.startRepeat(section, header);
  }

  /**
   * Records that the unit reads document `uri` as `tree`; returns the index of its first line that may have moved in
   * place since the previous build of the unit read it (the number of lines when none did). When the previous build
   * read a tree other than the one this tree was re-parsed from, every line may have moved.
   */
  movedFrom(uri: string, tree: ConfTree): number {
    (this.unit.documentTrees ??= new Map()).set(uri, tree);
    const before = this.previous?.documentTrees?.get(uri);
    if (!this.previous || before === tree) return tree.lines.length;
    return before !== undefined && tree.reusedFrom === before.serial ? (tree.movedFrom ?? tree.lines.length) : 0;
  }

  /** Adds an option line of document `uri`, which the caller has added to the unit's uris (one add per document). */
  addOption(node: Assignment, uri: string, field?: SourceField, carrierId?: string): void {
    if (this.moving) this.anyMoved = true;
    const section = this.current;
    if (section && this.anchorPending) {
      this.anchorPending = false;
      this.startRepeat(section, node);
    }
    const repeat = this.repeat;
    if (repeat) {
      if (repeat.next < 0) {
        const old = repeat.old.options[repeat.matched];
        if (old && samePlacing(old, node, uri, field, carrierId)) {
          repeat.matched++;
          if (this.moving) repeat.moved = true;
          return;
        }
        this.diverge(repeat);
      }
      if (takeOver(repeat, node, uri, field, carrierId)) return;
    }
    // Its section given twice (see `newSection`): a rebuilt section takes the entries of its lines over.
    const option: PlacedOption = { node, uri, section: UNPLACED_SECTION, field, carrierId };
    option.section = section;
    if (section) section.options.push(option);
    else this.unit.orphans.push(option);
  }

  addDirective(node: Directive, uri: string, target?: string | "generated"): void {
    if (this.moving) this.anyMoved = true;
    this.unit.directives.push({ node, uri, target });
    if (hidesContent(node, target)) this.unit.missingIncludes++;
  }

  /**
   * Puts back the sections the previous build had from document `uri`, parsed from the same `tree`, except its last
   * section (lines after the `#include` that loaded the document may still add to that one). Only for a document
   * whose first line with content is a section header and that includes nothing. Returns how many sections it put
   * back (0: none; the document's lines are then added one by one as usual).
   */
  putBackDocument(uri: string, tree: object): number {
    const run = this.previous?.documentRuns?.get(uri);
    if (!run || run.tree !== tree || run.to - run.from < 2) return 0;
    this.closeRepeat();
    this.current = undefined;
    this.anchorPending = false;
    const sections = this.unit.sections;
    for (let i = run.from; i < run.to - 1; i++) sections.push(this.previous!.sections[i]);
    this.cursor = run.to - 1;
    this.unit.uris.add(uri);
    return run.to - 1 - run.from;
  }

  /** The previous build's sections that a re-parse of `uri` kept whole (see `keptSectionsOf`). */
  keptSections(uri: string, tree: ConfTree): KeptSection[] | undefined {
    return keptSectionsOf(this.previous, uri, tree);
  }

  /** Puts back a section `keptSections` found (its lines are not added one by one). */
  putBackSection(kept: KeptSection): void {
    this.closeRepeat();
    this.current = undefined;
    this.anchorPending = false;
    this.unit.sections.push(kept.section);
    this.cursor = kept.index + 1;
    if (kept.moved) {
      this.anyMoved = true;
      kept.section.placed = {};
      (this.movedSections ??= []).push(kept.section);
    }
  }

  /** Records that document `uri`, parsed as `tree`, opened the sections from index `from` to the last one so far. */
  noteDocument(uri: string, tree: object, from: number): void {
    const runs = (this.unit.documentRuns ??= new Map<string, DocumentRun>());
    runs.set(uri, { tree, from, to: this.unit.sections.length });
  }

  /**
   * Call once the last line is added: puts back the last section if it repeats the previous build's. Returns the unit,
   * or the previous build itself when the new one holds exactly the same (an edit that changed nothing the unit reads,
   * such as another field of a carrier record): then everything worked out of the unit stays.
   */
  finish(): ConfUnit {
    this.closeRepeat();
    this.current = undefined;
    if (!this.previous) return this.unit;
    if (!this.anyMoved && sameBuild(this.unit, this.previous)) return this.previous;
    noteRebuild(this.unit, this.previous, this.movedSections);
    this.unit.placedBases = this.movedSections && basesAmong(this.unit, this.movedSections) ? {} : this.previous.placedBases;
    return this.unit;
  }

  /** Looks for a previous section the fresh one may repeat (same anchor, name, document, carrier and field). */
  private startRepeat(fresh: PlacedSection, anchor: object): void {
    const before = this.previous?.sections;
    if (!before) return;
    // An anchor (a parsed line) is read once per build, so it opens at most one section of each build.
    let at = this.cursor < before.length && anchorOf(before[this.cursor]) === anchor ? this.cursor : undefined;
    if (at === undefined) at = (this.earlier ??= anchorsOf(before)).get(anchor);
    if (at === undefined) return;
    const old = before[at];
    if (old.name === fresh.name && old.uri === fresh.uri && old.header === fresh.header && old.carrierId === fresh.carrierId && old.field === fresh.field) {
      this.repeat = { fresh, old, matched: 0, moved: this.moving, next: -1 };
      this.cursor = at + 1;
    }
  }

  /**
   * The open section stops repeating at a line that differs: it takes over the old section's entries of the lines
   * matched so far, which now place their lines in it (the old section, replaced, is spent: see `takeOver`).
   */
  private diverge(repeat: Repeat): void {
    const { fresh, old, matched } = repeat;
    for (let i = 0; i < matched; i++) {
      const line = old.options[i];
      line.section = fresh;
      fresh.options.push(line);
    }
    repeat.next = matched;
  }

  /** The open section is complete: the previous object replaces it when every line matched, else it keeps its own. */
  private closeRepeat(): void {
    const repeat = this.repeat;
    if (!repeat) return;
    if (repeat.next >= 0 || repeat.matched !== repeat.old.options.length) {
      if (repeat.next < 0) this.diverge(repeat);
      this.repeat = undefined;
      return;
    }
    const sections = this.unit.sections;
    sections[sections.lastIndexOf(repeat.fresh)] = repeat.old;
    if (repeat.moved) {
      repeat.old.placed = {};
      (this.movedSections ??= []).push(repeat.old);
    }
    this.repeat = undefined;
  }
}

/** Two builds of a unit that hold the same sections, lines outside sections, directives and documents. */
function sameBuild(unit: ConfUnit, previous: ConfUnit): boolean {
  if (unit.sections.length !== previous.sections.length || unit.missingIncludes !== previous.missingIncludes) return false;
  if (!unit.sections.every((section, i) => section === previous.sections[i] || sameEmptySection(section, previous.sections[i]))) return false;
  if (unit.uris.size !== previous.uris.size || [...unit.uris].some((uri) => !previous.uris.has(uri))) return false;
  const sameOrphan = (o: PlacedOption, i: number) => samePlacing(previous.orphans[i], o.node, o.uri, o.field, o.carrierId);
  if (unit.orphans.length !== previous.orphans.length || !unit.orphans.every(sameOrphan)) return false;
  const sameDirective = (d: ConfUnit["directives"][number], i: number) => {
    const p = previous.directives[i];
    return d.node === p.node && d.uri === p.uri && d.target === p.target;
  };
  return unit.directives.length === previous.directives.length && unit.directives.every(sameDirective);
}

/** What a section opens with: its header node, or the first line of an implicit section. */
function anchorOf(section: PlacedSection): object | undefined {
  return section.header ?? section.options[0]?.node;
}

/** Each section's index by anchor. */
function anchorsOf(sections: readonly PlacedSection[]): Map<object, number> {
  const byAnchor = new Map<object, number>();
  sections.forEach((section, index) => {
    const anchor = anchorOf(section);
    if (anchor) byAnchor.set(anchor, index);
  });
  return byAnchor;
}

/** Two sections opened without a header line and left without lines (a record unit's [globals] when no carrier has any). */
function sameEmptySection(a: PlacedSection, b: PlacedSection): boolean {
  return a.options.length === 0 && b.options.length === 0 && !a.header && !b.header && a.name === b.name && a.uri === b.uri && a.carrierId === b.carrierId && a.field === b.field;
}

/** An `#include`/`#tryinclude` that found no file, or an `#exec` (whose output nobody sees before Asterisk runs it). */
function hidesContent(node: Directive, target: string | "generated" | undefined): boolean {
  if (node.argument.trim().length === 0) return false;
  if (node.name === "exec") return true;
  return (node.name === "include" || node.name === "tryinclude") && target === undefined;
}
