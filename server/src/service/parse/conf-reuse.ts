// What a re-parse keeps of the previous tree of the same document: the lines before the first changed character as
// they are, and the lines after the last changed character moved in place by the change in length (the same node
// objects, their offsets updated; at new indexes when the edit added or removed lines), so what later stages worked
// out of them is kept too (see UnitBuilder and `ConfTree.movedFrom`; a message that quotes one of them by number
// gets its number when shown: rules/line-quotes.ts). The per-line secrets and the outline of the lines it keeps are
// carried by parse/conf-secrets-carry.ts and parse/conf-outline.ts.
import type { ConfLine, ConfTree, ParseProblem } from "./conf-syntax";

/** Where a re-parse starts, and the lines after the edit it may take over from the previous tree. */
export interface ReusePlan {
  /** How many of the previous tree's first lines the new tree starts with (its lines before the edit). */
  kept: number;
  /** Offset the parse resumes at (0: nothing kept before the edit). */
  resume: number;
  /** Old lines from this index on lie, line break before them included, in the text both versions end with. */
  tailFrom: number;
  /** How far those lines move: new length minus old length. */
  shift: number;
  /** How many places their indexes move: the new number of lines minus the old. */
  lineShift: number;
  /**
   * Length of the text both versions end with. It may reach into the text they start with by the line break before
   * the first line after the edit: a line added or removed at the start of a line keeps the lines both before it and
   * after it (the line break between them belongs to both).
   */
  sameEnd: number;
}

/**
 * Length of the longest common prefix of two strings: halving steps, each comparing one stretch natively (a
 * character loop over a large file costs several milliseconds on every keystroke). The stretches are compared as two
 * slices with `===`, which V8 does with a block compare; `startsWith` with an offset went about 30 times slower.
 */
