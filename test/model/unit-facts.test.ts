// The per-unit fact layer: a fact is worked out once per unit object, survives edits to other documents (the unit
// stays the same object), and is worked out again for the unit an edit rebuilds.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Workspace } from "../../server/src/service/model/workspace";
import { unitFact } from "../../server/src/service/model/unit-facts";
import type { ConfUnit } from "../../server/src/service/model/units";

const SECTION_NAMES = {};

function namesCounting(calls: string[]) {
  return (unit: ConfUnit) => unitFact(unit, SECTION_NAMES, (u) => {
    calls.push(u.root);
    return u.sections.map((s) => s.name);
  });
}

test("a unit fact is computed once per unit and kept while other documents change", () => {
  const ws = new Workspace();
  ws.setDocument("/ws/sip.conf", "[a]\ntype=peer\n");
  ws.setDocument("/ws/iax.conf", "[b]\ntype=peer\n");
  const calls: string[] = [];
  const names = namesCounting(calls);
  const unitOf = (root: string) => ws.units().find((u) => u.root === root)!;
  assert.deepEqual(names(unitOf("/ws/sip.conf")), ["a"]);
  assert.deepEqual(names(unitOf("/ws/sip.conf")), ["a"]);
  assert.deepEqual(names(unitOf("/ws/iax.conf")), ["b"]);
  assert.deepEqual(calls, ["/ws/sip.conf", "/ws/iax.conf"]);
  ws.setDocument("/ws/iax.conf", "[c]\ntype=peer\n");
  assert.deepEqual(names(unitOf("/ws/sip.conf")), ["a"]);
  assert.deepEqual(names(unitOf("/ws/iax.conf")), ["c"]);
  assert.deepEqual(calls, ["/ws/sip.conf", "/ws/iax.conf", "/ws/iax.conf"]);
});

test("a fact asked for while the unit is still growing is worked out again once it has grown", () => {
  const ws = new Workspace();
  ws.setDocument("/ws/sip.conf", "[a]\ntype=peer\n");
  const unit = ws.units()[0];
  const calls: string[] = [];
  const names = namesCounting(calls);
  assert.deepEqual(names(unit), ["a"]);
  unit.sections.push({ name: "b", uri: unit.root, options: [] });
  assert.deepEqual(names(unit), ["a", "b"]);
  assert.equal(calls.length, 2);
});
