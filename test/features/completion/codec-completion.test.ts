// Completion of codec names in allow/disallow values: after '=' and after a comma, not in a framing, not in the dialplan.
import assert from "node:assert/strict";
import { test } from "node:test";
import { cursor, workspaceOf, WS } from "../../helpers";

test("completion: codec names after '=' and after a comma, not in the dialplan", () => {
  const first = cursor("[general]\n[p1]\nallow=u|\n");
  const service = workspaceOf({ "sip.conf": first.text });
  const items = service.completions(WS + "sip.conf", first.offset);
  assert.ok(items.some((i) => i.label === "ulaw" && i.kind === "codec"));
  assert.ok(items.some((i) => i.label === "all"));
  const ulaw = items.find((i) => i.label === "ulaw");
  assert.deepEqual(ulaw?.replace, { start: first.offset - 1, end: first.offset });
  const second = cursor("[general]\n[p1]\nallow=ulaw,|\n");
  assert.ok(workspaceOf({ "sip.conf": second.text }).completions(WS + "sip.conf", second.offset).some((i) => i.label === "alaw"));
  const framing = cursor("[general]\n[p1]\nallow=ulaw:2|\n");
  assert.equal(workspaceOf({ "sip.conf": framing.text }).completions(WS + "sip.conf", framing.offset).filter((i) => i.kind === "codec").length, 0);
  const dialplan = cursor("[c]\nallow=u|\n");
  assert.equal(workspaceOf({ "extensions.conf": dialplan.text }).completions(WS + "extensions.conf", dialplan.offset).filter((i) => i.kind === "codec").length, 0);
});