export function commonPrefix(a: string, b: string): number {
  let low = 0;
  let high = Math.min(a.length, b.length);
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (a.slice(low, mid) === b.slice(low, mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Length of the longest common suffix of two strings, at most `limit` (as `commonPrefix`). */
export function commonSuffix(a: string, b: string, limit = Math.min(a.length, b.length)): number {
  let low = 0;
  let high = limit;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (a.slice(a.length - mid, a.length - low) === b.slice(b.length - mid, b.length - low)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * `commonSuffix(a, b)` with no limit, for two strings known to end with the same `known` characters (a count found
 * with a limit): only the text before those is compared, where an edit's shifted text most often differs at once.
 */
export function commonSuffixBeyond(a: string, b: string, known: number): number {
  return known + commonSuffix(a.slice(0, a.length - known), b.slice(0, b.length - known));
}

/** How many lines start at or before `offset` (lines are in order). */
export function linesStartingBy(lines: readonly ConfLine[], offset: number): number {
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (lines[mid].line.start <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The index of the first line from `low` on that starts at or after `offset` (`lines.length` when none). */
function firstLineFrom(lines: readonly ConfLine[], low: number, offset: number): number {
  let high = lines.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (lines[mid].line.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Line breaks in `text[from, to)`. */
function breaksIn(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf("\n", from); i >= 0 && i < to; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

/**
 * Says how many of the previous tree's first lines the new tree starts with: those that end (line break included)
 * before the first character where `text` differs from the previous text, stopping before a line left inside a block
 * comment (the parse resumes with no comment open), their problems copied into `problems`; and which old lines after
 * the edit may be taken over (see `takeOver`).
 */
export function planReuse(previous: ConfTree, text: string, problems: ParseProblem[]): ReusePlan {
  const old = previous.text;
  const same = commonPrefix(old, text);
  // Kept: the lines whose next line starts at or before `same`, up to the first one that leaves a block open.
  let kept = Math.min(linesStartingBy(previous.lines, same) - 1, previous.firstOpenBlock ?? previous.lines.length);
  if (kept < 0) kept = 0;
  const resume = kept > 0 ? previous.lines[kept].line.start : 0;
  if (kept > 0) {
    for (const problem of previous.problems) if (problem.kind !== "block-comment-unclosed" && problem.span.start < resume) problems.push(problem);
  }
  const shorter = Math.min(old.length, text.length);
  const apart = commonSuffix(old, text, shorter - same);
  // Text added or removed (each character before the edit is the same in both): the common tail may begin in the
  // common head (see `sameEnd`).
  const sameEnd = same + apart === shorter ? commonSuffixBeyond(old, text, apart) : apart;
  const shift = text.length - old.length;
  // Old line i of the tail is new line i + lineShift: the breaks before the tail in each text, from a point both
  // texts have before it (before the tail and in the common head, where both read the same).
  const from = Math.min(same, old.length - sameEnd, text.length - sameEnd);
  const lineShift = breaksIn(text, from, text.length - sameEnd) - breaksIn(old, from, old.length - sameEnd);
  // The first old line from `kept` on whose line break before it lies in the common tail (lines are in order: a
  // binary search, where a walk back from the end visited every line below the edit on each keystroke). Line `kept`
  // holds the first changed character, unless text was added right before it (then it may be in the tail).
  const tailFrom = firstLineFrom(previous.lines, Math.min(kept, previous.lines.length), old.length - sameEnd + 1);
  return { kept, resume, tailFrom, shift, lineShift, sameEnd };
}

/**
 * Whether the parse, about to read its line `index` starting at `start` with no block comment open, can take over
 * the previous tree's lines from there: the old line it would be lies in the common tail, and the old parse reached
 * it in the same state.
 */
export function canTakeOver(previous: ConfTree, plan: ReusePlan, index: number, start: number): boolean {
  const was = index - plan.lineShift;
  if (was < plan.tailFrom || was >= previous.lines.length) return false;
  const oldLine = previous.lines[was];
  return oldLine.line.start + plan.shift === start && !previous.lines[was - 1]?.opensBlock;
}

/**
 * Takes over the previous tree's lines from its line `index - plan.lineShift` on, moved in place by `plan.shift`, to
 * follow the `index` lines the new tree has so far; their problems are appended to `problems` (new objects: a problem
 * may share its span with its line's node). No block is open where they start, so an unclosed `;--` among them is one
 * of their problems. Gives the index in the new tree of the first of them that leaves a block open, if any.
 */
export function takeOver(previous: ConfTree, plan: ReusePlan, index: number, problems: ParseProblem[]): number | undefined {
  const was = index - plan.lineShift;
  const from = previous.lines[was].line.start;
  const shift = plan.shift;
  if (shift !== 0) previous.spent = true;
  for (const problem of previous.problems) {
    if (problem.span.start >= from) problems.push({ kind: problem.kind, text: problem.text, span: { start: problem.span.start + shift, end: problem.span.end + shift } });
  }
  const old = previous.lines;
  if (shift !== 0) moveLinesFrom(old, was, shift);
  // The previous tree says where its first open block is: lines before it open none.
  if (previous.firstOpenBlock !== undefined) {
    for (let i = Math.max(was, previous.firstOpenBlock); i < old.length; i++) if (old[i].opensBlock) return i + plan.lineShift;
  }
  return undefined;
}

/**
 * Moves the lines from `index` on by `shift`: tens of thousands of lines below a keystroke. A function of its own, so
 * the code V8 optimises while the loop runs (on-stack replacement) covers nothing else: the rest of `takeOver`, run
 * once per edit, left that code on its first use every time (--trace-deopt), and the next edit's loop started again
 * in the interpreter.
 */
function moveLinesFrom(lines: readonly ConfLine[], index: number, shift: number): void {
  for (let i = index; i < lines.length; i++) moveLine(lines[i], shift);
}

function move(span: { start: number; end: number }, shift: number): void {
  span.start += shift;
  span.end += shift;
}

/** Moves every offset of one parsed line by `shift` (each span object of a node is its own). */
export function moveLine(node: ConfLine, shift: number): void {
  move(node.line, shift);
  if (node.comment) move(node.comment, shift);
  switch (node.kind) {
    case "option":
      move(node.keySpan, shift);
      move(node.operatorSpan, shift);
      move(node.valueSpan, shift);
      break;
    case "section":
      move(node.nameSpan, shift);
      for (const base of node.bases) move(base.span, shift);
      if (node.optionsSpan) move(node.optionsSpan, shift);
      if (node.ignoredTail) move(node.ignoredTail, shift);
      break;
    case "directive":
      move(node.nameSpan, shift);
      move(node.argumentSpan, shift);
      break;
    case "invalid":
      move(node.content, shift);
      break;
    default:
      break;
  }
}

/**
 * The previous tree's lines a re-parse replaced, as they were: a re-parse that takes over the previous tree's lists in
 * place (see `assembleLines`) overwrites them, and what it carries over compares the old ones with the new.
 */
export interface ReplacedLines {
  /** The index of the first of them (the number of lines kept before the edit). */
  from: number;
  lines: readonly ConfLine[];
  /** The previous tree's `lineSecrets` of those lines, when its list was taken over too. */
  secrets?: readonly (readonly string[] | undefined)[];
}

/**
 * Whether a re-parse takes the previous tree's lists over in place: it took over the lines after the edit at the same
 * indexes (moved or not). Then copying tens of thousands of entries on every keystroke is left out: the replaced
 * entries are overwritten, and the previous tree is spent (see `ConfTree.spent`): a document's next parse starts from
 * the tree that replaced it, and nothing reads an older tree's lines.
 */
export function takesListsOver(previous: ConfTree | undefined, takenFrom: number | undefined, lineShift: number): boolean {
  if (previous === undefined || takenFrom === undefined || lineShift !== 0) return false;
  // A list of secrets worked out for some lines only is carried line by line (see `carryLineSecrets`).
  return previous.lineSecrets === undefined || previous.lineSecrets.length === previous.lines.length;
}

/** The lines [kept, takenFrom) of the previous tree, and their secrets when its list is whole, before they are overwritten. */
export function replacedLinesOf(previous: ConfTree, kept: number, takenFrom: number): ReplacedLines {
  const secrets = previous.lineSecrets;
  const whole = secrets !== undefined && secrets.length === previous.lines.length;
  return { from: kept, lines: previous.lines.slice(kept, takenFrom), secrets: whole ? secrets.slice(kept, takenFrom) : undefined };
}

/**
 * A re-parse's lines: the previous tree's first `kept`, the `fresh` ones, and, when it took over the previous tree's
 * lines from its line `takenFrom - lineShift` on, those. Copied whole rather than grown a push at a time: tens of
 * thousands of lines per keystroke; taken over in place (`inPlace`) when `takesListsOver`.
 */
export function assembleLines(previous: ConfTree | undefined, kept: number, fresh: ConfLine[], takenFrom: number | undefined, lineShift: number, inPlace: boolean): ConfLine[] {
  if (takenFrom !== undefined && lineShift === 0) {
    const lines = inPlace ? previous!.lines : previous!.lines.slice();
    for (let i = 0; i < fresh.length; i++) lines[kept + i] = fresh[i];
    return lines;
  }
  if (takenFrom !== undefined) return previous!.lines.slice(0, kept).concat(fresh, previous!.lines.slice(takenFrom - lineShift));
  return kept > 0 ? previous!.lines.slice(0, kept).concat(fresh) : fresh;
}
