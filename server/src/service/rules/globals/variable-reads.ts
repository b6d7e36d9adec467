// Where the dialplan reads variables: each step line's `${...}` (kept with the step, joined from per-context shares
// so an edit reads only the contexts it rebuilt) and each global's value, with the fixed
// starts of computed names (`${OUT_${DIAL_TRUNK}}`). Shared by the globals rules.
import type { Dialplan, DialplanStep, GlobalDefinition } from "../../model/dialplan";
import { usesOfReferences, type VariableUse } from "../../model/dialplan-variables";
import type { Workspace } from "../../model/workspace";
import { textOf } from "../dialplan/common";
import type { Span } from "../../text/span";
import type { DialplanLine, Token } from "../../parse/dialplan-syntax";
import { knownVariable } from "../../knowledge/channel-variables";
import { variableReferences } from "../../parse/variable-references";
import { unitFact } from "../../model/unit-facts";
import { StepJoin } from "../../model/dialplan-joins";
import { weakMemo } from "../../util/weak-memo";
import { BoundedCache } from "../../util/bounded-cache";
import { CountedUnion } from "../../util/counted-union";
import { sameItems } from "../../util/lists";

/**
 * A variable a dialplan reads, where it stands: on a step's line (`line`, the parsed line: a rebuilt context's steps
 * are new objects, its lines are not; `stepOfUse` gives the step), or in a global's value (`global`).
 */
export interface Use extends VariableUse {
  uri: string;
  line?: DialplanLine;
  global?: GlobalDefinition;
}

const STEP_OF_LINE = {};

/** The dialplan's step built from the use's line (undefined for a use in a global's value); a map made when first asked. */
export function stepOfUse(dialplan: Dialplan, use: Use): DialplanStep | undefined {
  if (use.line === undefined) return undefined;
  const byLine = unitFact(dialplan.unit, STEP_OF_LINE, () => new Map(dialplan.steps.map((step) => [step.lineKey, step])));
  return byLine.get(use.line);
}

/** The variables one dialplan reads, in order: its step lines and global values (a fact of its unit). */
export function usesIn(dialplan: Dialplan, workspace: Workspace): readonly Use[] {
  return unitFact(dialplan.unit, USES, () => {
    const uses: Use[] = [];
    for (const reads of STEP_READS.of(dialplan, workspace)) for (const use of reads.uses) uses.push(use);
    for (const use of globalReads(dialplan, workspace).uses) uses.push(use);
    return uses;
  });
}

const USES = {};
const NAMES_READ = {};

/**
 * The names a dialplan reads (a fact of its unit): a join over dialplans asks each set, never a workspace-wide one.
 * Joined from each share's names (see `namesOf`; names hold no offset, so a share's are kept across moves of its
 * lines), so a rebuilt dialplan reads again only the steps it rebuilt; the same set while the names are the same.
 */
export function namesReadIn(dialplan: Dialplan, workspace: Workspace): ReadonlySet<string> {
  return unitFact(dialplan.unit, NAMES_READ, () => {
    const sets = STEP_READS.chunkedShares(dialplan, workspace).map(namesOf);
    sets.push(globalNamesRead(dialplan, workspace).names);
    return NAME_UNIONS.get(dialplan.unit.id, () => new CountedUnion<string>()).of(sets);
  });
}

/**
 * The last `namesReadIn` of each extensions unit, by unit id, which the next build of the unit counts from: after an
 * edit, only the names of the shares it rebuilt are counted, not every name of the dialplan.
 */
const NAME_UNIONS = new BoundedCache<string, CountedUnion<string>>(64);

/**
 * Fixed starts of the computed names a dialplan reads (`OUT_` of `${OUT_${DIAL_TRUNK}}`): a global whose name begins
 * with one may be read through it (FreePBX's OUT_1, OUTCID_1 ... are all read that way). In no particular order.
 */
