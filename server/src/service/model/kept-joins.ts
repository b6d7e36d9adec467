// Joins kept across rebuilds of the units they read. A unit is rebuilt on every edit of one of its files, so a value
// kept per unit object is worked out again even when the edit did not touch what it reads. A join whose inputs can be
// listed as objects that survive rebuilds (section facts, section objects, parsed lines) is kept here instead, with
// the workspace that owns it, and worked out again only when that list differs. Its value must not hold a unit
// object (the caller binds the current units to it).
import { sameItems } from "../util/lists";

interface Kept {
  inputs: readonly unknown[];
  value: unknown;
}

const keptByOwner = new WeakMap<object, Map<string, Kept>>();

/**
 * The value `compute` gives, kept under `key` for `owner` (the workspace) while `inputs` holds the same items in the
 * same order as when it was worked out. `key` names the kind of join and what it is over (unit ids, say).
 */
export function keptAcrossBuilds<T>(owner: object, key: string, inputs: readonly unknown[], compute: () => T): T {
  let byKey = keptByOwner.get(owner);
  if (!byKey) keptByOwner.set(owner, (byKey = new Map()));
  const kept = byKey.get(key);
  if (kept && sameItems(kept.inputs, inputs)) return kept.value as T;
  const value = compute();
  byKey.set(key, { inputs, value });
  return value;
}
