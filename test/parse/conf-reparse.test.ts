// Re-parsing after an edit: given the previous tree, the lines before the edit keep their nodes, the lines after it
// too (moved in place, at new indexes when the edit added or removed lines), and the result is the same as a parse from scratch,
// whatever the edit (block comments, line breaks, CRLF, problems on kept lines). A re-parse may move the previous
// tree's nodes, so each re-parse here starts from a tree of its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseConf } from "../../server/src/service/parse/conf-parser";
import { commonPrefix, commonSuffix, commonSuffixBeyond, planReuse } from "../../server/src/service/parse/conf-reuse";
import { outlineOf } from "../../server/src/service/parse/conf-outline";

const BASE = [
  "[general]\r",
  "context=default",
  "[bad",
  "#include",
  "[peer1](!)",
  "host=10.0.0.1 ; note",
  ";-- a block",
  "comment --;",
  "secret=abc",
  "=novalue",
  "[peer2](peer1)",
  "allow=ulaw",
].join("\n");

/** Edits at every offset: insert a character, a line break, a block-comment opener; delete a character. */
function edits(text: string): string[] {
  const result: string[] = [];
  for (let at = 0; at <= text.length; at++) {
    result.push(text.slice(0, at) + "x" + text.slice(at));
    result.push(text.slice(0, at) + "\n" + text.slice(at));
    result.push(text.slice(0, at) + ";--" + text.slice(at));
    if (at < text.length) result.push(text.slice(0, at) + text.slice(at + 1));
    // Whole lines added and removed (a line's text and its break, or several lines).
    result.push(text.slice(0, at) + "a=1\n" + text.slice(at));
    result.push(text.slice(0, at) + "[s]\n;--\n" + text.slice(at));
    const end = text.indexOf("\n", at);
    if (end >= 0) result.push(text.slice(0, at) + text.slice(end + 1));
  }
  return result;
}

test("a re-parse with the previous tree equals a parse from scratch after any one edit", () => {
  for (const text of edits(BASE)) {
    const fresh = parseConf(text);
    const again = parseConf(text, undefined, parseConf(BASE));
    assert.deepEqual(again.lines, fresh.lines, JSON.stringify(text));
    assert.deepEqual(again.problems, fresh.problems, JSON.stringify(text));
    assert.equal(again.firstOpenBlock, fresh.firstOpenBlock, JSON.stringify(text));
  }
});

