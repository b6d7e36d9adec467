// Syntax rules: positive and negative cases, with Asterisk's consequence in the message.
import { test } from "node:test";
import assert from "node:assert/strict";
import { applyFix, assertLines, fixesFor, lint, workspaceOf } from "../helpers";

test("unclosed header and options are errors with fixes", () => {
  const files = { "sip.conf": "[general]\n[peer1\ntype=friend\n[p2](tmpl\n" };
  const findings = lint(files);
  assertLines(findings, "syntax/unclosed-header", [2]);
  assertLines(findings, "syntax/unclosed-options", [4]);
  const service = workspaceOf(files);
  assert.equal(applyFix(service, fixesFor(service, "syntax/unclosed-header")[0])["sip.conf"], "[general]\n[peer1]\ntype=friend\n[p2](tmpl\n");
});

test("option before any section: error in a main file, note in a fragment", () => {
  assertLines(lint({ "sip.conf": "bindport=5060\n[general]\n" }), "syntax/option-before-section", [1]);
  const fragment = lint({ "sip-custom.conf": "register => a:b@c\n[peer]\ntype=peer\n" });
  assert.equal(fragment.find((f) => f.code === "syntax/option-before-section")?.severity, "information");
});

test("missing include is an error; tryinclude and VICIdial generated files are fine", () => {
  const findings = lint({ "sip.conf": "[general]\n#include nosuch.conf\n#tryinclude other.conf\n#include sip-vicidial.conf\n" });
  assertLines(findings, "syntax/missing-include", [2]);
});

test("an included file's lines continue the including section", () => {
  const findings = lint({
    "sip.conf": "[general]\n#include peers.conf\n",
    "peers.conf": "register => u:p@h\n[peer1]\ntype=friend\n",
  });
  assertLines(findings, "syntax/missing-include", []);
  assertLines(findings, "syntax/option-before-section", []);
});

test("inheritance from a missing template and (+) on a missing section", () => {
  const findings = lint({ "sip.conf": "[general]\n[p1](missing)\ntype=friend\n[t](!)\n[p2](t)\n[nosuch](+)\nx=1\n[p2](+)\ny=2\n" });
  assertLines(findings, "syntax/missing-base", [2]);
  assertLines(findings, "syntax/append-missing", [6]);
});

test("line without '=' and unknown directive", () => {
  const findings = lint({ "sip.conf": "[general]\njustsometext\n#includ x.conf\n" });
  assertLines(findings, "syntax/missing-equals", [2]);
  assertLines(findings, "syntax/unknown-directive", [3]);
});

test("carrier files: unknown and repeated fields", () => {
  const findings = lint({ "a.carrier": "carrier_id: A1\ncarrier_idd: x\ncarrier_id: A2\nrandom text\n[[account_entry]]\n[a1]\ntype=peer\n" });
  assertLines(findings, "syntax/record-field", [2, 3, 4]);
});

test("an unrecognised file is linted as part of the conf file that includes it, and left alone otherwise", () => {
  const findings = lint({
    "sip.conf": "[general]\n#include trunks.conf\n",
    "trunks.conf": "[b]\ntype=peer\nhost=192.0.2.1\nsecert=x\njunk line\n",
    "notes.conf": "[c]\njunk line\n",
  });
  assertLines(findings, "peer/unknown-option", ["trunks.conf:4"]);
  assertLines(findings, "syntax/missing-equals", ["trunks.conf:5"]);
});
