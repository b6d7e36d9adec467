// Dialplan line structure: extension, caller-id, priority forms, labels, application and arguments.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseConf } from "../../server/src/service/parse/conf-parser";
import type { Assignment } from "../../server/src/service/parse/conf-syntax";
import { moveLine } from "../../server/src/service/parse/conf-reuse";
import { followLine, parseDialplanLine } from "../../server/src/service/parse/dialplan-syntax";
import { variableReferences, unbalancedOpeners } from "../../server/src/service/parse/variable-references";
import { isBlankAt, withoutBlanks } from "../../server/src/service/text/blanks";

function lineOf(source: string) {
  const text = "[ctx]\n" + source + "\n";
  const option = parseConf(text).lines.find((l): l is Assignment => l.kind === "option")!;
  return { text, line: parseDialplanLine(option, text) };
}

test("exten with pattern, label, application and arguments", () => {
  const { line } = lineOf("exten => _91NXX[2-9]XXXXXX,1(start),Dial(${TRUNK}/${EXTEN:2},${CAMPDTO},To)");
  assert.equal(line.extension?.text, "_91NXX[2-9]XXXXXX");
  assert.equal(line.priority?.kind, "number");
  assert.equal(line.priority?.value, 1);
  assert.equal(line.priority?.label?.text, "start");
  assert.equal(line.application?.text, "Dial");
  assert.deepEqual(line.arguments.map((a) => a.text), ["${TRUNK}/${EXTEN:2}", "${CAMPDTO}", "To"]);
});

test("same, n, s, +N, hint and label priorities", () => {
  assert.equal(lineOf("same => n,Hangup()").line.priority?.kind, "next");
  assert.equal(lineOf("same => s,NoOp(x)").line.priority?.kind, "same");
  assert.equal(lineOf("same => n+2,NoOp(x)").line.priority?.plus, 2);
  assert.equal(lineOf("exten => 100,hint,SIP/100").line.priority?.kind, "hint");
  assert.equal(lineOf("exten => 100,mylabel,NoOp()").line.priority?.kind, "label");
  assert.equal(lineOf("exten => 100,0x,NoOp()").line.priority?.kind, "invalid");
});

test("caller-id match, commas inside brackets, missing parts, unclosed paren, bare application", () => {
  assert.equal(lineOf("exten => 100/1234,1,NoOp(cid)").line.callerId?.text, "1234");
  assert.equal(lineOf("exten => _9[1,2]X,1,NoOp()").line.extension?.text, "_9[1,2]X");
  assert.deepEqual(lineOf("exten => 100,1").line.missingParts, ["application"]);
  assert.equal(lineOf("exten => 100,1,Dial(SIP/x,5").line.unclosedParen, true);
  const bare = lineOf("exten => 100,1,Hangup").line;
  assert.equal(bare.application?.text, "Hangup");
  assert.deepEqual(bare.arguments, []);
});

test("variable references with substring parts and functions", () => {
  const text = "${EXTEN:2:6} ${CALLERID(num)} ${BROKEN";
  const refs = variableReferences(text, { start: 0, end: text.length });
  assert.deepEqual(refs.map((r) => [r.name, r.offset?.text, r.length?.text, r.isFunction, r.unclosed]), [
    ["EXTEN", "2", "6", false, false],
    ["CALLERID", undefined, undefined, true, false],
    ["BROKEN", undefined, undefined, false, true],
  ]);
  assert.equal(unbalancedOpeners("$[1+(2", { start: 0, end: 6 }).length, 2);
});

test("fields are trimmed of any white space, and a priority's text stops before its label", () => {
  const { text, line } = lineOf("exten => \u00a0100 , 2 (top) ,\tNoOp(x)");
  assert.equal(line.extension?.text, "100");
  assert.equal(line.priority?.text, "2");
  assert.equal(text.slice(line.priority!.span.start, line.priority!.span.end), "2");
  assert.equal(line.priority?.label?.text, "top");
  assert.equal(line.application?.text, "NoOp");
  assert.equal(lineOf("same => N,NoOp(x)").line.priority?.kind, "next");
  assert.equal(lineOf("same => 007,NoOp(x)").line.priority?.value, 7);
  assert.equal(lineOf("same => (x),NoOp(x)").line.priority?.kind, "invalid");
});

test("white space is what the regex \\s reads, ASCII or not; withoutBlanks keeps a blank-free text as it is", () => {
  for (const c of [" ", "\t", "\n", "\v", "\f", "\r", "\u00a0", "\u2028", "\ufeff", "\u3000", "a", "-", "\u0085", "\u200b"]) {
    assert.equal(isBlankAt(c, 0), /\s/.test(c), JSON.stringify(c));
  }
  const plain = "_9NXX";
  assert.equal(withoutBlanks(plain), plain);
  assert.equal(withoutBlanks(" 9 \u00a0N\tXX "), "9NXX");
});

test("a line whose node moved further on follows it: it reads as the same line parsed where it now is", () => {
  const lines = [
    "exten => _91NXX[2-9]XXXXXX/100,1(start),Dial(${TRUNK}/${EXTEN:2},${CAMPDTO},To)",
    "same => n(next,Hangup(",
    "same => n+2,Set(A=${B})",
    "exten => 100,hint,SIP/100",
    "exten => 200",
    "include => other",
  ];
  const shift = "; seven\n".length;
  for (const source of lines) {
    const before = lineOf(source);
    const shifted = (() => {
      const text = "; seven\n[ctx]\n" + source + "\n";
      const option = parseConf(text).lines.find((l): l is Assignment => l.kind === "option")!;
      return parseDialplanLine(option, text);
    })();
    assert.equal(followLine(before.line), before.line, "unmoved: the same line, as it was");
    moveLine(before.line.option, shift);
    const followed = followLine(before.line);
    assert.equal(followed, before.line, "followed in place");
    const { option: _followedOption, ...followedRest } = followed;
    const { option: _shiftedOption, ...shiftedRest } = shifted;
    assert.deepEqual(followedRest, shiftedRest, source);
    assert.equal(followLine(followed), followed);
    assert.deepEqual(followed.arguments, shifted.arguments, "followed once, not twice");
  }
});