test("common prefix and suffix found by halving (the suffix also counted on from a limited one) agree with a character-by-character scan", () => {
  let seed = 3;
  const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  const scanPrefix = (a: string, b: string) => {
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    return i;
  };
  const scanSuffix = (a: string, b: string, limit: number) => {
    let i = 0;
    while (i < limit && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
    return i;
  };
  for (let round = 0; round < 3000; round++) {
    const a = Array.from({ length: next(40) }, () => "ab\n"[next(3)]).join("");
    let b = a;
    for (let k = next(3); k > 0; k--) {
      const at = next(b.length + 1);
      b = b.slice(0, at) + "abc"[next(3)] + b.slice(at + next(2));
    }
    const limit = next(Math.min(a.length, b.length) + 1);
    assert.equal(commonPrefix(a, b), scanPrefix(a, b), JSON.stringify([a, b]));
    assert.equal(commonSuffix(a, b, limit), scanSuffix(a, b, limit), JSON.stringify([a, b, limit]));
    // Counted on from a suffix found with a limit: the suffix with none.
    const whole = Math.min(a.length, b.length);
    assert.equal(commonSuffixBeyond(a, b, commonSuffix(a, b, limit)), scanSuffix(a, b, whole), JSON.stringify([a, b, limit]));
  }
});

test("the lines a re-parse may take over start at the first old line whose line break lies in the text both versions end with", () => {
  const previous = parseConf(BASE);
  for (const text of edits(BASE)) {
    const plan = planReuse(previous, text, []);
    // The common tail stops where the common head starts, unless the edit only added or removed text (then it may
    // reach into the head).
    const same = commonPrefix(BASE, text);
    const apart = commonSuffix(BASE, text, Math.min(BASE.length, text.length) - same);
    const sameEnd = same + apart === Math.min(BASE.length, text.length) ? commonSuffix(BASE, text) : apart;
    assert.equal(plan.sameEnd, sameEnd);
    assert.equal(plan.lineShift, text.split("\n").length - BASE.split("\n").length);
    // The definition, line by line from the end: lines whose break before them is in the common tail.
    let expected = previous.lines.length;
    const kept = Math.max(0, plan.resume === 0 ? 0 : previous.lines.findIndex((line) => line.line.start === plan.resume));
    while (expected > kept && previous.lines[expected - 1].line.start - 1 >= BASE.length - sameEnd) expected--;
    assert.equal(plan.tailFrom, expected, JSON.stringify(text));
  }
});

test("the lines before and after an edit within a line keep their nodes, those after it moved; the edited line is new", () => {
  const previous = parseConf(BASE);
  const oldLines = [...previous.lines];
  const starts = oldLines.map((line) => line.line.start);
  const at = BASE.indexOf("secret=abc");
  const tree = parseConf(BASE.slice(0, at) + "x" + BASE.slice(at), undefined, previous);
  const editedLine = starts.indexOf(at);
  for (let i = 0; i < oldLines.length; i++) {
    // Lines inside the `;--` block are parsed again (the parse resumes with no comment open).
    const kept = i !== editedLine && i < oldLines.findIndex((line) => line.opensBlock === true) || i > editedLine;
    assert.equal(tree.lines[i] === oldLines[i], kept, `line ${i}`);
    if (i > editedLine) assert.equal(tree.lines[i].line.start, starts[i] + 1, `line ${i} moved`);
  }
  assert.equal(tree.movedFrom, editedLine + 1);
  assert.equal(tree.reusedFrom, previous.serial);
  const again = parseConf(tree.text, undefined, tree);
  assert.equal(again.lines[0], tree.lines[0]);
  assert.equal(again.movedFrom, undefined, "the same text moves nothing");
});

test("an edit that adds or removes lines keeps the lines after it too, moved, one index further on or back", () => {
  for (const [added, lineShift] of [["x\n", 1], ["x\ny\n\n", 3]] as const) {
    const previous = parseConf(BASE);
    const oldLines = [...previous.lines];
    const starts = oldLines.map((line) => line.line.start);
    const at = BASE.indexOf("secret=abc");
    const editedLine = starts.indexOf(at);
    const text = BASE.slice(0, at) + added + BASE.slice(at);
    const tree = parseConf(text, undefined, previous);
    // Text added at the start of a line: that line is kept too (the break before it belongs to both versions).
    assert.equal(tree.movedFrom, editedLine + lineShift);
    for (let i = editedLine; i < oldLines.length; i++) {
      assert.equal(tree.lines[i + lineShift], oldLines[i], `line ${i}`);
      assert.equal(oldLines[i].line.start, starts[i] + added.length, `line ${i} moved`);
    }
    assert.deepEqual(tree.lines, parseConf(text).lines);
  }
  // A removed line: the lines after it come one index back.
  const previous = parseConf(BASE);
  const oldLines = [...previous.lines];
  const at = BASE.indexOf("secret=abc");
  const end = BASE.indexOf("\n", at) + 1;
  const text = BASE.slice(0, at) + BASE.slice(end);
  const tree = parseConf(text, undefined, previous);
  const removed = oldLines.findIndex((line) => line.line.start === at);
  for (let i = removed + 1; i < oldLines.length; i++) assert.equal(tree.lines[i - 1], oldLines[i], `line ${i}`);
  assert.deepEqual(tree.lines, parseConf(text).lines);
});

test("a tree whose nodes a re-parse moved is not re-parsed from again", () => {
  const previous = parseConf(BASE);
  const at = BASE.indexOf("[peer2]");
  parseConf(BASE.slice(0, at) + "x" + BASE.slice(at), undefined, previous);
  const text = BASE.replace("allow=ulaw", "allow=alaw");
  assert.deepEqual(parseConf(text, undefined, previous).lines, parseConf(text).lines);
});

test("an edit that moves no line takes the previous tree's lists over in place, and that tree is no basis for another parse", () => {
  const previous = parseConf(BASE);
  previous.lineSecrets = previous.lines.map((line) => [previous.text.slice(line.line.start, line.line.end)]);
  const { lines, lineSecrets } = previous;
  const text = BASE.replace("host=10.0.0.1", "host=10.0.0.2");
  const tree = parseConf(text, undefined, previous);
  assert.equal(tree.keptLines?.from, BASE.split("\n").indexOf("host=10.0.0.1 ; note") + 1, "the lines below the edit are taken over");
  assert.equal(tree.lines, lines, "the line list is the previous tree's, its replaced entry overwritten");
  assert.equal(tree.lineSecrets, lineSecrets, "so is the list of per-line secrets");
  assert.deepEqual(tree.lines, parseConf(text).lines);
  assert.equal(tree.lineSecrets![5], undefined, "the edited line's secrets are worked out again");
  assert.equal(previous.spent, true);
  assert.deepEqual(parseConf(BASE, undefined, previous).lines, parseConf(BASE).lines, "a parse over the spent tree starts from scratch");
});

/** Re-parses `text` over `previous`, whose lines hold their own text as secrets; returns the texts carried over. */
function carriedTexts(text: string): string[] {
  const previous = parseConf(BASE);
  previous.lineSecrets = previous.lines.map((line) => [previous.text.slice(line.line.start, line.line.end)]);
  const tree = parseConf(text, undefined, previous);
  assert.equal(tree.lineSecrets?.length, tree.lines.length);
  const carried: string[] = [];
  tree.lines.forEach((line, i) => {
    const secrets = tree.lineSecrets![i];
    if (!secrets) return;
    // What a line carries is what its old line held, and that is the line's own text now.
    assert.deepEqual(secrets, [text.slice(line.line.start, line.line.end)]);
    carried.push(secrets[0]);
  });
  return carried;
}

test("a re-parse carries each line's secrets for the lines before the edit and those below it that read the same", () => {
  const at = BASE.indexOf("secret=abc");
  const carried = carriedTexts(BASE.slice(0, at) + "x" + BASE.slice(at));
  // Before the edit: the lines kept up to the block comment; the block's lines and the edited line are parsed anew.
  assert.deepEqual(carried, ["[general]", "context=default", "[bad", "#include", "[peer1](!)", "host=10.0.0.1 ; note", "=novalue", "[peer2](peer1)", "allow=ulaw"]);
  // A line break added high up: every line below it is carried too.
  const top = BASE.indexOf("[bad");
  assert.equal(carriedTexts(BASE.slice(0, top) + "\n" + BASE.slice(top)).length, parseConf(BASE).lines.length);
});

test("a line below the edit is not carried when the edit opens or closes a block comment before it", () => {
  const at = BASE.indexOf("=novalue");
  // `;--` now opens a block that runs to the end: the lines after it read the same text but are comment now.
  assert.deepEqual(carriedTexts(BASE.slice(0, at) + ";--" + BASE.slice(at)), ["[general]", "context=default", "[bad", "#include", "[peer1](!)", "host=10.0.0.1 ; note"]);
  // Deleting the `--;` that closed the block: `secret=abc` and what follows are comment now, and not carried.
  const close = BASE.indexOf("--;");
  assert.deepEqual(carriedTexts(BASE.slice(0, close) + BASE.slice(close + 3)), ["[general]", "context=default", "[bad", "#include", "[peer1](!)", "host=10.0.0.1 ; note"]);
});

/**
 * `rounds` pairs of texts made of `pieces` (lines), the second one edited: a piece appended to a line, a line replaced,
 * inserted or removed. Seeded, so a failure names texts that come back.
 */
function randomEdits(pieces: string[], seed: number, rounds: number): { text: string; now: string }[] {
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const piece = () => pieces[next(pieces.length)];
  return Array.from({ length: rounds }, () => {
    const lines = Array.from({ length: 6 + next(14) }, piece);
    const edited = [...lines];
    const at = next(edited.length);
    const kind = next(4);
    if (kind === 0) edited[at] += piece();
    else if (kind === 1) edited[at] = piece();
    else if (kind === 2) edited.splice(at, 0, piece());
    else edited.splice(at, 1);
    return { text: lines.join("\n") + "\n", now: edited.join("\n") + "\n" };
  });
}

test("what a re-parse carries holds for every line after any edit: random edits over comments, blocks and tails", () => {
  const pieces = ["[s]", "secret=abc", "; note", ";-- block", "--;", "host=h", "", "  key = value ; c", "register => u:p@h"];
  for (const { text, now } of randomEdits(pieces, 11, 300)) {
    const previous = parseConf(text);
    previous.lineSecrets = previous.lines.map((line) => [previous.text.slice(line.line.start, line.line.end)]);
    const tree = parseConf(now, undefined, previous);
    assert.equal(tree.lineSecrets?.length, tree.lines.length);
    tree.lines.forEach((line, i) => {
      const secrets = tree.lineSecrets![i];
      if (secrets) assert.deepEqual(secrets, [now.slice(line.line.start, line.line.end)], JSON.stringify({ text, now, i }));
    });
  }
});

test("a re-parse's outline carried from the previous tree equals a fresh tree's, after random edits", () => {
  const pieces = ["[s]", "[t](!)", "secret=abc", "; note", ";-- block", "--;", "#include other.conf", "", "  key = value", "#exec x", "[broken", " [also"];
  for (const { text, now } of randomEdits(pieces, 23, 400)) {
    const previous = parseConf(text);
    outlineOf(previous);
    assert.deepEqual(outlineOf(parseConf(now, undefined, previous)), outlineOf(parseConf(now)), JSON.stringify({ text, now }));
  }
  // The first line with content edited into a comment: the first content is now in the lines taken over.
  const before = parseConf("; top\nkey=1\n[s]\nx=2\n");
  outlineOf(before);
  const after = parseConf("; top\n; c=1\n[s]\nx=2\n", undefined, before);
  assert.equal(after.keptLines?.from, 2, "the tail is taken over");
  assert.deepEqual(outlineOf(after), { firstContent: 2, sections: [2], directives: [], brokenHeaders: [] });
  // A header left unclosed below the edit: carried at its new index, as a line added above moved it.
  const unclosed = parseConf("[s]\nx=1\n[broken\ny=2\n");
  outlineOf(unclosed);
  const below = parseConf("[s]\nx=1\nz=3\n[broken\ny=2\n", undefined, unclosed);
  assert.equal(below.keptLines?.from, 3, "the tail is taken over");
  assert.deepEqual(outlineOf(below).brokenHeaders, [3]);
});

test("every tree has the fields of every other, in one order: a first parse, a re-parse, one that moved lines", () => {
  // Trees of one shape keep the code V8 optimised over the first analysis valid after an edit: a field added by a
  // re-parse (movedFrom, keptLines) gave the tree of the first edit that moved lines another hidden class.
  const first = parseConf(BASE);
  const fields = Object.keys(first);
  const sameLength = parseConf(BASE.replace("abc", "abd"), undefined, parseConf(BASE));
  const moved = parseConf(BASE.replace("context=default", "context=defaults"), undefined, parseConf(BASE));
  const linesAdded = parseConf(BASE.replace("allow=ulaw", "allow=ulaw\nallow=alaw").replace("[bad", "[bad\n"), undefined, parseConf(BASE));
  assert.ok(moved.movedFrom !== undefined && sameLength.reusedFrom !== undefined, "the re-parses reused the previous trees");
  for (const tree of [sameLength, moved, linesAdded]) assert.deepEqual(Object.keys(tree), fields);
});
