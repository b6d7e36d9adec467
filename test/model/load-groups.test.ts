// Load groups (model/load-groups.ts): the units Asterisk reads as one file, and their sections in the order Asterisk
// meets them, listed only when a rule asks for them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadGroups } from "../../server/src/service/model/load-groups";
import { workspaceOf } from "../helpers";

const FILES = {
  "sip.conf": "[general]\ncontext=default\n[before]\ntype=peer\n#include sip-vicidial.conf\n[after]\ntype=peer\n",
  "a.carrier": "carrier_id: A\nprotocol: SIP\n[[account_entry]]\n[acme]\ntype=peer\nhost=192.0.2.1\n",
};

test("a sip.conf that includes VICIdial's generated file meets the carriers' sections (their unit's own [general] first) where the include stands", () => {
  const groups = loadGroups(workspaceOf(FILES).workspace);
  assert.equal(groups.length, 1);
  assert.deepEqual(groups[0].sections.map(({ section }) => section.name), ["general", "before", "general", "acme", "after"]);
});

test("a group lists its sections when first asked, and gives the same list after", () => {
  const [group] = loadGroups(workspaceOf(FILES).workspace);
  assert.equal(typeof Object.getOwnPropertyDescriptor(group, "sections")?.get, "function", "listed on demand");
  assert.equal(group.sections, group.sections);
});