export function computedPrefixesIn(dialplan: Dialplan, workspace: Workspace): readonly string[] {
  return unitFact(dialplan.unit, PREFIXES, () => {
    const prefixes = new Set<string>();
    for (const share of STEP_READS.chunkedShares(dialplan, workspace)) for (const prefix of prefixesOf(share)) prefixes.add(prefix);
    for (const prefix of globalNamesRead(dialplan, workspace).prefixes) prefixes.add(prefix);
    const list = [...prefixes];
    // The last build's list while it holds the same prefixes: what a rule keeps by the list's identity stays.
    const last = LAST_PREFIXES.get(dialplan.unit.id, () => ({ list }));
    if (!sameItems(last.list, list)) last.list = list;
    return last.list;
  });
}

/** The last `computedPrefixesIn` of each extensions unit, by unit id. */
const LAST_PREFIXES = new BoundedCache<string, { list: readonly string[] }>(64);

const PREFIXES = {};

/** What lines and global values read: variables by name, and the fixed starts of computed names. */
interface DialplanReads {
  uses: readonly Use[];
  prefixes: readonly string[];
}

/** Not through a global, and not a channel or VICIdial variable: a name of the configuration's own. */
const isOwnName = (use: Use) => !use.viaGlobal && !knownVariable(use.name);

/**
 * The reads by a name of the configuration's own (see `isOwnName`) of any of `names`, in line order: the step lines',
 * then the global values'. Only such names can be undefined; a rule asks for the few that nothing defines (most
 * dialplans have none: then no read is looked at), not for every name's reads.
 */
export function ownUsesOf(dialplan: Dialplan, workspace: Workspace, names: ReadonlySet<string>): readonly Use[] {
  if (names.size === 0) return [];
  return usesIn(dialplan, workspace).filter((use) => names.has(use.name) && isOwnName(use));
}

/** A share's names read and its computed-name prefixes: once per share (the same array while its context is kept). */
const namesOf = weakMemo((share: readonly DialplanReads[]): ReadonlySet<string> => {
  // A loop, not flatMap and map: a list per step line, thrown away, for every chunk of a first analysis.
  const names = new Set<string>();
  for (const reads of share) for (const use of reads.uses) names.add(use.name);
  return names;
});
const prefixesOf = weakMemo((share: readonly DialplanReads[]): readonly string[] => share.flatMap((reads) => reads.prefixes));

/**
 * What the steps read, joined from per-context shares (model/dialplan-joins.ts): an edit reads only the steps of the
 * contexts it rebuilt. One item per step that reads anything. The items read nothing but the line's text and hold no
 * offset of their own (see `PlacedUse`): they are kept on the line, and stay right when a re-parse moves it.
 */
const STEP_READS = new StepJoin<DialplanReads, Workspace>(
  (step, workspace) => {
    const line = step.lineKey;
    const reads = readsIn(workspace, step.uri, line.option.valueSpan, line, undefined);
    return reads === NO_READS ? NO_STEP_READS : [reads];
  },
  { readsLineAlone: true },
);

const NO_STEP_READS: readonly DialplanReads[] = [];

const GLOBAL_READS = {};

/** What a dialplan's global values read (a fact of its unit). */
function globalReads(dialplan: Dialplan, workspace: Workspace): DialplanReads {
  return unitFact(dialplan.unit, GLOBAL_READS, () => {
    const uses: Use[] = [];
    const prefixes: string[] = [];
    for (const global of dialplan.globals) {
      const reads = readsIn(workspace, global.uri, global.valueSpan, undefined, global);
      for (const use of reads.uses) uses.push(use);
      for (const prefix of reads.prefixes) prefixes.push(prefix);
    }
    return { uses, prefixes };
  });
}

/** The names a list of globals' values read, and the prefixes of computed names among them: no offset. */
interface NamesRead {
  names: ReadonlySet<string>;
  prefixes: readonly string[];
}

const namesReadByGlobals = new WeakMap<readonly GlobalDefinition[], NamesRead>();

