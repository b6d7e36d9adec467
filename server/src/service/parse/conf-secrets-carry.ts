// What a re-parse carries over of the previous tree's per-line secrets (`ConfTree.lineSecrets`): those of the lines
// it kept before the edit and of the lines below it that read the same, and what the new lines replace
// (`ConfTree.replacedSecrets`), so secrets.ts works out only the lines an edit made anew (parse/conf-reuse.ts).
import type { ConfLine, ConfTree } from "./conf-syntax";
import { commonSuffixBeyond, type ReplacedLines } from "./conf-reuse";

/**
 * Gives `tree` the per-line secrets of the previous tree (see `ConfTree.lineSecrets`) that hold for its lines: those
 * of the `kept` lines before the edit, and those of the lines below it that lie in the text both versions end with
 * (counted on from the `sameEnd` characters the re-parse's plan found; the line break before each line included) and
 * start in the same comment state as their old line (same text, same parse); and, when the lines between hold all
 * that is new, what they replace (`ConfTree.replacedSecrets`).
 */
export function carryLineSecrets(previous: ConfTree, tree: ConfTree, kept: number, sameEnd: number, replaced?: ReplacedLines): void {
  if (replaced) {
    carryInPlace(previous, tree, sameEnd, replaced);
    return;
  }
  const lines = tree.lines;
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
  const oldSecret = (i: number) => before[i];
  const { tailNew, tailOld } = carryUpFrom(tree, previous.text, sameEnd, kept, copied, lines.length - oldLines.length, (i) => oldLines[i], oldSecret, carried);
  tree.lineSecrets = carried;
  noteReplacedSecrets(previous, tree, kept, tailNew, tailOld, oldSecret);
}

/**
 * `carryLineSecrets` for a re-parse that took the previous tree's lists over in place (see `takesListsOver`): the
 * same lines carry, with the replaced lines' old nodes and secrets read from `replaced`.
 */
function carryInPlace(previous: ConfTree, tree: ConfTree, sameEnd: number, replaced: ReplacedLines): void {
  const lines = tree.lines;
  const carried = previous.lineSecrets!;
  previous.lineSecrets = undefined;
  const kept = replaced.from;
  const end = kept + replaced.lines.length;
  const oldSecrets = replaced.secrets!;
  const oldSecret = (i: number) => (i >= kept && i < end ? oldSecrets[i - kept] : carried[i]);
  const oldLine = (i: number) => (i >= kept && i < end ? replaced.lines[i - kept] : lines[i]);
  for (let i = kept; i < end; i++) carried[i] = undefined;
  const { tailNew, tailOld } = carryUpFrom(tree, previous.text, sameEnd, kept, end, 0, oldLine, oldSecret, carried);
  tree.lineSecrets = carried;
  noteReplacedSecrets(previous, tree, kept, tailNew, tailOld, oldSecret);
}

/**
 * Carries into `carried`, from new line `from - 1` up to line `kept`, the old secrets of each line that lies in the
 * text both versions end with (counted on from the `sameEnd` characters the plan found) and starts in the same comment
 * state as its old line (old line i - lineShift; `oldLine` and `oldSecret` read the previous tree as it was). Gives
 * the new and old index from which every line below is carried (`tailNew` -1: not every one).
 */
function carryUpFrom(
  tree: ConfTree,
  oldText: string,
  sameEnd: number,
  kept: number,
  from: number,
  lineShift: number,
  oldLine: (i: number) => ConfLine | undefined,
  oldSecret: (i: number) => readonly string[] | undefined,
  carried: (readonly string[] | undefined)[],
): { tailNew: number; tailOld: number } {
  const { text, lines } = tree;
  const sameFrom = text.length - commonSuffixBeyond(oldText, text, sameEnd);
  let tailNew = from;
  let tailOld = from - lineShift;
  for (let now = from - 1; now >= kept && now - lineShift >= 0; now--) {
    const was = now - lineShift;
    if (lines[now].line.start === 0 || lines[now].line.start - 1 < sameFrom) break;
    if ((lines[now - 1]?.opensBlock ?? false) !== (oldLine(was - 1)?.opensBlock ?? false)) {
      tailNew = -1;
      continue;
    }
    carried[now] = oldSecret(was);
    if (tailNew === now + 1) {
      tailNew = now;
      tailOld = was;
    }
  }
  return { tailNew, tailOld };
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
