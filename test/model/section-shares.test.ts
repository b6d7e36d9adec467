// Unit-wide lists made of section shares: the peers register lines pair with, the register lines, and what
// auth/missing-context, peer/duplicate-section, peer/nat-differs, peer/missing-type (the object sections) and
// codec/allow-wiped know of each section. After an edit to one included file, the sections of the other files keep
// their shares (the same objects, not worked out again), and the findings still follow an edit to a template those
// unchanged sections inherit, or to the identify that names one.
import { test } from "node:test";
import assert from "node:assert/strict";
import { WS, findingsOf, withCode, workspaceOf } from "../helpers";
import { peerShare, registerPeerPairs } from "../../server/src/service/model/register-peers";
import { registerOptions } from "../../server/src/service/model/register-options";
import { sectionCandidate } from "../../server/src/service/rules/auth/missing-context";
import { checkedSection } from "../../server/src/service/rules/peer/duplicate-section";
import type { ConfUnit } from "../../server/src/service/model/units";
import type { LanguageService } from "../../server/src/service/language-service";

const FILES = {
  "sip.conf": "[general]\ncontext=default\nnat=force_rport\nregister => user1:pw@trunk1\n#include tpl.conf\n#include peers-a.conf\n#include peers-b.conf\n",
  "tpl.conf": "[tpl](!)\ntype=peer\ninsecure=port,invite\n",
  "peers-a.conf": "[trunk1](tpl)\nhost=10.0.0.1\ncontext=from-trunk\n\n[trunk2](tpl)\nhost=10.0.0.2\n",
  "peers-b.conf": "[b1]\ntype=peer\nhost=10.0.0.3\nnat=no\n",
};

function sip(service: LanguageService): ConfUnit {
  const unit = service.workspace.units().find((u) => u.root === WS + "sip.conf");
  assert.ok(unit);
  return unit;
}

function sectionOf(service: LanguageService, name: string) {
  const section = sip(service).sections.find((s) => s.name === name);
  assert.ok(section, name);
  return section;
}

/** The findings of one rule as `file:line`. */
function lines(service: LanguageService, code: string): string[] {
  return withCode(findingsOf(service), code).map((f) => `${f.file}:${f.line}`).sort();
}

test("an edit to one included file keeps the shares of the other files' sections", () => {
  const service = workspaceOf(FILES);
  const ask = (name: string) => {
    const unit = sip(service);
    const section = sectionOf(service, name);
    return { peer: peerShare(unit, section), candidate: sectionCandidate(unit, section), checked: checkedSection(unit, section) };
  };
  const trunk1 = ask("trunk1");
  const trunk2 = ask("trunk2");
  const b1 = ask("b1");
  const registers = registerOptions(sip(service), service.workspace);
  assert.equal(trunk1.peer?.host, "10.0.0.1");
  assert.equal(trunk2.candidate?.kind, "peer", "trunk2 has no context");
  assert.equal(trunk1.candidate, undefined, "trunk1 has one");
  assert.equal(registerPeerPairs(service.workspace)[0]?.peer, sectionOf(service, "trunk1"));

  service.setDocument(WS + "peers-b.conf", FILES["peers-b.conf"].replace("10.0.0.3", "10.0.0.4"));
  const after = (name: string) => ask(name);
  assert.equal(after("trunk1").peer, trunk1.peer, "the peer share of an unchanged section is kept");
  assert.equal(after("trunk1").checked, trunk1.checked);
  assert.equal(after("trunk2").candidate, trunk2.candidate, "so is its missing-context candidate");
  assert.notEqual(after("b1").peer, b1.peer, "the edited file's sections are worked out again");
  assert.equal(after("b1").peer?.host, "10.0.0.4");
  assert.notEqual(after("b1").checked, b1.checked);
  const registersAfter = registerOptions(sip(service), service.workspace);
  assert.equal(registersAfter, registers, "the unit's list keeps its identity while its register lines are the same");
  assert.equal(registersAfter[0], registers[0], "the register line of the unchanged [general] is kept");
  assert.equal(registerPeerPairs(service.workspace)[0]?.peer, sectionOf(service, "trunk1"));
  // A line above the register line grows: the register line moved, so it is parsed anew and the list is new.
  service.setDocument(WS + "sip.conf", FILES["sip.conf"].replace("nat=force_rport", "nat=force_rport,comedia"));
  const moved = registerOptions(sip(service), service.workspace);
  assert.notEqual(moved, registers);
  assert.notEqual(moved[0], registers[0]);
  assert.equal(moved[0].line.parts[0].span.start, registers[0].line.parts[0].span.start + ",comedia".length);
});

test("a rebuilt unit whose register sections are the same and did not move takes the previous list without a look at its lines", async () => {
  const { PlacedMemo } = await import("../../server/src/service/util/placed-memo");
  const many = { ...FILES, "sip.conf": FILES["sip.conf"].replace("register => user1:pw@trunk1\n", Array.from({ length: 50 }, (_, i) => `register => u${i}:pw@trunk1\n`).join("")) };
  const service = workspaceOf(many);
  const before = registerOptions(sip(service), service.workspace);
  assert.equal(before.length, 50);
  const lookups = () => {
    // Each register line's parsed form is looked up by its line (a PlacedMemo): count those look-ups.
    const get = PlacedMemo.prototype.get;
    let count = 0;
    PlacedMemo.prototype.get = function (this: unknown, key: object) {
      count++;
      return get.call(this, key);
    } as typeof get;
    try {
      return { list: registerOptions(sip(service), service.workspace), count };
    } finally {
      PlacedMemo.prototype.get = get;
    }
  };
  service.setDocument(WS + "peers-b.conf", many["peers-b.conf"].replace("10.0.0.3", "10.0.0.4"));
  const kept = lookups();
  assert.equal(kept.list, before);
  assert.ok(kept.count < 5, `${kept.count} look-ups`);
  // The register lines moved: each is looked up, and the list is new, at the new offsets.
  service.setDocument(WS + "sip.conf", many["sip.conf"].replace("nat=force_rport", "nat=force_rport,comedia"));
  const moved = lookups();
  assert.ok(moved.count >= 50, `${moved.count} look-ups`);
  assert.notEqual(moved.list, before);
  assert.equal(moved.list[49].line.parts[0].span.start, before[49].line.parts[0].span.start + ",comedia".length);
});

