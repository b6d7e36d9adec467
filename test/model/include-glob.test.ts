// Glob #include patterns (util/glob.ts) and how units count the includes they could not find.
import { test } from "node:test";
import assert from "node:assert/strict";
import { expandBraces, isGlobPattern, pathMatches, segmentMatches } from "../../server/src/service/util/glob";
import { variableReferences } from "../../server/src/service/parse/variable-references";
import { workspaceOf } from "../helpers";

test("glob segments: *, ?, [set], [!set] and braces", () => {
  assert.ok(isGlobPattern("dialplan/*.conf"));
  assert.ok(!isGlobPattern("dialplan/ext.conf"));
  assert.ok(segmentMatches("*.conf", "a.conf"));
  assert.ok(!segmentMatches("*.conf", "a.conf.bak"));
  assert.ok(segmentMatches("ext-?.conf", "ext-1.conf"));
  assert.ok(segmentMatches("[a-c]*.conf", "b1.conf"));
  assert.ok(!segmentMatches("[!a-c]*.conf", "b1.conf"));
  assert.deepEqual(expandBraces("{a,b}/x.conf"), ["a/x.conf", "b/x.conf"]);
  assert.ok(pathMatches("/ws/d/*.conf", "/ws/d/a.conf"));
  assert.ok(!pathMatches("/ws/d/*.conf", "/ws/d/e/a.conf"));
  assert.ok(!pathMatches("/ws/d/*.conf", "/ws/d/.hidden.conf"));
  // A pathological pattern stays linear (no exponential backtracking).
  assert.ok(!segmentMatches("*a*a*a*a*a*a*a*a*a*b", "a".repeat(5000)));
});

test("units count the #include lines that found no file (and #exec), not the ones found", () => {
  const service = workspaceOf({
    "pjsip.conf": "#include pjsip/*.conf\n#include missing.conf\n#tryinclude also-missing.conf\n#exec /usr/bin/gen\n",
    "pjsip/a.conf": "[a]\ntype=aor\n",
  });
  const unit = service.workspace.units().find((u) => u.root.endsWith("/pjsip.conf"))!;
  assert.equal(unit.missingIncludes, 3);
  assert.ok(unit.sections.some((s) => s.name === "a"), "the file the pattern matches is loaded");
});

test("a nested reference is one computed name, the inner one a reference of its own", () => {
  const text = "${OUT_${DIAL_TRUNK}}";
  const refs = variableReferences(text, { start: 0, end: text.length });
  assert.deepEqual(refs.map((r) => [r.name, r.computedName === true]), [["OUT_", true], ["DIAL_TRUNK", false]]);
});
