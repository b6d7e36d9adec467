// A total, lossless parser for Asterisk conf syntax: never throws, keeps every offset, recovers at the next line.
import type { Span } from "../text/span";
import type {
  Assignment,
  ConfLine,
  ConfTree,
  Directive,
  HeaderOption,
  ParseProblem,
  SectionHeader,
} from "./conf-syntax";
import { assembleLines, canTakeOver, planReuse, replacedLinesOf, takeOver, takesListsOver } from "./conf-reuse";
import { carryLineSecrets } from "./conf-secrets-carry";
import { carryOutline } from "./conf-outline";
import { CR, contentOf, isBlank, newLineScan, scanComments, skipBlanks, trimEnd, trimSpan, type LineScan } from "./conf-comments";

export { trimSpan } from "./conf-comments";

/** Numbers every parse (see `ConfTree.serial`). */
let treeSerial = 0;

const KNOWN_DIRECTIVES = new Set(["include", "tryinclude", "exec"]);

/**
 * Parses `text[range.start, range.end)` (the whole text by default). Offsets stay relative to `text`. Given the tree
 * of the document's previous text (`previous`, a whole-text parse), the lines the edit did not reach keep their
 * nodes: every line before the first changed character, up to the last one outside a `;--` block comment. Later
 * stages keep what they worked out of a section whose nodes are the same (see UnitBuilder).
 */
export function parseConf(text: string, range: Span = { start: 0, end: text.length }, previous?: ConfTree): ConfTree {
  const problems: ParseProblem[] = [];
  let pos = range.start;
  if (pos === 0 && text.charCodeAt(0) === 0xfeff) pos = 1;
  const state = { nesting: 0, openedAt: -1 };
  const scan = newLineScan();
  let lineStart = range.start;
  const resumable = previous !== undefined && !previous.spent && range.start === 0 && range.end === text.length && previous.range.start === 0 && previous.range.end === previous.text.length;
  const plan = resumable ? planReuse(previous, text, problems) : undefined;
  // The lines parsed anew; the tree's lines are the previous tree's first `kept`, these, and the lines taken over.
  const fresh: ConfLine[] = [];
  const kept = plan ? plan.kept : 0;
  if (plan && plan.resume > 0) lineStart = pos = plan.resume;
  let movedFrom: number | undefined;
  let takenFrom: number | undefined;
  let firstOpenBlock: number | undefined;
  while (lineStart <= range.end) {
    const index = kept + fresh.length;
    if (plan && state.nesting === 0 && canTakeOver(previous!, plan, index, lineStart)) {
      if (plan.shift !== 0) movedFrom = index;
      takenFrom = index;
      const openInTail = takeOver(previous!, plan, index, problems);
      firstOpenBlock ??= openInTail;
      break;
    }
    let lineEnd = text.indexOf("\n", pos);
    if (lineEnd < 0 || lineEnd > range.end) lineEnd = range.end;
    let contentEnd = lineEnd;
    if (contentEnd > pos && text.charCodeAt(contentEnd - 1) === CR) contentEnd--;
    const line: Span = { start: lineStart, end: contentEnd };
    scanComments(text, pos, contentEnd, state, scan);
    const node = classifyLine(text, line, scan, problems);
    if (state.nesting > 0) {
      node.opensBlock = true;
      firstOpenBlock ??= index;
    }
    fresh.push(node);
    if (lineEnd >= range.end) {
      if (state.nesting > 0) problems.push({ kind: "block-comment-unclosed", span: { start: state.openedAt, end: Math.min(state.openedAt + 3, range.end) }, text: ";--" });
      break;
    }
    lineStart = lineEnd + 1;
    pos = lineStart;
  }
  const lineShift = plan ? plan.lineShift : 0;
  // The previous tree's lists taken over in place: what it replaced, kept aside first (see `takesListsOver`).
  const inPlace = plan !== undefined && takesListsOver(previous, takenFrom, lineShift);
  const replaced = inPlace ? replacedLinesOf(previous!, kept, takenFrom!) : undefined;
  const lines = assembleLines(previous, kept, fresh, takenFrom, lineShift, inPlace);
  if (inPlace) previous!.spent = true;
  const tree = newTree(text, range, lines, problems);
  tree.firstOpenBlock = firstOpenBlock;
  if (plan) {
    tree.reusedFrom = previous!.serial;
    tree.keptLines = { before: kept, from: takenFrom ?? lines.length };
    tree.movedFrom = movedFrom;
  }
  if (plan && previous!.lineSecrets) carryLineSecrets(previous!, tree, kept, plan.sameEnd, replaced);
  if (plan) carryOutline(previous!, tree);
  return tree;
}


