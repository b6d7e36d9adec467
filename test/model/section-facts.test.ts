// Section facts across rebuilds: a unit rebuilt after an edit keeps the section objects whose lines did not change,
// and a section fact declared with `reads` is worked out again only when the section or what it reads changed
// (its templates, recursively; with `general` the unit's [general]); with `(+)` additions it is kept per unit.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Workspace } from "../../server/src/service/model/workspace";
import { positionFree, sectionFact, type SectionReads } from "../../server/src/service/model/unit-facts";
import { sectionShares } from "../../server/src/service/model/section-lists";
import { effectiveValue, type ConfUnit, type PlacedSection } from "../../server/src/service/model/units";
import { LanguageService } from "../../server/src/service/language-service";
import { sipUnitOf } from "../helpers";

const HOST = {};

/** The effective host of a section, as a section fact reading `reads`; `calls` records each computation. */
function hostFact(calls: string[], reads: SectionReads) {
  return (unit: ConfUnit, section: PlacedSection) =>
    sectionFact(
      unit,
      HOST,
      section,
      (u, s) => {
        calls.push(s.name);
        return effectiveValue(u, s, "host");
      },
      reads,
    );
}

const setUp = sipUnitOf;

const FILES = {
  "sip.conf": "[general]\ncontext=default\n#include tpl.conf\n#include peers-a.conf\n#include peers-b.conf\n",
  "tpl.conf": "[tpl](!)\nhost=10.0.0.1\n",
  "peers-a.conf": "[a1](tpl)\ntype=peer\n[a2]\nhost=10.0.0.2\n",
  "peers-b.conf": "[b1]\nhost=10.0.0.3\n",
};

test("an edit in one included file keeps the sections of the other files as the same objects", () => {
  const { ws, unit, section } = setUp(FILES);
  const before = unit();
  const a1 = section("a1");
  const b1 = section("b1");
  ws.setDocument("/ws/peers-b.conf", "[b1]\nhost=10.0.0.4\n");
  assert.notEqual(unit(), before, "the unit is rebuilt");
  assert.equal(section("a1"), a1);
  assert.notEqual(section("b1"), b1, "the edited file's section is new");
  assert.equal(section("a1").options[0].section, a1, "kept options still point at their section");
});

test("an inherited section fact survives edits elsewhere and is redone when the section or its template changes", () => {
  const { ws, unit, section } = setUp(FILES);
  const calls: string[] = [];
  const host = hostFact(calls, "inherited");
  const ask = () => ["a1", "a2", "b1"].map((name) => host(unit(), section(name)));
  assert.deepEqual(ask(), ["10.0.0.1", "10.0.0.2", "10.0.0.3"]);
  assert.deepEqual(calls.splice(0), ["a1", "a2", "b1"]);
  ws.setDocument("/ws/peers-b.conf", "[b1]\nhost=10.0.0.4\n");
  assert.deepEqual(ask(), ["10.0.0.1", "10.0.0.2", "10.0.0.4"]);
  assert.deepEqual(calls.splice(0), ["b1"], "only the edited section is worked out again");
  ws.setDocument("/ws/tpl.conf", "[tpl](!)\nhost=10.0.0.9\n");
  assert.deepEqual(ask(), ["10.0.0.9", "10.0.0.2", "10.0.0.4"]);
  assert.deepEqual(calls.splice(0), ["a1"], "the section whose template changed is worked out again");
  // A template of the same name defined earlier now wins: a1's base is another section, though a1 itself is kept.
  ws.setDocument("/ws/sip.conf", FILES["sip.conf"].replace("#include tpl.conf", "[tpl](!)\nhost=10.0.0.7\n#include tpl.conf"));
  assert.deepEqual(ask(), ["10.0.0.9", "10.0.0.2", "10.0.0.4"]);
  ws.setDocument("/ws/tpl.conf", "");
  assert.deepEqual(ask(), ["10.0.0.7", "10.0.0.2", "10.0.0.4"]);
});

