// What a workspace rule works out of one dialplan line, kept per line. Some rules check each Dial line on its own,
// reading nothing but the line's text, the globals it names (as the dialplan's server sees them) and the Asterisk
// version. What they find is kept with the line's node while the line starts where it did (its offsets hold) and every
// global it read has the value it had: a rebuilt dialplan, even a rebuilt context, checks only the lines an edit made,
// moved or gave another value to read.
import type { Assignment } from "../../parse/conf-syntax";
import type { Dialplan } from "../../model/dialplan";
import { previousBuild } from "../../model/section-lists";
import { answersAsNoted, noting } from "../../util/noted-answers";

/**
 * Whether what a dialplan's lines find is worth keeping: its unit was rebuilt after an edit, so another edit may
 * follow. A first build (a CLI run, a server's first analysis) keeps nothing: the first edit works it all out, as it
 * would have to anyway, and a single run pays for no bookkeeping.
 */
export function worthKeeping(dialplan: Dialplan): boolean {
  return previousBuild(dialplan.unit) !== undefined;
}

/** What was worked out of one line under one key: where the line started, and the globals it read with their values. */
interface KeptLineValue {
  key: string;
  at: number;
  read: Map<string, string | undefined>;
  value: unknown;
  /** The value of another key for the same line (a line has a few at most). */
  next: KeptLineValue | undefined;
}

const keptByLine = new WeakMap<Assignment, KeptLineValue>();

/**
 * `compute(lookup)` for one line, kept with its node under `key` (the rule, and what else the value depends on such as
 * the Asterisk version) while the line starts at the same offset and every global it looked up through `lookup` has
 * the value it had. `compute` must read nothing else that can change but the line's own text (not the step's place in
 * its context: whether Asterisk drops it, its priority). Callers skip it where nothing is worth keeping (see
 * `worthKeeping`).
 */
export function keptPerLine<T>(node: Assignment, key: string, lookup: (name: string) => string | undefined, compute: (lookup: (name: string) => string | undefined) => T): T {
  const first = keptByLine.get(node);
  let kept = first;
  while (kept !== undefined && kept.key !== key) kept = kept.next;
  if (kept && kept.at === node.line.start && answersAsNoted(lookup, kept.read)) return kept.value as T;
  const read = new Map<string, string | undefined>();
  const value = compute(noting(lookup, read));
  if (kept) Object.assign(kept, { at: node.line.start, read, value });
  else keptByLine.set(node, { key, at: node.line.start, read, value, next: first });
  return value;
}
