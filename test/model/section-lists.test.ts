// Per-unit lists of section facts across rebuilds: the list of a rebuilt unit takes the previous build's value for
// every section that is the same object at the same place from either end (no lookup, no computation), works out
// the sections in between, and redoes a kept section whose template or [general] changed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sipUnitOf } from "../helpers";
import { sectionFactList } from "../../server/src/service/model/section-lists";
import { effectiveValue, type ConfUnit, type PlacedSection } from "../../server/src/service/model/units";
import type { SectionReads } from "../../server/src/service/model/unit-facts";

const FILES = {
  "sip.conf": "[general]\ncontext=default\n#include tpl.conf\n#include peers-a.conf\n#include peers-b.conf\n#include peers-c.conf\n",
  "tpl.conf": "[tpl](!)\nhost=10.0.0.1\n",
  "peers-a.conf": "[a1](tpl)\ntype=peer\n[a2]\nhost=10.0.0.2\n",
  "peers-b.conf": "[b1]\nhost=10.0.0.3\n",
  "peers-c.conf": "[c1](tpl)\ntype=peer\n[c2]\nhost=10.0.0.5\n",
};

const setUp = () => sipUnitOf(FILES);

/** The effective host of every section as a list, reading `reads`; `calls` records each section worked out. */
function hosts(key: object, calls: string[], reads: SectionReads) {
  const compute = (u: ConfUnit, s: PlacedSection) => {
    calls.push(s.name);
    return effectiveValue(u, s, "host") ?? "-";
  };
  return (unit: ConfUnit) => sectionFactList(unit, key, compute, reads);
}

test("an edit in the middle of a unit works out only the sections between the first and last that changed", () => {
  const { ws, unit } = setUp();
  const calls: string[] = [];
  const list = hosts({}, calls, "inherited");
  assert.deepEqual(list(unit()), ["-", "10.0.0.1", "10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.1", "10.0.0.5"]);
  assert.equal(calls.splice(0).length, 7);
  ws.setDocument("/ws/peers-b.conf", "[b1]\nhost=10.0.0.4\n[b2]\nhost=10.0.0.6\n");
  assert.deepEqual(list(unit()), ["-", "10.0.0.1", "10.0.0.1", "10.0.0.2", "10.0.0.4", "10.0.0.6", "10.0.0.1", "10.0.0.5"]);
  assert.deepEqual(calls.splice(0), ["b1", "b2"]);
  // Asked again for the same unit: the list is kept.
  list(unit());
  assert.deepEqual(calls, []);
});

test("a kept section whose template changed is worked out again; one that reads only its own lines is not", () => {
  const { ws, unit } = setUp();
  const inheritedCalls: string[] = [];
  const ownCalls: string[] = [];
  const inherited = hosts({}, inheritedCalls, "inherited");
  const own = hosts({}, ownCalls, "own");
  inherited(unit());
  own(unit());
  inheritedCalls.length = ownCalls.length = 0;
  ws.setDocument("/ws/tpl.conf", "[tpl](!)\nhost=10.0.0.9\n");
  assert.deepEqual(inherited(unit()), ["-", "10.0.0.9", "10.0.0.9", "10.0.0.2", "10.0.0.3", "10.0.0.9", "10.0.0.5"]);
  // tpl itself is new; a1 and c1 are kept objects whose template changed.
  assert.deepEqual(inheritedCalls, ["tpl", "a1", "c1"]);
  own(unit());
  assert.deepEqual(ownCalls, ["tpl"]);
});

test("a fact that reads [general] is worked out again for every section when [general] changes", () => {
  const { ws, unit } = setUp();
  const calls: string[] = [];
  const contexts = (u: ConfUnit) =>
    sectionFactList(u, CONTEXT, (un, s) => {
      calls.push(s.name);
      return effectiveValue(un, s, "context") ?? "-";
    }, "general");
  contexts(unit());
  calls.length = 0;
  ws.setDocument("/ws/peers-b.conf", "[b1]\nhost=10.0.0.7\n");
  contexts(unit());
  assert.deepEqual(calls, ["b1"]);
  calls.length = 0;
  ws.setDocument("/ws/sip.conf", FILES["sip.conf"].replace("context=default", "context=other"));
  contexts(unit());
  assert.deepEqual(calls, ["general", "tpl", "a1", "a2", "b1", "c1", "c2"]);
});

const CONTEXT = {};

