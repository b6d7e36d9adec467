// What stands for the answers of a dialplan index's `globalValue` (DialplanIndex.globalsStamp): the same object from
// one index to the next while every answer is the same. What a rule worked out of a Dial line and the globals it read
// then holds without asking them again (rules/dialplan/kept-per-line.ts): after an edit of a step in a dialplan of
// thousands of Dial lines, the rebuilt dialplan's globals are new objects, yet their names and values are as they were.
import type { Dialplan } from "./dialplan-types";
import type { Workspace } from "./workspace";
import { sameItems } from "../util/lists";

/**
 * What the answers are made of, as plain values: each dialplan in order, with what decides its group (unit id,
 * main file, whether it includes VICIdial's generated dialplan) and how many globals it defines; then every global's
 * name and value in order. Plain strings and flags: it keeps no unit or definition of a replaced build alive.
 */
interface Answers {
  dialplans: string[];
  names: string[];
  values: string[];
  stamp: object;
}

const lastAnswers = new WeakMap<Workspace, Answers>();

/**
 * The stamp for the index of `dialplans` in `workspace`: the last one when the answers are made of the same values,
 * else a new one. `includesGenerated` tells whether a main dialplan joins VICIdial's generated one.
 */
export function globalsStamp(workspace: Workspace, dialplans: readonly Dialplan[], includesGenerated: (dialplan: Dialplan) => boolean): object {
  const last = lastAnswers.get(workspace);
  const now: Answers = { dialplans: [], names: [], values: [], stamp: {} };
  for (const dialplan of dialplans) {
    const unit = dialplan.unit;
    now.dialplans.push(`${unit.id}\u0000${unit.isMainFile ? 1 : 0}${includesGenerated(dialplan) ? 1 : 0}\u0000${dialplan.globals.length}`);
    for (const global of dialplan.globals) {
      now.names.push(global.name);
      now.values.push(global.value);
    }
  }
  if (last && sameItems(last.dialplans, now.dialplans) && sameItems(last.names, now.names) && sameItems(last.values, now.values)) now.stamp = last.stamp;
  // The values kept are now's: a value cut out of a document's text keeps that text alive, and the current one is.
  lastAnswers.set(workspace, now);
  return now.stamp;
}
