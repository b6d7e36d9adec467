// Lookups that note their answers, and the check that a newer lookup still gives them: a value worked out through
// such lookups is kept while every answer it got is the same (see model/source-reads.ts, rules/dialplan/*).

/** Where each lookup that `noting` made notes its answers. */
const notedInto = new WeakMap<(key: string) => unknown, Map<string, unknown>>();

/** `lookup` answering as before, each answer noted in `into` by its key. */
export function noting<V>(lookup: (key: string) => V, into: Map<string, V>): (key: string) => V {
  const noted = (key: string): V => {
    const answer = lookup(key);
    into.set(key, answer);
    return answer;
  };
  notedInto.set(noted, into);
  return noted;
}

/**
 * Notes `answers` in what `lookup` notes into, when `noting` made it: for a value kept without asking again (its
 * answers known to hold), so that a value worked out through `lookup` around it counts them among what it read, as
 * if the kept value had asked them.
 */
export function noteAnswers<V>(lookup: (key: string) => V, answers: ReadonlyMap<string, V>): void {
  const into = notedInto.get(lookup) as Map<string, V> | undefined;
  if (into) for (const [key, answer] of answers) into.set(key, answer);
}

/** Whether `lookup` gives every answer `noted` holds (`same` compares two answers; by default `===`). */
export function answersAsNoted<V>(lookup: (key: string) => V, noted: ReadonlyMap<string, V>, same: (a: V, b: V) => boolean = (a, b) => a === b): boolean {
  for (const [key, answer] of noted) if (!same(lookup(key), answer)) return false;
  return true;
}
