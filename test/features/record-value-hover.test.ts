// Hover on carrier field values: server_ip, protocol, active and template_id say what the value makes VICIdial do.
import { test } from "node:test";
import assert from "node:assert/strict";
import { PROTOCOL_VALUES } from "../../server/src/service/knowledge/record-values";
import { WS, workspaceOf } from "../helpers";

const CARRIER = [
  "carrier_id: ACME",
  "protocol: PJSIP",
  "server_ip: 0.0.0.0",
  "active: N",
  "template_id: ULAW_TRUNK",
  "registration_string: register => acme:hunter2@192.0.2.1",
  "[[account_entry]]",
  "[acme]",
  "type=aor",
  "[acme]",
  "type=endpoint",
  "",
].join("\n");

const TEMPLATE = "template_id: ULAW_TRUNK\ntemplate_name: G.711 u-law only\n[[template_contents]]\ndisallow=all\nallow=ulaw\n";

function hoverAt(files: Record<string, string>, file: string, needle: string, delta = 1) {
  const service = workspaceOf(files);
  const text = files[file];
  const at = text.indexOf(needle);
  assert.ok(at >= 0, needle);
  return { result: service.hover(WS + file, at + delta), at };
}

test("server_ip value: 0.0.0.0 means every server, an address means that one server", () => {
  const all = hoverAt({ "a.carrier": CARRIER }, "a.carrier", "0.0.0.0");
  assert.ok(all.result);
  assert.match(all.result.markdown, /every Asterisk server/);
  assert.deepEqual(all.result.span, { start: all.at, end: all.at + "0.0.0.0".length });
  const one = hoverAt({ "a.carrier": CARRIER.replace("0.0.0.0", "10.10.10.15") }, "a.carrier", "10.10.10.15");
  assert.ok(one.result);
  assert.match(one.result.markdown, /One server/);
  assert.match(one.result.markdown, /10\.10\.10\.15/);
});

test("protocol value: the file the account entry goes to and what it must look like", () => {
  const pjsip = hoverAt({ "a.carrier": CARRIER }, "a.carrier", "PJSIP");
  assert.ok(pjsip.result);
  assert.match(pjsip.result.markdown, /pjsip-vicidial\.conf/);
  assert.match(pjsip.result.markdown, /type=aor/);
  assert.match(pjsip.result.markdown, /Registration String is ignored/);
  const sip = hoverAt({ "a.carrier": CARRIER.replace("protocol: PJSIP", "protocol: sip") }, "a.carrier", "sip", 1);
  assert.ok(sip.result);
  assert.match(sip.result.markdown, /sip-vicidial\.conf/);
  const zap = hoverAt({ "a.carrier": CARRIER.replace("protocol: PJSIP", "protocol: Zap") }, "a.carrier", "Zap");
  assert.ok(zap.result);
  assert.match(zap.result.markdown, /writes nothing/);
  for (const info of PROTOCOL_VALUES) assert.ok(info.summary && info.accountEntry && info.dialString && info.registration, info.name);
});

test("active value: Y and N", () => {
  const off = hoverAt({ "a.carrier": CARRIER }, "a.carrier", "active: N", "active: ".length);
  assert.ok(off.result);
  assert.match(off.result.markdown, /Inactive/);
  const on = hoverAt({ "a.carrier": CARRIER.replace("active: N", "active: Y") }, "a.carrier", "active: Y", "active: ".length);
  assert.ok(on.result);
  assert.match(on.result.markdown, /writes the carrier/);
});

test("template_id value: names the template, says it is appended and which section it joins", () => {
  const found = hoverAt({ "a.carrier": CARRIER, "t.conftemplate": TEMPLATE }, "a.carrier", "ULAW_TRUNK");
  assert.ok(found.result);
  assert.match(found.result.markdown, /after this carrier's account entry/);
  assert.match(found.result.markdown, /t\.conftemplate/);
  assert.match(found.result.markdown, /G\.711 u-law only/);
  assert.match(found.result.markdown, /\[acme\]/);
  const missing = hoverAt({ "a.carrier": CARRIER }, "a.carrier", "ULAW_TRUNK");
  assert.ok(missing.result);
  assert.match(missing.result.markdown, /No conf template with this ID/);
  const none = hoverAt({ "a.carrier": CARRIER.replace("ULAW_TRUNK", "--NONE--") }, "a.carrier", "--NONE--", 2);
  assert.ok(none.result);
  assert.match(none.result.markdown, /No conf template/);
});

test("no value hover on other fields, on field names or on template files; secrets are never shown", () => {
  const files = { "a.carrier": CARRIER, "t.conftemplate": TEMPLATE };
  const register = hoverAt(files, "a.carrier", "hunter2");
  assert.ok(!register.result || !register.result.markdown.includes("hunter2"));
  const name = hoverAt(files, "a.carrier", "server_ip");
  assert.ok(name.result);
  assert.match(name.result.markdown, /Server IP/);
  const template = hoverAt(files, "t.conftemplate", "ULAW_TRUNK");
  assert.ok(!template.result || !/appended/.test(template.result.markdown));
  const badIp = hoverAt({ "a.carrier": CARRIER.replace("0.0.0.0", "999.1.1.1") }, "a.carrier", "999.1.1.1");
  assert.ok(!badIp.result || !/One server/.test(badIp.result.markdown));
});