/**
 * A tree with every field a later stage may set, in one order: trees of one shape keep the code that reads them on
 * one hidden class. Fields added as they came (a re-parse's `movedFrom`, the secrets' lists) gave the first edit that
 * moved lines a tree of a shape not seen before, and V8 threw away the optimised code of the loaders that read it.
 */
function newTree(text: string, range: Span, lines: ConfLine[], problems: ParseProblem[]): ConfTree {
  return {
    text,
    range,
    lines,
    problems,
    lineSecrets: undefined,
    secretList: undefined,
    replacedSecrets: undefined,
    serial: ++treeSerial,
    reusedFrom: undefined,
    keptLines: undefined,
    movedFrom: undefined,
    firstOpenBlock: undefined,
    spent: undefined,
  };
}

/**
 * One tree given a value of each kind in the fields a re-parse sets, at load: a field of a shape that held only
 * `undefined` and then gets a number changes how V8 stores it, and one that held a single value is constant to the
 * code V8 optimised; a change of either throws that code away (the first edit that moved lines set `movedFrom` for
 * the first time, and some twenty loader functions ran slowly for edits after).
 */
const shaped = newTree("", { start: 0, end: 0 }, [], []);
shaped.movedFrom = shaped.firstOpenBlock = shaped.reusedFrom = 0;
shaped.movedFrom = shaped.firstOpenBlock = shaped.reusedFrom = undefined;
shaped.keptLines = { before: 0, from: 0 };
shaped.spent = true;

/** The line of a parsed tree that holds `offset` (its start to its end, break excluded), or undefined. */
export function confLineAt(lines: readonly ConfLine[], offset: number): ConfLine | undefined {
  let low = 0;
  let high = lines.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const line = lines[mid].line;
    if (offset < line.start) high = mid - 1;
    else if (offset > line.end) low = mid + 1;
    else return lines[mid];
  }
  return undefined;
}

function classifyLine(text: string, line: Span, scan: LineScan, problems: ParseProblem[]): ConfLine {
  if (!contentOf(text, scan)) return scan.comment ? { kind: "comment", line, comment: scan.comment } : { kind: "blank", line };
  const first = text.charCodeAt(scan.contentStart);
  if (first === 91 /* [ */) return parseHeader(text, line, contentSpan(scan), scan, problems);
  if (first === 35 /* # */) return parseDirective(text, line, contentSpan(scan), scan, problems);
  return parseAssignment(text, line, scan, problems);
}

function contentSpan(scan: LineScan): Span {
  return { start: scan.contentStart, end: scan.contentEnd };
}

function parseHeader(text: string, line: Span, content: Span, scan: LineScan, problems: ParseProblem[]): ConfLine {
  const close = text.indexOf("]", content.start + 1);
  if (close < 0 || close >= content.end) {
    problems.push({ kind: "header-unclosed-bracket", span: content, text: text.slice(content.start, content.end) });
    return { kind: "invalid", line, content, comment: scan.comment };
  }
  const nameSpan = { start: content.start + 1, end: close };
  const header: SectionHeader = {
    kind: "section",
    line,
    comment: scan.comment,
    name: text.slice(nameSpan.start, nameSpan.end),
    nameSpan,
    isTemplate: false,
    isAppend: false,
    bases: [],
  };
  if (nameSpan.end === nameSpan.start) {
    problems.push({ kind: "header-empty-name", span: { start: content.start, end: close + 1 }, text: "[]" });
  }
  const after = close + 1;
  if (after >= content.end) return header;
  if (text.charCodeAt(after) !== 40 /* ( */) {
    header.ignoredTail = { start: after, end: content.end };
    return header;
  }
  const closeParen = text.indexOf(")", after);
  if (closeParen < 0 || closeParen >= content.end) {
    problems.push({ kind: "header-unclosed-paren", span: { start: after, end: content.end }, text: text.slice(after, content.end) });
    return { kind: "invalid", line, content, comment: scan.comment };
  }
  header.optionsSpan = { start: after, end: closeParen + 1 };
  for (const option of splitOptions(text, after + 1, closeParen)) {
    if (option.text === "!") header.isTemplate = true;
    else if (option.text === "+") header.isAppend = true;
    else if (option.text.length > 0) header.bases.push(option);
  }
  if (closeParen + 1 < content.end) header.ignoredTail = { start: closeParen + 1, end: content.end };
  return header;
}

function splitOptions(text: string, from: number, to: number): HeaderOption[] {
  const options: HeaderOption[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || text.charCodeAt(i) === 44 /* , */) {
      const s = trimSpan(text, { start, end: i });
      options.push({ text: text.slice(s.start, s.end), span: s });
      start = i + 1;
    }
  }
  return options;
}

