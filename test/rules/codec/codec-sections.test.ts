// The codec rules per section: after an edit to one included file, the findings on the sections of the other files
// are kept (the very same objects), and no-common-codec keeps each unchanged peer's share; findings still follow an
// edit to a template or [general] the sections read, and a line read by several sections is still reported once.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Workspace } from "../../../server/src/service/model/workspace";
import { RuleRunner } from "../../../server/src/service/rules/run";
import { codecRules } from "../../../server/src/service/rules/codec";
import { noCommonCodec } from "../../../server/src/service/rules/codec/no-common-codec";
import type { Finding } from "../../../server/src/service/rules/types";
import { assertLines, lint, WS } from "../../helpers";

const PEERS_A = [
  "[a1]",
  "type=peer",
  "host=10.0.0.1",
  "allow=g711u",
  "allow=",
  "allow=alaw:abc",
  "allow=ulaw",
  "allow+=alaw",
  "allow=gsm",
  "disallow=gsm",
  "[a2](tpl)",
  "type=peer",
  "host=10.0.0.2",
  "disallow=all",
  "",
].join("\n");

const FILES: Record<string, string> = {
  "sip.conf": "[general]\ndisallow=all\nallow=ulaw\n#include tpl.conf\n#include peers-a.conf\n#include peers-b.conf\n",
  "tpl.conf": "[tpl](!)\nallow=gsm\n",
  "peers-a.conf": PEERS_A,
  "peers-b.conf": "[b1]\ntype=peer\nhost=10.0.0.3\nallow=g723.1\n",
};

function setUp(files: Record<string, string>, rules = codecRules) {
  const ws = new Workspace();
  for (const [name, text] of Object.entries(files)) ws.setDocument(WS + name, text);
  const runner = new RuleRunner(rules);
  const findings = (name: string): Finding[] => runner.run(ws).get(WS + name) ?? [];
  return { ws, findings };
}

const codes = (findings: Finding[]) => findings.map((f) => f.code).sort();

test("an edit in one included file keeps the codec findings of the other files' sections", () => {
  const { ws, findings } = setUp(FILES);
  const before = findings("peers-a.conf");
  assert.deepEqual(codes(before), [
    "codec/bad-packetization",
    "codec/both-allowed-and-disallowed",
    "codec/concatenated-append",
    "codec/empty-allow",
    "codec/nothing-allowed",
    "codec/unknown-name",
  ]);
  assert.deepEqual(codes(findings("peers-b.conf")), ["codec/unknown-name"]);
  ws.setDocument(WS + "peers-b.conf", "[b1]\ntype=peer\nhost=10.0.0.3\nallow=g729a\n");
  const after = findings("peers-a.conf");
  assert.equal(after.length, before.length);
  after.forEach((finding, i) => assert.equal(finding, before[i], `${finding.code} is the finding of the last run`));
  assert.match(findings("peers-b.conf")[0].message, /'g729a'/, "the edited file's section is checked again");
});

test("the findings of a section follow an edit to its template", () => {
  const { ws, findings } = setUp(FILES);
  const nothing = () => findings("peers-a.conf").filter((f) => f.code === "codec/nothing-allowed");
  assert.equal(nothing().length, 1, "a2's own disallow=all comes after its template's allow");
  ws.setDocument(WS + "tpl.conf", "[tpl](!)\ndisallow=all\n");
  assert.equal(nothing().length, 1);
  ws.setDocument(WS + "peers-a.conf", PEERS_A.replace("[a2](tpl)\ntype=peer\nhost=10.0.0.2\ndisallow=all", "[a2](tpl)\ntype=peer\nhost=10.0.0.2"));
  assert.match(nothing()[0]?.message ?? "", /takes from its template/, "the template's disallow=all now wipes a2");
  ws.setDocument(WS + "tpl.conf", "[tpl](!)\nallow=gsm\n");
  assert.equal(nothing().length, 0);
});

test("no-common-codec keeps the share of a peer whose section did not change and follows an edited [general]", () => {
  const files = {
    "sip.conf": "[general]\ndisallow=all\nallow=ulaw\n#include a.conf\n#include b.conf\n",
    "a.conf": "[a1]\ntype=peer\nhost=10.0.0.1\ndisallow=all\nallow=g729\n",
    "b.conf": "[b1]\ntype=peer\nhost=10.0.0.2\n",
  };
  const { ws, findings } = setUp(files, [noCommonCodec]);
  const [before] = findings("a.conf");
  assert.match(before.message, /replaces the \[general\] codec list/);
  ws.setDocument(WS + "b.conf", "[b1]\ntype=peer\nhost=10.0.0.3\n");
  const [after] = findings("a.conf");
  assert.equal(after.message, before.message);
  assert.equal(after.related?.[0], before.related?.[0], "the reason is the one worked out for the unchanged peer");
  ws.setDocument(WS + "sip.conf", files["sip.conf"].replace("allow=ulaw", "allow=g729"));
  assert.deepEqual(findings("a.conf"), [], "[general] now allows g729 too");
});

test("a line several sections read is reported once: templates, (+) additions and a VICIdial template", () => {
  const template = "[tpl](!)\nallow=g711u\nallow+=,gsm:x\n[p1](tpl)\ntype=peer\n[p2](tpl)\ntype=peer\n";
  let findings = lint({ "sip.conf": template });
  assertLines(findings, "codec/unknown-name", [2]);
  assertLines(findings, "codec/bad-packetization", [3]);
  findings = lint({ "sip.conf": template + "[p1](+)\nallow+=g722\nallow=,\n" });
  assertLines(findings, "codec/unknown-name", [2]);
  assertLines(findings, "codec/empty-allow", [10]);
  const carrier = (id: string) => `carrier_id: ${id}\nprotocol: SIP\ntemplate_id: T1\n[[account_entry]]\n[${id}]\ntype=peer\nhost=10.0.0.1\n`;
  findings = lint({
    "sip.conf": "[general]\n#include sip-vicidial.conf\n",
    "a.carrier": carrier("a1"),
    "b.carrier": carrier("b1"),
    "t.conftemplate": "template_id: T1\n[[template_contents]]\nallow=g711u\n",
  });
  assertLines(findings, "codec/unknown-name", ["t.conftemplate:3"]);
});