test("with as many sections as before, only the changed ones are worked out, and an unchanged list keeps its identity", () => {
  const { ws, unit } = setUp();
  const calls: string[] = [];
  const list = hosts({}, calls, "inherited");
  const first = list(unit());
  calls.splice(0);
  // b1's host line gets a comment: b1 is a new section object with the same value, so the list is the same object.
  ws.setDocument("/ws/peers-b.conf", "[b1]\nhost=10.0.0.3 ; note\n");
  const same = list(unit());
  assert.deepEqual(calls.splice(0), ["b1"]);
  assert.equal(same, first, "no value changed: the previous list");
  // b1's host changes: a new list, the other values taken over.
  ws.setDocument("/ws/peers-b.conf", "[b1]\nhost=10.0.0.9 ; note\n");
  const changed = list(unit());
  assert.deepEqual(calls.splice(0), ["b1"]);
  assert.notEqual(changed, first);
  assert.deepEqual(changed, ["-", "10.0.0.1", "10.0.0.1", "10.0.0.2", "10.0.0.9", "10.0.0.1", "10.0.0.5"]);
});

test("a shares list after random edits of single sections is the list a fresh build gives, patched in place or made anew", async () => {
  const { sectionShares } = await import("../../server/src/service/model/section-lists");
  const { positionFree } = await import("../../server/src/service/model/unit-facts");
  const { Workspace } = await import("../../server/src/service/model/workspace");
  const key = positionFree({});
  // A section's share: its name and effective host when it has one of its own or from a template, else none.
  const shares = (unit: ConfUnit) => sectionShares(unit, key, (u, s) => {
    const host = effectiveValue(u, s, "host");
    return host === undefined ? undefined : `${s.name}:${host}`;
  }, "inherited");
  const sipOf = (ws: InstanceType<typeof Workspace>) => ws.units().find((u) => u.root === "/ws/sip.conf")!;
  let seed = 11;
  // The high bits: the low bits of this generator repeat with a short period.
  const next = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * n);
  const peers = Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? `[p${i}](tpl)\ntype=peer\nqualify=yes\n` : `[p${i}]\nhost=10.0.0.${i}\nqualify=yes\n`));
  const files = { "sip.conf": "[general]\ncontext=default\n#include tpl.conf\n#include peers.conf\n", "tpl.conf": "[tpl](!)\nhost=10.9.9.9\n", "peers.conf": peers.join("") };
  const live = new Workspace();
  for (const [name, text] of Object.entries(files)) live.setDocument(`/ws/${name}`, text);
  const first = shares(sipOf(live));
  let sameSeen = false;
  for (let round = 0; round < 60; round++) {
    const i = next(peers.length);
    const roll = next(4);
    // A host changed (same presence), gained, lost, or a line that does not matter: one section edited.
    peers[i] = roll === 0 ? `[p${i}]\nhost=10.1.${round}.${i}\nqualify=yes\n` : roll === 1 ? `[p${i}](tpl)\ntype=peer\nqualify=yes\n` : roll === 2 ? `[p${i}]\ntype=peer\nqualify=yes\n` : peers[i].includes("qualify=yes") ? peers[i].replace("qualify=yes", "qualify=no") : peers[i].replace("qualify=no", "qualify=yes");
    files["peers.conf"] = peers.join("");
    const before = shares(sipOf(live));
    live.setDocument("/ws/peers.conf", files["peers.conf"]);
    const fresh = new Workspace();
    for (const [name, text] of Object.entries(files)) fresh.setDocument(`/ws/${name}`, text);
    const now = shares(sipOf(live));
    assert.deepEqual([...now], [...shares(sipOf(fresh))], `round ${round}`);
    if (now === before) sameSeen = true;
  }
  assert.ok(first.length > 0);
  assert.ok(sameSeen, "an edit that changed no share kept the list object");
});

test("with a (+) addition in the unit, a rebuilt unit works out every section's inherited facts again", () => {
  const { ws, unit } = sipUnitOf({ ...FILES, "peers-c.conf": FILES["peers-c.conf"] + "[tpl](+)\nport=5062\n" });
  const calls: string[] = [];
  const list = hosts({}, calls, "inherited");
  list(unit());
  calls.length = 0;
  // What a section inherits depends on where the addition sits: no section keeps its value, however far from the edit.
  ws.setDocument("/ws/peers-b.conf", "[b1]\nhost=10.0.0.4\n");
  assert.deepEqual(list(unit()), ["-", "10.0.0.1", "10.0.0.1", "10.0.0.2", "10.0.0.4", "10.0.0.1", "10.0.0.5", "-"]);
  assert.deepEqual(calls, ["general", "tpl", "a1", "a2", "b1", "c1", "c2", "tpl"]);
});
