// model/general-sections.ts: a unit's sections named [general], whatever their case and wherever they sit, found once
// per unit object and read by the inheritance stamps, the register lines' sections and the [general] key check.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sipUnitOf } from "../helpers";
import { sectionsNamedGeneral } from "../../server/src/service/model/general-sections";
import { generalSections } from "../../server/src/service/model/register-options";

test("every [general] in any case, in order, across included files; register lines are read from the first and its additions", () => {
  const { unit } = sipUnitOf({
    "sip.conf": "[general]\nbindport=5060\n[peer1]\ntype=peer\n[GENERAL](+)\nrealm=x\n#include more.conf\n",
    "more.conf": "[General]\nbindaddr=0.0.0.0\n[generals]\nx=1\n",
  });
  const named = sectionsNamedGeneral(unit());
  assert.deepEqual(named.map((s) => s.name), ["general", "GENERAL", "General"]);
  assert.equal(sectionsNamedGeneral(unit()), named, "once per unit object");
  // chan_sip reads register lines from the first [general] and later (+) additions, not from a second [General].
  assert.deepEqual([...generalSections(unit())].map((s) => s.name), ["general", "GENERAL"]);
});