test("a fact that reads [general] is redone when [general] changes; one that reads its own lines is not", () => {
  const { ws, unit, section } = setUp(FILES);
  const general: string[] = [];
  const own: string[] = [];
  const OWN = {};
  const GENERAL = {};
  const ask = () => {
    sectionFact(unit(), GENERAL, section("b1"), (_u, s) => general.push(s.name), "general");
    sectionFact(unit(), OWN, section("b1"), (_u, s) => own.push(s.name), "own");
  };
  ask();
  ws.setDocument("/ws/peers-a.conf", "[a1](tpl)\ntype=friend\n[a2]\nhost=10.0.0.2\n");
  ask();
  assert.deepEqual([general.length, own.length], [1, 1]);
  ws.setDocument("/ws/sip.conf", FILES["sip.conf"].replace("context=default", "context=other"));
  ask();
  assert.deepEqual([general.length, own.length], [2, 1]);
});

test("in a unit with (+) additions a section fact is kept for that unit object only", () => {
  const { ws, unit, section } = setUp({ ...FILES, "peers-b.conf": "[b1]\nhost=10.0.0.3\n[b1](+)\nhost=10.0.0.5\n" });
  const calls: string[] = [];
  const host = hostFact(calls, "inherited");
  assert.equal(host(unit(), section("a2")), "10.0.0.2");
  assert.equal(host(unit(), section("a2")), "10.0.0.2");
  ws.setDocument("/ws/tpl.conf", "[tpl](!)\nhost=10.0.0.9\n");
  assert.equal(host(unit(), section("a2")), "10.0.0.2");
  assert.deepEqual(calls, ["a2", "a2"]);
});

test("findings of a section rule are kept for unchanged sections and follow an edited template", () => {
  const service = new LanguageService();
  const files: Record<string, string> = {
    "/ws/sip.conf": "[general]\ncontext=default\n#include tpl.conf\n#include peers.conf\n",
    "/ws/tpl.conf": "[tpl](!)\ntype=peer\nqualify=yes\n",
    "/ws/peers.conf": "[p1](tpl)\nhost=10.0.0.1\nnat=force_rport\nnat=no\n[p2]\ntype=peer\nhostt=10.0.0.2\n",
  };
  for (const [uri, text] of Object.entries(files)) service.setDocument(uri, text);
  const codes = () => (service.allDiagnostics().get("/ws/peers.conf") ?? []).map((f) => f.code).sort();
  assert.deepEqual(codes(), ["peer/duplicate-key", "peer/unknown-option"]);
  // The template stops being a chan_sip peer type: p1's options are no longer judged as a peer's.
  service.setDocument("/ws/tpl.conf", "[tpl](!)\ntype=bogus\nqualify=yes\n");
  assert.deepEqual(codes(), ["peer/unknown-option"]);
  service.setDocument("/ws/tpl.conf", files["/ws/tpl.conf"]);
  assert.deepEqual(codes(), ["peer/duplicate-key", "peer/unknown-option"]);
});

