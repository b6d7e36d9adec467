// Builds a load unit one line at a time (a section stays open across included documents). Given the unit's previous
// build, a section whose lines turn out to be the very same parsed nodes (same document, carrier and field) is the
// previous section object, put back without copying its lines: what was worked out of it (section facts, findings
// per section) stays valid, and an edit to one file of a large unit allocates only for the sections it touched.
import type { Assignment, Directive, SectionHeader } from "../parse/conf-syntax";
import type { Dialect } from "./file-kind";
import type { ConfUnit, DocumentRun, PlacedOption, PlacedSection, SourceField } from "./unit-types";
import { addTo } from "../util/multimap";

/** The open section and the previous build's section it repeats so far (its first `matched` lines). */
interface Repeat {
  fresh: PlacedSection;
  old: PlacedSection;
  matched: number;
}

export class UnitBuilder {
  readonly unit: ConfUnit;
  private current: PlacedSection | undefined;
  /** The previous build's sections by anchor: header node, or first line of an implicit section. */
  private readonly earlier = new Map<object, PlacedSection[]>();
  private repeat: Repeat | undefined;
  /** An implicit section was opened: its anchor is its first line, still to come. */
  private anchorPending = false;
  /** The previous build, when it is a build of the same unit. */
  private readonly previous: ConfUnit | undefined;

  constructor(id: string, dialect: Dialect, root: string, isMainFile: boolean, previous?: ConfUnit) {
    this.unit = { id, dialect, root, isMainFile, sections: [], orphans: [], directives: [], uris: new Set(), missingIncludes: 0 };
    this.previous = previous?.id === id ? previous : undefined;
    if (previous?.id === id) {
      for (const old of previous.sections) {
        const anchor = old.header ?? old.options[0]?.node;
        if (anchor) addTo(this.earlier, anchor, old);
      }
    }
  }

  openSection(name: string, uri: string, header?: SectionHeader, carrierId?: string, field?: SourceField): void {
    this.closeRepeat();
    const section: PlacedSection = { name, uri, header, options: [], carrierId, field, memos: undefined };
    this.unit.sections.push(section);
    this.unit.uris.add(uri);
    this.current = section;
    this.anchorPending = header === undefined;
    if (header) this.startRepeat(section, header);
  }

  addOption(node: Assignment, uri: string, field?: SourceField, carrierId?: string): void {
    this.unit.uris.add(uri);
    const section = this.current;
    if (section && this.anchorPending) {
      this.anchorPending = false;
      this.startRepeat(section, node);
    }
    const repeat = this.repeat;
    if (repeat) {
      const old = repeat.old.options[repeat.matched];
      if (old && old.node === node && old.uri === uri && old.field === field && old.carrierId === carrierId) {
        repeat.matched++;
        return;
      }
      this.copyRepeated();
    }
    const option: PlacedOption = { node, uri, section, field, carrierId };
    if (section) section.options.push(option);
    else this.unit.orphans.push(option);
  }

  addDirective(node: Directive, uri: string, target?: string | "generated"): void {
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
    this.unit.uris.add(uri);
    return run.to - 1 - run.from;
  }

  /** Records that document `uri`, parsed as `tree`, opened the sections from index `from` to the last one so far. */
  noteDocument(uri: string, tree: object, from: number): void {
    const runs = (this.unit.documentRuns ??= new Map<string, DocumentRun>());
    runs.set(uri, { tree, from, to: this.unit.sections.length });
  }

  /** Call once the last line is added: puts back the last section if it repeats the previous build's. */
  finish(): ConfUnit {
    this.closeRepeat();
    this.current = undefined;
    return this.unit;
  }

  /** Looks for a previous section the fresh one may repeat (same anchor, name, document, carrier and field). */
  private startRepeat(fresh: PlacedSection, anchor: object): void {
    const candidates = this.earlier.get(anchor);
    const old = candidates?.find((c) => c.name === fresh.name && c.uri === fresh.uri && c.header === fresh.header && c.carrierId === fresh.carrierId && c.field === fresh.field);
    if (old) this.repeat = { fresh, old, matched: 0 };
  }

  /** The open section stops repeating: it gets its own copies of the lines matched so far. */
  private copyRepeated(): void {
    const { fresh, old, matched } = this.repeat!;
    for (let i = 0; i < matched; i++) {
      const line = old.options[i];
      fresh.options.push({ node: line.node, uri: line.uri, section: fresh, field: line.field, carrierId: line.carrierId });
    }
    this.repeat = undefined;
  }

  /** The open section is complete: the previous object replaces it when every line matched, else it keeps copies. */
  private closeRepeat(): void {
    const repeat = this.repeat;
    if (!repeat) return;
    if (repeat.matched !== repeat.old.options.length) {
      this.copyRepeated();
      return;
    }
    const sections = this.unit.sections;
    sections[sections.lastIndexOf(repeat.fresh)] = repeat.old;
    const candidates = this.earlier.get(repeat.old.header ?? repeat.old.options[0]?.node)!;
    candidates.splice(candidates.indexOf(repeat.old), 1);
    this.repeat = undefined;
  }
}

/** An `#include`/`#tryinclude` that found no file, or an `#exec` (whose output nobody sees before Asterisk runs it). */
function hidesContent(node: Directive, target: string | "generated" | undefined): boolean {
  if (node.argument.trim().length === 0) return false;
  if (node.name === "exec") return true;
  return (node.name === "include" || node.name === "tryinclude") && target === undefined;
}
