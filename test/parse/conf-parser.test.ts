// Parser tests: token offsets, comments, headers, operators, recovery.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseConf } from "../../server/src/service/parse/conf-parser";
import type { Assignment, SectionHeader } from "../../server/src/service/parse/conf-syntax";

const slice = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

test("key/value lines keep offsets for key, operator and value", () => {
  const text = "[peer1]\nhost = 10.0.0.1 ; comment\nregister => u:p@h\nallow+=alaw\n";
  const tree = parseConf(text);
  const [header, host, register, allow] = tree.lines as [SectionHeader, Assignment, Assignment, Assignment];
  assert.equal(header.kind, "section");
  assert.equal(header.name, "peer1");
  assert.equal(slice(text, host.keySpan), "host");
  assert.equal(host.value, "10.0.0.1");
  assert.equal(slice(text, host.comment!), "; comment");
  assert.equal(register.operator, "=>");
  assert.equal(register.value, "u:p@h");
  assert.equal(allow.operator, "+=");
  assert.equal(allow.key, "allow");
  assert.deepEqual(tree.problems, []);
});

test("escaped semicolons stay in the value, block comments nest and ;--- is not a block", () => {
  const text = "[a]\nsecret=abc\\;def\n;-- outer ;-- inner --; still --;\nx=1\n;--- not a block\ny=2\n";
  const tree = parseConf(text);
  const options = tree.lines.filter((l): l is Assignment => l.kind === "option");
  assert.deepEqual(options.map((o) => [o.key, o.value]), [["secret", "abc;def"], ["x", "1"], ["y", "2"]]);
});

test("multi-line block comments hide the lines inside", () => {
  const tree = parseConf(";--\n[hidden]\ntype=friend\n--;\n[shown]\n");
  const sections = tree.lines.filter((l) => l.kind === "section") as SectionHeader[];
  assert.deepEqual(sections.map((s) => s.name), ["shown"]);
});

test("header options: template, bases, append, ignored tail", () => {
  const tree = parseConf("[t](!)\n[p](t, base2)\n[p](+)\n[q] (t)\n");
  const [t, p, append, q] = tree.lines as SectionHeader[];
  assert.equal(t.isTemplate, true);
  assert.deepEqual(p.bases.map((b) => b.text), ["t", "base2"]);
  assert.equal(append.isAppend, true);
  assert.deepEqual(q.bases, []);
  assert.ok(q.ignoredTail);
});

test("broken lines become problems and parsing continues at the next line", () => {
  const tree = parseConf("[peer1\n[p](t\njunk\n#bogus x\n#include\n[ok]\nk=v\n");
  assert.deepEqual(tree.problems.map((p) => p.kind), [
    "header-unclosed-bracket",
    "header-unclosed-paren",
    "no-equals",
    "directive-unknown",
    "directive-no-argument",
  ]);
  assert.equal(tree.lines.at(-2)?.kind, "option");
  assert.equal(tree.lines.at(-1)?.kind, "blank");
});

test("BOM, CRLF and an unterminated block comment", () => {
  const text = "\uFEFF[general]\r\ncontext=bomgen\r\n;-- never closed\r\n[x]\r\n";
  const tree = parseConf(text);
  const first = tree.lines[0] as SectionHeader;
  assert.equal(first.name, "general");
  const option = tree.lines[1] as Assignment;
  assert.equal(option.value, "bomgen");
  assert.equal(slice(text, option.line), "context=bomgen");
  assert.deepEqual(tree.problems.map((p) => p.kind), ["block-comment-unclosed"]);
});

test("directives strip quotes and angle brackets", () => {
  const tree = parseConf('#include "sip-vicidial.conf"\n#tryinclude <extra.conf>\n');
  assert.deepEqual(tree.lines.filter((l) => l.kind !== "blank").map((l) => (l.kind === "directive" ? [l.name, l.argument] : [])), [
    ["include", "sip-vicidial.conf"],
    ["tryinclude", "extra.conf"],
  ]);
});

test("never throws on arbitrary input", () => {
  const alphabet = "[]()=>+;-\\#!\n\r\t abc,";
  let seed = 7;
  for (let n = 0; n < 300; n++) {
    let text = "";
    for (let i = 0; i < 60; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      text += alphabet[seed % alphabet.length];
    }
    const tree = parseConf(text);
    assert.ok(tree.lines.length >= 1);
  }
});

test("a line that leaves a ';--' block comment open is marked, so fixes do not add lines after it", () => {
  const tree = parseConf("[a] ;-- open\nhidden\n--;\nx=1 ;-- closed --;\ny=2 ;-- open\n--; z=3\n");
  assert.deepEqual(tree.lines.map((l) => l.opensBlock === true), [true, true, false, false, true, false, false]);
});
