// Load units: effective options with template inheritance and `(+)` additions, read in file order like config.c.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Workspace } from "../../server/src/service/model/workspace";
import { effectiveOptions, findBase } from "../../server/src/service/model/units";

function unitOf(text: string) {
  const ws = new Workspace();
  ws.setDocument("/ws/sip.conf", text);
  return ws.units()[0];
}

const keys = (text: string, name: string) => {
  const unit = unitOf(text);
  const section = unit.sections.find((s) => s.name === name && !s.header?.isAppend)!;
  return effectiveOptions(unit, section).map((o) => `${o.node.key}=${o.node.value}`);
};

test("inherited options come first, then the section's own, then its own (+) additions", () => {
  const text = "[t](!)\ntype=peer\n[p](t)\nhost=1.2.3.4\n[p](+)\ncontext=in\n";
  assert.deepEqual(keys(text, "p"), ["type=peer", "host=1.2.3.4", "context=in"]);
});

test("a template's (+) addition reaches only sections that inherit it after the addition", () => {
  const text = "[t](!)\ntype=peer\n[early](t)\n[t](+)\nqualify=yes\n[late](t)\n";
  assert.deepEqual(keys(text, "early"), ["type=peer"]);
  assert.deepEqual(keys(text, "late"), ["type=peer", "qualify=yes"]);
  assert.deepEqual(keys(text, "t"), ["type=peer", "qualify=yes"]);
});

test("a base is the latest same-named section before the inheriting one", () => {
  const unit = unitOf("[t](!)\na=1\n[t](!)\na=2\n[p](t)\n[t](!)\na=3\n");
  const p = unit.sections.find((s) => s.name === "p")!;
  assert.equal(findBase(unit, p, "t"), unit.sections[1]);
  assert.equal(findBase(unit, p, "missing"), undefined);
});

test("a file with a name we do not recognise joins the unit that includes it, and is checked only then", () => {
  const ws = new Workspace();
  ws.setDocument("/ws/sip.conf", "[general]\n#include trunks.conf\n[a]\ntype=peer\n");
  ws.setDocument("/ws/trunks.conf", "[b]\ntype=peer\n");
  ws.setDocument("/ws/notes.conf", "[c]\nnot really asterisk\n");
  const units = ws.units();
  assert.deepEqual(units.map((u) => u.id), ["/ws/sip.conf"]);
  assert.deepEqual(units[0].sections.map((s) => s.name), ["general", "b", "a"]);
  assert.equal(ws.isIncluded("/ws/trunks.conf"), true);
  assert.equal(ws.isIncluded("/ws/notes.conf"), false);
});
