// Completion of PJSIP object ids in reference options, of template names in section headers, of carrier record
// values (protocol, active, template_id), and of enum values in carrier account entries.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cursor, workspaceOf, WS } from "../helpers";
import type { CompletionEntry } from "../../server/src/service/features/completion/index";

function itemsAt(file: string, textWithMarker: string, others: Record<string, string> = {}): CompletionEntry[] {
  const { text, offset } = cursor(textWithMarker);
  return workspaceOf({ ...others, [file]: text }).completions(WS + file, offset);
}

function labelsAt(file: string, textWithMarker: string, others: Record<string, string> = {}): string[] {
  return itemsAt(file, textWithMarker, others).map((c) => c.label);
}

const OBJECTS = [
  "[transport-udp]\ntype=transport\nprotocol=udp\nbind=0.0.0.0",
  "[auth-tmpl](!)\ntype=auth\nauth_type=userpass",
  "[acme]\ntype=auth\nusername=acme\npassword=hunter2",
  "[acme]\ntype=aor\ncontact=sip:sip.acme.example",
  "[backup]\ntype=aor\ncontact=sip:backup.acme.example",
  "[aor-tmpl](!)\ntype=aor\nqualify_frequency=30",
].join("\n") + "\n";

test("reference completion: aors= offers the aor ids of the file, not templates nor other types", () => {
  const labels = labelsAt("pjsip.conf", OBJECTS + "[acme]\ntype=endpoint\naors=|\n");
  assert.deepEqual(labels, ["acme", "backup"]);
  const detail = itemsAt("pjsip.conf", OBJECTS + "[acme]\ntype=endpoint\naors=|\n")[0].detail ?? "";
  assert.match(detail, /PJSIP aor/);
});

test("reference completion: after a comma in a list option, without the ids already listed", () => {
  assert.deepEqual(labelsAt("pjsip.conf", OBJECTS + "[acme]\ntype=endpoint\naors=acme,|\n"), ["backup"]);
  assert.deepEqual(labelsAt("pjsip.conf", OBJECTS + "[acme]\ntype=endpoint\naors=acme, b|\n"), ["backup"]);
  // transport= takes one id: nothing after a comma.
  assert.deepEqual(labelsAt("pjsip.conf", OBJECTS + "[acme]\ntype=endpoint\ntransport=transport-udp,|\n"), []);
});

test("reference completion: auth, outbound_auth, transport, identify and registration endpoint", () => {
  assert.deepEqual(labelsAt("pjsip.conf", OBJECTS + "[acme]\ntype=endpoint\noutbound_auth=|\n"), ["acme"]);
  assert.deepEqual(labelsAt("pjsip.conf", OBJECTS + "[acme]\ntype=endpoint\nauth=|\n"), ["acme"]);
  assert.deepEqual(labelsAt("pjsip.conf", OBJECTS + "[acme]\ntype=endpoint\ntransport=|\n"), ["transport-udp"]);
  const withEndpoint = OBJECTS + "[acme]\ntype=endpoint\naors=acme\n";
  assert.deepEqual(labelsAt("pjsip.conf", withEndpoint + "[acme]\ntype=identify\nendpoint=|\n"), ["acme"]);
  assert.deepEqual(labelsAt("pjsip.conf", withEndpoint + "[reg]\ntype=registration\noutbound_auth=|\n"), ["acme"]);
  // Not a reference option: no ids.
  assert.ok(!labelsAt("pjsip.conf", withEndpoint + "[acme]\ntype=identify\nmatch=|\n").includes("acme"));
  // chan_sip has no such references.
  assert.deepEqual(labelsAt("sip.conf", "[general]\n[acme]\ntype=peer\nauth=|\n"), []);
});

test("reference completion: objects of the load group, from a carrier account entry and from pjsip.conf", () => {
  const pjsip = OBJECTS + "#include pjsip-vicidial.conf\n";
  const carrier = "carrier_id: ACME\nprotocol: PJSIP\nactive: Y\n[[account_entry]]\n[zeta]\ntype=aor\ncontact=sip:z.example\n[zeta]\ntype=endpoint\naors=|\n";
  const labels = labelsAt("acme.carrier", carrier, { "pjsip.conf": pjsip });
  assert.deepEqual(labels.sort(), ["acme", "backup", "zeta"]);
  // Without the include the carrier's objects are a group of their own.
  assert.deepEqual(labelsAt("acme.carrier", carrier, { "pjsip.conf": OBJECTS }), ["zeta"]);
  // A wizard's transport= names the transports of pjsip.conf.
  assert.deepEqual(labelsAt("pjsip_wizard.conf", "[w]\ntype=wizard\ntransport=|\n", { "pjsip.conf": OBJECTS }), ["transport-udp"]);
  // Objects a wizard creates are offered too.
  const wizard = "[wiz]\ntype=wizard\nsends_auth=yes\nremote_hosts=sip.example\noutbound_auth/username=u\n";
  assert.deepEqual(labelsAt("pjsip.conf", "[i]\ntype=identify\nendpoint=|\n", { "pjsip_wizard.conf": wizard }), ["wiz"]);
  assert.deepEqual(labelsAt("pjsip.conf", "[r]\ntype=registration\noutbound_auth=|\n", { "pjsip_wizard.conf": wizard }), ["wiz-oauth"]);
});