/**
 * What the values of a dialplan's globals read, by name: once per globals list (the same list from build to build
 * while the [globals] sections are: model/dialplan-globals.ts), where `globalReads` is once per unit object.
 */
function globalNamesRead(dialplan: Dialplan, workspace: Workspace): NamesRead {
  let found = namesReadByGlobals.get(dialplan.globals);
  if (found === undefined) {
    const reads = globalReads(dialplan, workspace);
    found = { names: new Set(reads.uses.map((use) => use.name)), prefixes: reads.prefixes };
    namesReadByGlobals.set(dialplan.globals, found);
  }
  return found;
}

const NO_READS: DialplanReads = { uses: [], prefixes: [] };
const NO_PREFIXES: readonly string[] = [];

/** The variables a range of a document reads, and the fixed starts of the computed names among them. */
function readsIn(workspace: Workspace, uri: string, range: Span, line: DialplanLine | undefined, global: GlobalDefinition | undefined): DialplanReads {
  const text = textOf(workspace, uri);
  if (text === undefined) return NO_READS;
  const refs = variableReferences(text, range);
  if (refs.length === 0) return NO_READS;
  // A list of the exact size: most lines read one or two variables, and the list is kept with its context.
  const uses = usesOfReferences(text, refs).map((use) => new PlacedUse(use, uri, range, line, global));
  let prefixes: string[] | undefined;
  for (const ref of refs) if (ref.computedName && ref.name.length > 0) (prefixes ??= []).push(ref.name);
  return { uses, prefixes: prefixes ?? NO_PREFIXES };
}

/**
 * A use that holds its offsets relative to the value it was read from (`base`, the span object of the line's value,
 * which a re-parse moves in place): its spans, worked out when asked, say where the use is now. So the use is kept
 * with its line across edits above it, and nothing is made again for the thousands of lines such an edit moves.
 */
class PlacedUse implements Use {
  // Relative to `base.start` (plain fields, not a list: one use per `${...}` of every step line is kept).
  private readonly nameStart: number;
  private readonly nameEnd: number;
  private readonly wholeStart: number;
  private readonly wholeEnd: number;
  private readonly offsetStart: number;
  private readonly lengthStart: number;
  readonly offsetText?: string;
  readonly lengthText?: string;
  readonly name: string;
  readonly viaGlobal: boolean;

  /** `use` as read from `base` of `uri`, on a step's `line` or in a `global`'s value. */
  constructor(
    use: VariableUse,
    readonly uri: string,
    private readonly base: Span,
    readonly line: DialplanLine | undefined,
    readonly global: GlobalDefinition | undefined,
  ) {
    this.name = use.name;
    this.viaGlobal = use.viaGlobal;
    const from = base.start;
    this.nameStart = use.span.start - from;
    this.nameEnd = use.span.end - from;
    this.wholeStart = use.whole.start - from;
    this.wholeEnd = use.whole.end - from;
    this.offsetStart = (use.offset?.span.start ?? from) - from;
    this.lengthStart = (use.length?.span.start ?? from) - from;
    this.offsetText = use.offset?.text;
    this.lengthText = use.length?.text;
  }

  get span(): Span {
    return this.spanAt(this.nameStart, this.nameEnd);
  }

  get whole(): Span {
    return this.spanAt(this.wholeStart, this.wholeEnd);
  }

  get offset(): Token | undefined {
    return this.tokenAt(this.offsetText, this.offsetStart);
  }

  get length(): Token | undefined {
    return this.tokenAt(this.lengthText, this.lengthStart);
  }

  private spanAt(start: number, end: number): Span {
    const at = this.base.start;
    return { start: at + start, end: at + end };
  }

  private tokenAt(text: string | undefined, relative: number): Token | undefined {
    if (text === undefined) return undefined;
    const start = this.base.start + relative;
    return { text, span: { start, end: start + text.length } };
  }
}
