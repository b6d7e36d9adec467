// What a workspace rule works out of one dialplan line, kept per line, and of a whole dialplan, kept per dialplan.
// Some rules check each Dial line on its own, reading nothing but the line's text, the globals it names (as the
// dialplan's server sees them) and the Asterisk version. What they find is kept with the line (on a step's parsed
// line, or with a [globals] line's node) while the line starts where it did (its offsets hold) and every global it
// read has the value it had: a rebuilt dialplan, even a rebuilt context, checks only the lines an edit made, moved or
// gave another value to read. The same holds for a dialplan object (built once, never changed): an edit elsewhere
// checks none of its lines while its globals hold.
import type { Assignment } from "../../parse/conf-syntax";
import type { Dialplan, DialplanStep } from "../../model/dialplan";
import type { DialplanLine } from "../../parse/dialplan-syntax";
import { LineWork } from "../../model/line-work";
import { previousBuild } from "../../model/section-lists";
import { answersAsNoted, noteAnswers, noting } from "../../util/noted-answers";

/**
 * Whether what a dialplan's lines find is worth keeping: its unit was rebuilt after an edit, so another edit may
 * follow. A first build (a CLI run, a server's first analysis) keeps nothing: the first edit works it all out, as it
 * would have to anyway, and a single run pays for no bookkeeping.
 */
export function worthKeeping(dialplan: Dialplan): boolean {
  return previousBuild(dialplan.unit) !== undefined;
}

/** What was worked out of one line under one key: where the line started, the globals it read with their values. */
interface KeptValue {
  key: string;
  at: number;
  read: Map<string, string | undefined>;
  value: unknown;
  /** What stood for the globals' answers when they were last found the same (see `keptPerStep`). */
  stamp: object | undefined;
  /** The value of another key for the same line (a line has a few at most). */
  next: KeptValue | undefined;
}

const keptByLine = new WeakMap<Assignment, KeptValue>();

/**
 * `compute(lookup)` for one line, kept with its node under `key` (the rule, and what else the value depends on such as
 * the Asterisk version) while the line starts at the same offset and every global it looked up through `lookup` has
 * the value it had. `compute` must read nothing else that can change but the line's own text (not the step's place in
 * its context: whether Asterisk drops it, its priority). Callers skip it where nothing is worth keeping (see
 * `worthKeeping`). For a step's line, `keptPerStep`; `globalsStamp` as there.
 */
export function keptPerLine<T>(node: Assignment, key: string, lookup: Lookup, compute: (lookup: Lookup) => T, globalsStamp?: object): T {
  return keptWith(keptByLine, node, node.line.start, key, lookup, compute, globalsStamp);
}

/**
 * `keptPerLine` for a step's line, kept on its parsed line (model/line-work.ts) rather than in a map by node: a rebuilt
 * context of thousands of Dial lines asks once per line. With the index's `globalsStamp` (see
 * `DialplanIndex.globalsStamp`: the same object while the globals give every answer they gave), a line whose globals
 * were last found to answer under the same stamp is not asked about them again; it notes the answers it got in
 * `lookup` instead (`noteAnswers`), so a value worked out around it through a noting lookup counts them among what it
 * read (channel-string's runs per context: else a context rebuilt twice would have read only its new lines' globals,
 * and a change of another one, made in another file, would leave its findings as they were).
 */
export function keptPerStep<T>(step: DialplanStep, key: string, lookup: Lookup, compute: (lookup: Lookup) => T, globalsStamp?: object): T {
  return keptPerParsedLine(step.line, key, lookup, compute, globalsStamp);
}

/** `keptPerStep` for a step's parsed line itself, its offsets where its node is now (see `followLine`). */
export function keptPerParsedLine<T>(line: DialplanLine, key: string, lookup: Lookup, compute: (lookup: Lookup) => T, globalsStamp?: object): T {
  return keptWith(keptOnLines, line, line.option.line.start, key, lookup, compute, globalsStamp);
}

type Lookup = (name: string) => string | undefined;

/** Where kept values live: by owner object. */
interface KeptStore<O> {
  get(owner: O): KeptValue | undefined;
  set(owner: O, value: KeptValue): void;
}

const keptOnLines: KeptStore<DialplanLine> = new LineWork<KeptValue>();

function keptWith<O extends object, T>(kept: KeptStore<O>, owner: O, at: number, key: string, lookup: Lookup, compute: (lookup: Lookup) => T, stamp?: object): T {
  const first = kept.get(owner);
  let found = first;
  while (found !== undefined && found.key !== key) found = found.next;
  if (found && found.at === at) {
    // Under the same stamp the answers hold unasked: noted for a caller that notes what it reads (see `keptPerStep`).
    if (stamp !== undefined && found.stamp === stamp) {
      noteAnswers(lookup, found.read);
      return found.value as T;
    }
    if (answersAsNoted(lookup, found.read)) {
      found.stamp = stamp;
      return found.value as T;
    }
  }
  const read = new Map<string, string | undefined>();
  const value = compute(noting(lookup, read));
  if (found) Object.assign(found, { at, read, value, stamp });
  else kept.set(owner, keptValue(key, at, read, value, stamp, first));
  return value;
}

/**
 * A new kept value. The fields a later edit changes are given twice (see text/span.ts): values are first kept at the
 * first edit, and the next edit that changed one threw away the optimised code that had read them.
 */
function keptValue(key: string, at: number, read: Map<string, string | undefined>, value: unknown, stamp: object | undefined, next: KeptValue | undefined): KeptValue {
  const kept: KeptValue = { key, at: -1, read: NO_READS, value: undefined, stamp: NO_STAMP, next };
  kept.at = at;
  kept.read = read;
  kept.value = value;
  kept.stamp = stamp;
  return kept;
}

const NO_READS = new Map<string, string | undefined>();
const NO_STAMP = {};