function parseDirective(text: string, line: Span, content: Span, scan: LineScan, problems: ParseProblem[]): Directive {
  let nameEnd = content.start + 1;
  while (nameEnd < content.end && !isBlank(text.charCodeAt(nameEnd)) && text.charCodeAt(nameEnd) !== 34 && text.charCodeAt(nameEnd) !== 60) nameEnd++;
  const nameSpan = { start: content.start + 1, end: nameEnd };
  const name = text.slice(nameSpan.start, nameSpan.end).toLowerCase();
  let argumentSpan = trimSpan(text, { start: nameEnd, end: content.end });
  const quote = text.charCodeAt(argumentSpan.start);
  const last = text.charCodeAt(argumentSpan.end - 1);
  if (argumentSpan.end - argumentSpan.start >= 2 && ((quote === 34 && last === 34) || (quote === 60 && last === 62))) {
    argumentSpan = { start: argumentSpan.start + 1, end: argumentSpan.end - 1 };
  }
  const argument = text.slice(argumentSpan.start, argumentSpan.end);
  if (!KNOWN_DIRECTIVES.has(name)) {
    problems.push({ kind: "directive-unknown", span: { start: content.start, end: nameEnd }, text: "#" + text.slice(nameSpan.start, nameSpan.end) });
  } else if (argument.length === 0) {
    problems.push({ kind: "directive-no-argument", span: { start: content.start, end: nameEnd }, text: "#" + name });
  }
  return { kind: "directive", line, comment: scan.comment, name, nameSpan, argument, argumentSpan };
}

/** An option line, its spans found with plain offsets (the nodes keep four spans; no others are made). */
function parseAssignment(text: string, line: Span, scan: LineScan, problems: ParseProblem[]): ConfLine {
  const contentStart = scan.contentStart;
  const contentEnd = scan.contentEnd;
  const eq = text.indexOf("=", contentStart);
  if (eq < 0 || eq >= contentEnd) {
    const content = contentSpan(scan);
    problems.push({ kind: "no-equals", span: content, text: text.slice(content.start, content.end) });
    return { kind: "invalid", line, content, comment: scan.comment };
  }
  let keyEnd = eq;
  let operatorStart = eq;
  let operatorEnd = eq + 1;
  let operator: Assignment["operator"] = "=";
  if (text.charCodeAt(eq + 1) === 62 /* > */ && eq + 1 < contentEnd) {
    operator = "=>";
    operatorEnd = eq + 2;
  }
  const keyTrimStart = skipBlanks(text, contentStart, keyEnd);
  const keyTrimEnd = trimEnd(text, keyTrimStart, keyEnd);
  if (keyTrimEnd > keyTrimStart && text.charCodeAt(keyTrimEnd - 1) === 43 /* + */ && operator === "=") {
    operator = "+=";
    operatorStart = keyTrimEnd - 1;
    keyEnd = operatorStart;
  }
  const keyStart = skipBlanks(text, contentStart, keyEnd);
  const keySpan = { start: keyStart, end: trimEnd(text, keyStart, keyEnd) };
  const valueStart = skipBlanks(text, operatorEnd, contentEnd);
  const valueEnd = trimEnd(text, valueStart, contentEnd);
  const valueSpan = valueEnd > valueStart ? { start: valueStart, end: valueEnd } : { start: operatorEnd, end: operatorEnd };
  const key = text.slice(keySpan.start, keySpan.end);
  if (key.length === 0) problems.push({ kind: "empty-key", span: contentSpan(scan), text: text.slice(contentStart, contentEnd) });
  return {
    kind: "option",
    line,
    comment: scan.comment,
    key,
    keySpan,
    operator,
    operatorSpan: { start: operatorStart, end: operatorEnd },
    value: valueText(text, valueSpan, scan),
    valueSpan,
    stepLine: undefined,
  };
}

/** The value Asterisk sees: a block comment in the middle removed, `\;` turned into `;`. */
function valueText(text: string, valueSpan: Span, scan: LineScan): string {
  let value = text.slice(valueSpan.start, valueSpan.end);
  const segments = scan.segments;
  if (scan.ends > 2 && scan.comment && scan.comment.start < valueSpan.end) {
    const parts: string[] = [];
    for (let i = 0; i < scan.ends; i += 2) {
      const start = Math.max(segments[i], valueSpan.start);
      const end = Math.min(segments[i + 1], valueSpan.end);
      if (end > start) parts.push(text.slice(start, end).trim());
    }
    value = parts.join(" ");
  }
  return scan.hasEscape ? value.replace(/\\;/g, ";") : value;
}

