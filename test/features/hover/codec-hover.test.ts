// Hover on codec lines: the codec's description, what an unknown name means, and the peer's effective list on the key.
import assert from "node:assert/strict";
import { test } from "node:test";
import { cursor, workspaceOf, WS } from "../../helpers";

test("hover: codec names, unknown names and the effective list on the key", () => {
  const { text, offset } = cursor("[general]\n[p1]\ntype=friend\ndisallow=all\nallow=u|law,g711u\nallow=alaw\n");
  const service = workspaceOf({ "sip.conf": text });
  const onName = service.hover(WS + "sip.conf", offset);
  assert.match(onName?.markdown ?? "", /\*\*ulaw\*\*/);
  assert.match(onName?.markdown ?? "", /µ-law/);
  const unknown = service.hover(WS + "sip.conf", text.indexOf("g711u") + 2);
  assert.match(unknown?.markdown ?? "", /does not know.*\n*.*`ulaw`/);
  const key = service.hover(WS + "sip.conf", text.indexOf("allow=alaw") + 1);
  assert.match(key?.markdown ?? "", /Peer 'p1' ends up offering:\*\* ulaw, alaw \(in this order\)/);
});

test("hover on a carrier's allow key shows the list after VICIdial appends the template", () => {
  const files = {
    "a1.carrier": "carrier_id: A1\nprotocol: SIP\ntemplate_id: T1\n[[account_entry]]\n[a1]\ntype=peer\ndisallow=all\nallow=ulaw\n",
    "t.conftemplate": "template_id: T1\n[[template_contents]]\nallow=alaw\n",
  };
  const service = workspaceOf(files);
  const key = service.hover(WS + "a1.carrier", files["a1.carrier"].indexOf("allow=ulaw") + 2);
  assert.match(key?.markdown ?? "", /ulaw, alaw \(in this order\)/);
});