test("findings of unchanged sections follow an edit to the template they inherit", () => {
  const service = workspaceOf(FILES);
  assert.deepEqual(lines(service, "auth/missing-context"), ["peers-a.conf:5"]);
  assert.deepEqual(lines(service, "peer/nat-differs"), ["peers-b.conf:4"]);

  service.setDocument(WS + "tpl.conf", FILES["tpl.conf"] + "context=from-tpl\nnat=no\n");
  assert.deepEqual(lines(service, "auth/missing-context"), [], "trunk2 inherits a context now");
  assert.deepEqual(lines(service, "peer/nat-differs"), ["peers-b.conf:4", "tpl.conf:5", "tpl.conf:5"], "the template's nat= reaches trunk1 and trunk2");

  service.setDocument(WS + "tpl.conf", FILES["tpl.conf"]);
  assert.deepEqual(lines(service, "auth/missing-context"), ["peers-a.conf:5"]);
  assert.deepEqual(lines(service, "peer/nat-differs"), ["peers-b.conf:4"]);
});

test("a duplicate in an edited file is found against an unchanged section", () => {
  const service = workspaceOf(FILES);
  assert.deepEqual(lines(service, "peer/duplicate-section"), []);
  service.setDocument(WS + "peers-a.conf", FILES["peers-a.conf"] + "\n[b1]\ntype=friend\n");
  assert.deepEqual(lines(service, "peer/duplicate-section"), ["peers-b.conf:1"]);
});

test("a hand-written endpoint follows the identify object that makes it a trunk, in another file", () => {
  const service = workspaceOf({
    "pjsip.conf": "[ep1]\ntype=endpoint\naors=ep1\n#include ids.conf\n",
    "ids.conf": "[ep1-id]\ntype=identify\nendpoint=ep1\nmatch=10.0.0.9\n",
  });
  assert.deepEqual(lines(service, "auth/missing-context"), ["pjsip.conf:1"]);
  service.setDocument(WS + "ids.conf", "[ep1-id]\ntype=identify\nendpoint=ep2\nmatch=10.0.0.9\n");
  assert.deepEqual(lines(service, "auth/missing-context"), [], "no identify names ep1 any more");
  service.setDocument(WS + "ids.conf", "[ep1-id]\ntype=identify\nendpoint=EP1\nmatch=10.0.0.9\n");
  assert.deepEqual(lines(service, "auth/missing-context"), ["pjsip.conf:1"]);
});

test("peer/missing-type follows an edit to the template an unchanged peer inherits its type from", () => {
  const service = workspaceOf({ ...FILES, "tpl.conf": "[tpl](!)\ninsecure=port,invite\n" });
  assert.deepEqual(lines(service, "peer/missing-type"), ["peers-a.conf:1", "peers-a.conf:5"]);
  service.setDocument(WS + "tpl.conf", FILES["tpl.conf"]);
  assert.deepEqual(lines(service, "peer/missing-type"), [], "trunk1 and trunk2 inherit type=peer now");
  service.setDocument(WS + "tpl.conf", "[tpl](!)\ninsecure=port,invite\n");
  assert.deepEqual(lines(service, "peer/missing-type"), ["peers-a.conf:1", "peers-a.conf:5"]);
});

test("peer/missing-type offers a PJSIP type only while no other object of the name has it, in another file", () => {
  const service = workspaceOf({ "pjsip.conf": "[ep1]\ntype=endpoint\naors=ep1\n#include more.conf\n", "more.conf": "[ep1]\nmax_contacts=1\n" });
  const types = () => withCode(findingsOf(service), "peer/missing-type").map((f) => f.data?.types);
  assert.deepEqual(types(), [["aor"]]);
  service.setDocument(WS + "pjsip.conf", "[ep1]\ntype=aor\ncontact=sip:10.0.0.1\n#include more.conf\n");
  assert.deepEqual(types(), [[]], "ep1 is an aor already: adding type=aor would make a second one");
  service.setDocument(WS + "pjsip.conf", "[ep1]\ntype=endpoint\naors=ep1\n#include more.conf\n");
  assert.deepEqual(types(), [["aor"]]);
});

test("codec/allow-wiped follows an edit that moves a peer's disallow=all after its allow lines, in an unchanged file's neighbour", () => {
  const service = workspaceOf(FILES);
  assert.deepEqual(lines(service, "codec/allow-wiped"), []);
  service.setDocument(WS + "peers-b.conf", FILES["peers-b.conf"] + "allow=gsm\ndisallow=all\nallow=ulaw\n");
  assert.deepEqual(lines(service, "codec/allow-wiped"), ["peers-b.conf:5"]);
  service.setDocument(WS + "peers-b.conf", FILES["peers-b.conf"] + "disallow=all\nallow=gsm\nallow=ulaw\n");
  assert.deepEqual(lines(service, "codec/allow-wiped"), []);
});
