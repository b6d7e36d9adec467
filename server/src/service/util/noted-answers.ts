// Lookups that note their answers, and the check that a newer lookup still gives them: a value worked out through
// such lookups is kept while every answer it got is the same (see model/source-reads.ts, rules/dialplan/*).

/** `lookup` answering as before, each answer noted in `into` by its key. */
export function noting<V>(lookup: (key: string) => V, into: Map<string, V>): (key: string) => V {
  return (key) => {
    const answer = lookup(key);
    into.set(key, answer);
    return answer;
  };
}

/** Whether `lookup` gives every answer `noted` holds (`same` compares two answers; by default `===`). */
export function answersAsNoted<V>(lookup: (key: string) => V, noted: ReadonlyMap<string, V>, same: (a: V, b: V) => boolean = (a, b) => a === b): boolean {
  for (const [key, answer] of noted) if (!same(lookup(key), answer)) return false;
  return true;
}
