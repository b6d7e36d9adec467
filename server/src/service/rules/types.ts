// What a rule is: a stable code, a default severity, a short doc, its check and its quick fixes, side by side.
import type { Span } from "../text/span";
import type { AnalyzedDocument, Workspace } from "../model/workspace";
import type { ConfUnit, PlacedSection } from "../model/units";
import type { SectionReads } from "../model/unit-facts";
import type { AsteriskVersion } from "../settings";
import type { Dialect } from "../model/file-kind";
import type { Dialplan, DialplanContext, DialplanStep } from "../model/dialplan-types";
import type { LineQuote } from "./line-quotes";

/**
 * An input a workspace rule can declare it reads (see `Rule.workspaceReads`): the units of a dialect; `records`, the
 * carrier and template records; `skipped`, the notes on skipped input (model/skipped-input.ts) and the documents
 * they name; `vicidial-system`, the verdict of `isVicidialSystem` (model/vicidial-system.ts).
 */
export type WorkspaceInput = Dialect | "records" | "skipped" | "vicidial-system";

export type Severity = "error" | "warning" | "information" | "hint";

export type RuleArea = "syntax" | "register" | "codec" | "template" | "peer" | "auth" | "dialplan" | "pattern" | "globals" | "carrier" | "security";

export interface RelatedLocation {
  uri: string;
  span: Span;
  message: string;
}

/** A defect found by a rule: plain data, enough to render a diagnostic and to build its quick fix later. */
export interface Finding {
  code: string;
  uri: string;
  span: Span;
  message: string;
  severity: Severity;
  /** Whatever the rule's fix needs; must never hold a secret value. */
  data?: Record<string, unknown>;
  related?: RelatedLocation[];
  tags?: ("unnecessary" | "deprecated")[];
  /**
   * The lines `message` quotes by number, in order: the message holds a mark for each, replaced by the line's number
   * when the finding is shown (rules/line-quotes.ts). Only the service's own findings hold marks; what it returns
   * holds the numbers.
   */
  quotes?: readonly LineQuote[];
}

export interface TextEdit {
  uri: string;
  span: Span;
  newText: string;
}

export interface QuickFix {
  title: string;
  edits: TextEdit[];
  isPreferred?: boolean;
}

export type FindingInput = Omit<Finding, "code" | "severity"> & { severity?: Severity };

export interface RuleContext {
  workspace: Workspace;
  /** The Asterisk version the configs target (settings.asteriskVersion). */
  asteriskVersion: AsteriskVersion;
  report(finding: FindingInput): void;
}

export interface FixContext {
  workspace: Workspace;
  asteriskVersion?: AsteriskVersion;
  /** Text of a document, as the fix must see it. */
  textOf(uri: string): string | undefined;
}

export interface Rule {
  /** Stable `area/rule-name`. */
  code: string;
  area: RuleArea;
  severity: Severity;
  /** One sentence for docs/rules.md and hovers. */
  summary: string;
  /** Runs once per document (syntax of the file itself). */
  checkDocument?(doc: AnalyzedDocument, ctx: RuleContext): void;
  /**
   * Runs once per load unit (sections as Asterisk sees them). Its findings are kept with the unit object: it reads
   * nothing but the unit, unless `unitAlsoReads` says what more.
   */
  checkUnit?(unit: ConfUnit, ctx: RuleContext): void;
  /**
   * Runs once per section of each load unit. Its findings on a section are kept while the section and what
   * `sectionReads` names are the same objects (model/unit-facts.ts), so an edit re-checks only the sections it touched.
   */
  checkSection?(unit: ConfUnit, section: PlacedSection, ctx: RuleContext): void;
  /**
   * What `checkSection` reads besides the section's own lines, the unit's dialect and its documents' text: `own`
   * (nothing), `inherited` (the sections it inherits from), `general` (those and the unit's [general]). Required
   * with `checkSection`; a check that reads more of the unit (other sections, orphans, includes) is a `checkUnit`.
   */
  sectionReads?: SectionReads;
  /**
   * Runs once per context of each extensions unit's dialplan (model/dialplan-build.ts). It reads nothing but the
   * context (its sections' lines, the extensions and steps built of them), the documents' text of those lines and the
   * Asterisk version: its findings on a context are kept while the context is made of the same section objects, so an
   * edit re-checks only the contexts it touched. A check that reads other contexts, globals or peers is a `checkUnit`
   * or a `checkWorkspace`.
   */
  checkContext?(context: DialplanContext, ctx: RuleContext, input: string): void;
  /**
   * Runs once per step of every context (in the steps' order), for a check that one step decides on its own. It may
   * read the step's line (its text, tokens and node), and of what the build gave the step only what `sameStep`
   * compares (model/context-ends.ts: its extension's name and pattern, priority, whether a hint, why dropped, its
   * carrier fields, its context's name), plus the Asterisk version: no other step, no extension's steps or labels, no
   * `conflictsWith`. Its findings on the steps at a rebuilt context's kept ends are taken from its run on the context
   * that one replaced (rules/step-findings.ts), so an edit in a context of thousands of steps re-checks only the steps
   * it made or changed.
   */
  checkStep?(step: DialplanStep, ctx: RuleContext): void;
  /**
   * What `checkContext` reads of the whole dialplan besides its context, as one string (such as a sorted list of
   * names), worked out once per dialplan and handed to `checkContext` as `input`: a context's findings are kept only
   * while it is the same string.
   */
  contextInput?(dialplan: Dialplan): string;
  /**
   * What `checkUnit` reads beyond its unit, named as `workspaceReads` names inputs: its findings on a unit are then
   * kept while the unit and those inputs are the same objects (rules/cross-unit-findings.ts). Without it they are kept
   * with the unit object alone, so `checkUnit` must read nothing but the unit (an edit of another file keeps it).
   */
  unitAlsoReads?: readonly WorkspaceInput[];
  /** Runs once over the whole workspace (relations between units). */
  checkWorkspace?(workspace: Workspace, ctx: RuleContext): void;
  /**
   * What `checkWorkspace` reads: the units of these dialects, with `"records"` the carrier and template records
   * (their documents, fields and the units rebuilt from them), and the other inputs of `WorkspaceInput`; nothing
   * else (no other document, note or derived value). While those are the same objects its findings are reused
   * (rules/workspace-inputs.ts); without this it runs again after every change.
   */
  workspaceReads?: readonly WorkspaceInput[];
  fix?(finding: Finding, ctx: FixContext): QuickFix[];
}
