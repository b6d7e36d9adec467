// The dialplan's shape: contexts, extensions, steps (with why Asterisk drops a line), includes, globals and the
// peers a Dial can name. Built by dialplan-build.ts; indexed across a server's units by dialplan-index.ts.
import type { DialplanLine, Token } from "../parse/dialplan-syntax";
import type { Span } from "../text/span";
import type { ConfUnit, PlacedOption, PlacedSection, SourceField } from "./units";
import type { ParsedExtension } from "./extension-pattern";

export type DropReason =
  | "no-previous-exten"
  | "next-on-first"
  | "same-on-first"
  | "label-unclosed"
  | "invalid-priority"
  | "unknown-label"
  | "duplicate-priority"
  | "empty-extension"
  | "missing-priority";

export interface DialplanStep {
  uri: string;
  option: PlacedOption;
  /** The parsed line (its offsets where the line is now, as are those of `args`, `label` and `extensionSpan`). */
  readonly line: DialplanLine;
  /**
   * The same object as `line`, as the key of what is kept on it (model/line-work.ts), read without having the line
   * follow its node (see BuiltStep): its offsets may be where the line was. What is kept under it holds no offset.
   */
  readonly lineKey: DialplanLine;
  context: DialplanContext;
  /** An `exten` line (a `same` line names no extension of its own: it takes the previous line's). */
  readonly isExten: boolean;
  /** Extension name as Asterisk keys it (blanks removed; `same` lines: the previous exten's). */
  extensionText: string;
  /** Span of the extension name on this line (`exten` lines only). */
  readonly extensionSpan?: Span;
  cid?: string;
  /** Registered extension (undefined when the line is dropped). */
  extension?: DialplanExtension;
  /** Resolved priority (undefined when it cannot be resolved). */
  priority?: number;
  isHint: boolean;
  readonly label?: Token;
  /** Application name as written (may be empty). */
  application: string;
  readonly args: Token[];
  dropped?: DropReason;
  /** For `label-unclosed`: the priority the line would have with its label closed (undefined: none, it stays dropped). */
  priorityIfLabelClosed?: number;
  /** For `duplicate-priority`: the step that holds the priority. */
  conflictsWith?: DialplanStep;
  field?: SourceField;
  carrierId?: string;
  /** First step of a carrier's dialplan entry (its `n`/`same` continue VICIdial's generated lines). */
  firstOfCarrierEntry?: boolean;
}

export interface DialplanExtension {
  context: DialplanContext;
  name: string;
  cid?: string;
  parsed: ParsedExtension;
  /** Registered steps sorted by priority, one per priority (hints excluded): `stepAtPriority` looks one up. */
  steps: DialplanStep[];
  labels: ReadonlyMap<string, DialplanStep>;
  /**
   * Every line that names this extension, in file order (dropped ones included). May be the very list `steps` is
   * (every line a step, in priority order): only the build adds to either (model/dialplan-context-build.ts).
   */
  lines: DialplanStep[];
}

export interface DialplanInclude {
  name: string;
  span: Span;
  uri: string;
  option: PlacedOption;
  context: DialplanContext;
}

export interface DialplanContext {
  name: string;
  sections: PlacedSection[];
  extensions: DialplanExtension[];
  includes: DialplanInclude[];
  /** Every exten/same line of the context in file order (dropped ones included). */
  steps: DialplanStep[];
  /** Other keys (include, switch, ignorepat, unknown) with their options. */
  otherOptions: PlacedOption[];
  /** Stands for where the context's lines are: the same object while no re-parse moved any of them, a new one after each move. */
  placement: object;
}

export interface GlobalDefinition {
  name: string;
  value: string;
  uri: string;
  option: PlacedOption;
  nameSpan: Span;
  valueSpan: Span;
  /** The id of the unit that defines it (not the unit: a definition outlives a rebuild of its unit, see model/dialplan-globals.ts). */
  unitId: string;
  field?: SourceField;
  carrierId?: string;
}

export interface Dialplan {
  unit: ConfUnit;
  contexts: Map<string, DialplanContext>;
  /** Every [globals] definition in the unit's order: the same list object from build to build while they are (see model/dialplan-globals.ts). */
  globals: readonly GlobalDefinition[];
  /** Every step, in the unit's order of sections (worked out when first asked). */
  readonly steps: readonly DialplanStep[];
}

export type PeerTechnology = "SIP" | "IAX2" | "PJSIP";

export interface PeerDefinition {
  tech: PeerTechnology;
  name: string;
  uri: string;
  span: Span;
  section: PlacedSection;
  unit: ConfUnit;
}