test("a list of section shares re-does only the shares of changed sections, and works in units with (+) additions", () => {
  const { ws, unit } = setUp(FILES);
  const calls: string[] = [];
  const LIST = {};
  const hosts = () =>
    sectionShares(unit(), LIST, (u, s) => {
      calls.push(s.name);
      return effectiveValue(u, s, "host");
    }, "inherited");
  assert.deepEqual(hosts(), ["10.0.0.1", "10.0.0.1", "10.0.0.2", "10.0.0.3"]);
  assert.deepEqual(calls.splice(0), ["general", "tpl", "a1", "a2", "b1"]);
  ws.setDocument("/ws/peers-b.conf", "[b1]\nhost=10.0.0.4\n[b1](+)\nhost=10.0.0.5\n");
  // With (+) additions every share is worked out again for the new unit, and the list still comes out right.
  assert.deepEqual(hosts(), ["10.0.0.1", "10.0.0.1", "10.0.0.2", "10.0.0.5", "10.0.0.5"]);
  calls.splice(0);
  ws.setDocument("/ws/peers-b.conf", "[b1]\nhost=10.0.0.6\n");
  assert.deepEqual(hosts(), ["10.0.0.1", "10.0.0.1", "10.0.0.2", "10.0.0.6"]);
  assert.deepEqual(calls.splice(0), ["b1"], "the shares from before the (+) additions are still good");
  ws.setDocument("/ws/peers-a.conf", "[a1](tpl)\ntype=peer\n[a2]\nhost=10.0.0.8\n");
  assert.deepEqual(hosts(), ["10.0.0.1", "10.0.0.1", "10.0.0.8", "10.0.0.6"]);
  // The edit is in a2's line: a1, above it in the same file, keeps its parsed lines and so its share.
  assert.deepEqual(calls.splice(0), ["a2"]);
});

test("a section whose lines changed after its first ones is rebuilt with its own copies of every line", () => {
  const { ws, section } = setUp(FILES);
  const before = section("a1");
  // peers-b.conf is re-read with a line added to b1 and one taken from a2 (peers-a.conf): both sections are new.
  ws.setDocument("/ws/peers-a.conf", "[a1](tpl)\ntype=peer\n[a2]\n");
  ws.setDocument("/ws/peers-b.conf", "[b1]\nhost=10.0.0.3\nqualify=yes\n");
  assert.equal(section("a1"), before);
  for (const name of ["a2", "b1"]) {
    const fresh = section(name);
    assert.ok(fresh.options.every((option) => option.section === fresh), name);
  }
  assert.deepEqual(section("b1").options.map((o) => o.node.key), ["host", "qualify"]);
  assert.deepEqual(section("a2").options.map((o) => o.node.key), []);
});

test("an edit to one carrier record keeps the sections of the other carriers in VICIdial's generated units", () => {
  const carrier = (id: string, host: string) =>
    `carrier_id: ${id}\nprotocol: SIP\nserver_ip: 0.0.0.0\nactive: Y\n\n[[account_entry]]\n[${id}]\ntype=peer\nhost=${host}\n`;
  const ws = new Workspace();
  ws.setDocument("/ws/a.carrier", carrier("alpha", "10.0.0.1"));
  ws.setDocument("/ws/b.carrier", carrier("beta", "10.0.0.2"));
  const sipUnit = () => ws.units().find((u) => u.id === "vicidial:sip")!;
  const named = (name: string) => sipUnit().sections.find((s) => s.name === name)!;
  const alpha = named("alpha");
  const beta = named("beta");
  assert.ok(alpha && beta);
  ws.setDocument("/ws/b.carrier", carrier("beta", "10.0.0.3"));
  assert.equal(named("alpha"), alpha);
  assert.notEqual(named("beta"), beta);
  assert.equal(effectiveValue(sipUnit(), named("beta"), "host"), "10.0.0.3");
});

test("a section's memo lists are numbered per kind of fact: a placed fact's slot does not follow the count of position-free facts", () => {
  const { unit: unitNow, section } = setUp(FILES);
  const unit = unitNow();
  const a1 = section("a1");
  // Forty kinds of position-free facts asked of the section, then one fact that holds offsets.
  for (let i = 0; i < 40; i++) sectionFact(unit, positionFree({}), a1, () => i, "inherited");
  assert.equal(sectionFact(unit, {}, a1, (u, s) => s.name, "inherited"), "a1");
  const memo = (a1.memos as { values: unknown[]; placedValues?: unknown[] }[])[1];
  assert.ok(memo.values.length >= 40);
  // Only the few placed facts of the whole program number that list (each memo list held a slot per fact of any kind).
  assert.ok(memo.placedValues !== undefined && memo.placedValues.length < 40, `placed list of ${memo.placedValues?.length} slots`);
});
