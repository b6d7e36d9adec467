// The shape of a load unit: its sections, the options placed in them (with the document and, for carriers, the
// VICIdial field each came from) and its directives. Built by UnitBuilder (unit-builder.ts).
import type { Assignment, ConfTree, Directive, SectionHeader } from "../parse/conf-syntax";
import type { Dialect } from "./file-kind";

/** Where an option line came from, for carriers: which VICIdial field holds it. */
export type SourceField =
  | "registration_string"
  | "account_entry"
  | "template_contents"
  | "globals_string"
  | "dialplan_entry";

export interface PlacedOption {
  node: Assignment;
  /** Document that holds the line. */
  uri: string;
  /** The section the line ends up in (undefined: before any section). */
  section?: PlacedSection;
  /** Set when the line was placed by VICIdial from a carrier or template field. */
  field?: SourceField;
  /** Carrier whose fields produced the line (template lines: the carrier that pulled the template in). */
  carrierId?: string;
}

export interface PlacedSection {
  name: string;
  /** Document holding the header, or the carrier file for sections VICIdial opens implicitly. */
  uri: string;
  /** Absent for the implicit `[general]`, `[globals]` and `[vicidial-auto-external]` VICIdial writes into. */
  header?: SectionHeader;
  options: PlacedOption[];
  carrierId?: string;
  /** The field whose text opened this section, for carrier sections. */
  field?: SourceField;
  /** What unit-facts.ts keeps of the section across rebuilds of its unit (its section facts); nothing else reads it. */
  memos?: unknown[];
  /**
   * Renewed (a new object) whenever a re-parse moved some of the section's lines in place (see ConfTree.movedFrom):
   * what holds offsets of its lines is out of date while the rest of what was worked out of it still holds.
   */
  placed?: object;
}

export interface PlacedDirective {
  node: Directive;
  uri: string;
  /** Document the include resolved to; "generated" for VICIdial's own `*-vicidial.conf`; undefined when missing. */
  target?: string | "generated";
}

export interface ConfUnit {
  id: string;
  dialect: Dialect;
  /** The document the unit was loaded from (carrier units: a synthetic id). */
  root: string;
  /** True for a main file (sip.conf, extensions.conf ...) rather than a fragment meant to be included. */
  isMainFile: boolean;
  sections: PlacedSection[];
  /** Options before any section header. */
  orphans: PlacedOption[];
  directives: PlacedDirective[];
  /** Every document with lines in this unit. */
  uris: Set<string>;
  /**
   * How many `#include` / `#tryinclude` lines found no file in the workspace, plus `#exec` lines (their output is
   * never seen): the unit may hold sections, contexts and globals we cannot see, so "not defined" is not certain.
   */
  missingIncludes: number;
  /**
   * The sections each document of a conf-file unit opened, by URI (see UnitBuilder.putBackDocument): the next build
   * of the unit puts an unchanged document's sections back without walking its lines.
   */
  documentRuns?: Map<string, DocumentRun>;
  /** The parsed tree of each conf document read into the unit (see UnitBuilder.movedFrom). */
  documentTrees?: Map<string, ConfTree>;
  /**
   * Renewed whenever a section that others inherit from, or a [general] section, had lines moved in place: what
   * holds offsets of the lines a section inherits is out of date (see `PlacedSection.placed`).
   */
  placedBases?: object;
}

/** The sections one document opened in a build of a unit: `unit.sections[from, to)`, parsed from `tree`. */
export interface DocumentRun {
  tree: object;
  from: number;
  to: number;
}