test("reference completion replaces the id under the cursor only", () => {
  const { text, offset } = cursor(OBJECTS + "[acme]\ntype=endpoint\naors=acme, ba|ck\n");
  const item = workspaceOf({ "pjsip.conf": text }).completions(WS + "pjsip.conf", offset).find((c) => c.label === "backup");
  assert.ok(item?.replace);
  assert.equal(text.slice(item.replace.start, item.replace.end), "back");
});

test("template completion in a section header: earlier templates of the unit and `!`", () => {
  const conf = "[general]\n[base](!)\ntype=peer\n[plain]\ntype=peer\n[peer1](|\n[late](!)\ntype=peer\n";
  const labels = labelsAt("sip.conf", conf);
  assert.deepEqual(labels, ["!", "base"]);
  // In a complete header, after a comma; `!` and names already written are not offered again.
  assert.deepEqual(labelsAt("sip.conf", "[general]\n[base](!)\n[more](!)\n[peer1](!,|)\n"), ["base", "more"]);
  assert.deepEqual(labelsAt("sip.conf", "[general]\n[base](!)\n[more](!)\n[peer1](base,|)\n"), ["!", "more"]);
  // Not inside the parentheses: nothing from this provider.
  assert.ok(!labelsAt("sip.conf", "[general]\n[base](!)\n[pe|er1]\n").includes("base"));
  // In a carrier account entry: templates written earlier in the generated file (a carrier sorted before).
  const first = "carrier_id: AAA\nprotocol: SIP\nactive: Y\n[[account_entry]]\n[aaa-tmpl](!)\ntype=peer\ncontext=trunkinbound\n";
  const second = "carrier_id: BBB\nprotocol: SIP\nactive: Y\n[[account_entry]]\n[bbb](|\n";
  assert.deepEqual(labelsAt("b.carrier", second, { "a.carrier": first }), ["!", "aaa-tmpl"]);
});

test("carrier record values: protocol, active and template_id", () => {
  assert.deepEqual(labelsAt("a.carrier", "carrier_id: X\nprotocol: |\n"), ["SIP", "IAX2", "PJSIP", "PJSIP_WIZ", "Zap", "EXTERNAL"]);
  assert.deepEqual(labelsAt("a.carrier", "carrier_id: X\nactive:|\n"), ["Y", "N"]);
  const template = "template_id: SIPTPL\ntemplate_name: Common SIP settings\n[[template_contents]]\nqualify=yes\n";
  const items = itemsAt("a.carrier", "carrier_id: X\nprotocol: SIP\ntemplate_id: S|\n", { "t.conftemplate": template });
  assert.deepEqual(items.map((c) => c.label), ["--NONE--", "SIPTPL"]);
  assert.match(items[1].detail ?? "", /Common SIP settings/);
  const { text, offset } = cursor("carrier_id: X\ntemplate_id: SI|P\n");
  const replace = workspaceOf({ "a.carrier": text, "t.conftemplate": template }).completions(WS + "a.carrier", offset).find((c) => c.label === "SIPTPL")?.replace;
  assert.deepEqual(replace && text.slice(replace.start, replace.end), "SIP");
  // Other fields, field names and conf templates get none of these.
  assert.deepEqual(labelsAt("a.carrier", "carrier_id: |X\n").filter((l) => l === "SIP" || l === "Y"), []);
  assert.deepEqual(labelsAt("a.carrier", "proto|col: SIP\n").filter((l) => l === "SIP"), []);
  assert.deepEqual(labelsAt("t.conftemplate", "template_id: |\n").filter((l) => l === "--NONE--"), []);
});

test("enum values after key= in carrier account entries", () => {
  const sip = "carrier_id: X\nprotocol: SIP\n[[account_entry]]\n[x]\ntype=friend\n";
  assert.ok(labelsAt("a.carrier", sip + "dtmfmode=|\n").includes("rfc2833"));
  assert.ok(labelsAt("a.carrier", sip + "insecure=port,|\n").includes("invite"));
  assert.ok(labelsAt("a.carrier", sip + "transport=|\n").includes("tcp"));
  assert.ok(labelsAt("a.carrier", sip + "type=|\n").includes("peer"));
  const pjsip = "carrier_id: X\nprotocol: PJSIP\n[[account_entry]]\n[x]\ntype=endpoint\n";
  assert.ok(labelsAt("a.carrier", pjsip + "direct_media=|\n").includes("no"));
  assert.ok(labelsAt("a.carrier", pjsip + "dtmf_mode=|\n").includes("rfc4733"));
});
