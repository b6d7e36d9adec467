// What a re-parse carries over of the previous tree's per-line secrets (`ConfTree.lineSecrets`): those of the lines
// it kept before the edit and of the lines below it that read the same, and what the new lines replace
// (`ConfTree.replacedSecrets`), so secrets.ts works out only the lines an edit made anew (parse/conf-reuse.ts).
import type { ConfTree } from "./conf-syntax";
import { commonSuffixBeyond, type ReplacedLines } from "./conf-reuse";

/**
 * Gives `tree` the per-line secrets of the previous tree (see `ConfTree.lineSecrets`) that hold for its lines: those
 * of the `kept` lines before the edit, and those of the lines below it that lie in the text both versions end with
 * (counted on from the `sameEnd` characters the re-parse's plan found; the line break before each line included) and start in the same comment state as their old line (same text, same
 * parse); and, when the lines between hold all that is new, what they replace (`ConfTree.replacedSecrets`).
 */
export function carryLineSecrets(previous: ConfTree, tree: ConfTree, kept: number, sameEnd: number, replaced?: ReplacedLines): void {
  if (replaced) {
    carryInPlace(previous, tree, sameEnd, replaced);
    return;
  }
  const { text, lines } = tree;
  const before = previous.lineSecrets!;
  const oldLines = previous.lines;
  // Lines taken over from the previous tree (`keptLines.from` on, old line i - lineShift the new line i) lie in the
  // common tail with no block open before them: all of them carry, copied at once (a loop over tens of thousands of
  // lines on every keystroke otherwise).
  const takenFrom = tree.keptLines?.from ?? lines.length;
  const copied = takenFrom < lines.length && before.length === oldLines.length ? takenFrom : lines.length;
  // The old index of new line `copied` (the tail is aligned from the end).
  const copiedFrom = oldLines.length - (lines.length - copied);
  let carried: (readonly string[] | undefined)[];
  if (copied < lines.length && copiedFrom === copied) {
    carried = before.slice();
    for (let i = kept; i < copied; i++) carried[i] = undefined;
  } else if (copied < lines.length) {
    carried = before.slice(0, kept).concat(new Array<undefined>(copied - kept).fill(undefined), before.slice(copiedFrom));
  } else {
    carried = new Array(lines.length).fill(undefined);
    for (let i = 0; i < kept; i++) carried[i] = before[i];
  }
  const sameFrom = text.length - commonSuffixBeyond(previous.text, text, sameEnd);
  // The new and old index from which every line below is carried.
  let tailNew = copied;
  let tailOld = copied < lines.length ? copiedFrom : oldLines.length;
  for (let k = lines.length - copied + 1; k <= lines.length - kept && k <= oldLines.length; k++) {
    const now = lines.length - k;
    const was = oldLines.length - k;
    if (lines[now].line.start === 0 || lines[now].line.start - 1 < sameFrom) break;
    if ((lines[now - 1]?.opensBlock ?? false) !== (oldLines[was - 1]?.opensBlock ?? false)) {
      tailNew = -1;
      continue;
    }
    carried[now] = before[was];
    if (tailNew === now + 1) {
      tailNew = now;
      tailOld = was;
    }
  }
  tree.lineSecrets = carried;
  noteReplacedSecrets(previous, tree, kept, tailNew, tailOld, (i) => before[i]);
}

/**
 * `carryLineSecrets` for a re-parse that took the previous tree's lists over in place (see `takesListsOver`): the
 * same lines carry, with the replaced lines' old nodes and secrets read from `replaced`.
 */
function carryInPlace(previous: ConfTree, tree: ConfTree, sameEnd: number, replaced: ReplacedLines): void {
  const { text, lines } = tree;
  const carried = previous.lineSecrets!;
  previous.lineSecrets = undefined;
  const kept = replaced.from;
  const end = kept + replaced.lines.length;
  const oldSecrets = replaced.secrets!;
  const oldSecret = (i: number) => (i >= kept && i < end ? oldSecrets[i - kept] : carried[i]);
  const oldLine = (i: number) => (i >= kept && i < end ? replaced.lines[i - kept] : lines[i]);
  for (let i = kept; i < end; i++) carried[i] = undefined;
  const sameFrom = text.length - commonSuffixBeyond(previous.text, text, sameEnd);
  // As in carryLineSecrets, with old line i the new line i: from the last replaced line up.
  let tail = end;
  for (let now = end - 1; now >= kept; now--) {
    if (lines[now].line.start === 0 || lines[now].line.start - 1 < sameFrom) break;
    if ((lines[now - 1]?.opensBlock ?? false) !== (oldLine(now - 1)?.opensBlock ?? false)) {
      tail = -1;
      continue;
    }
    carried[now] = oldSecret(now);
    if (tail === now + 1) tail = now;
  }
  tree.lineSecrets = carried;
  noteReplacedSecrets(previous, tree, kept, tail, tail, oldSecret);
}

/**
 * Notes what a re-parse's new lines [kept, tailNew) replace, the previous tree's lines [kept, tailOld) whose secrets
 * `oldSecret` gives (`ConfTree.replacedSecrets`), when they are all known.
 */
function noteReplacedSecrets(previous: ConfTree, tree: ConfTree, kept: number, tailNew: number, tailOld: number, oldSecret: (i: number) => readonly string[] | undefined): void {
  if (tailNew < kept) return;
  if (!previous.secretList) {
    // The previous tree's list was never asked for (no finding needed masking then), but what it replaced is known:
    // when this edit replaces the very same lines, this tree replaces the lines of the tree before it, with its list.
    const chain = previous.replacedSecrets;
    if (chain && chain.from === kept && chain.to === tailOld) tree.replacedSecrets = { from: kept, to: tailNew, old: chain.old, list: chain.list };
    return;
  }
  const old: (readonly string[] | undefined)[] = [];
  for (let i = kept; i < tailOld; i++) {
    const secrets = oldSecret(i);
    if (secrets === undefined) return;
    old.push(secrets);
  }
  tree.replacedSecrets = { from: kept, to: tailNew, old, list: previous.secretList };
}
