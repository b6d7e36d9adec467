// Go to definition, find references and rename between PJSIP objects of pjsip.conf: the headers of aor, auth,
// transport and endpoint sections, and the options that name them (aors=, auth=, outbound_auth=, transport=,
// endpoint=), within the files Asterisk loads together.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cursor, workspaceOf, WS } from "../helpers";

const PJSIP = `[udp]
type=transport
protocol=udp
bind=0.0.0.0

[trunk-auth]
type=auth
auth_type=userpass
username=trunkuser
password=Pw7xTrunk

[trunk]
type=aor
contact=sip:sip.carrier.example

[trunk]
type=endpoint
transport=udp
aors=trunk
outbound_auth=trunk-auth
auth=trunk-auth
context=trunkinbound

[trunk]
type=identify
endpoint=trunk
match=192.0.2.10
`;

/** The service over pjsip.conf with a cursor at the first `|` of `marked`, and what is found from there. */
function from(marked: string, extra: Record<string, string> = {}) {
  const { text, offset } = cursor(marked);
  const service = workspaceOf({ "pjsip.conf": text, ...extra });
  const uri = WS + "pjsip.conf";
  const quote = (list: { uri: string; span: { start: number; end: number } }[]) =>
    list.map((l) => `${l.uri.slice(WS.length)}:${text.slice(0, l.span.start).split("\n").length}:${text.slice(l.span.start, l.span.end)}`);
  return {
    definitions: quote(service.definition(uri, offset)),
    references: quote(service.references(uri, offset)),
    rename: (name: string) => service.rename(uri, offset, name),
    text,
  };
}

test("from outbound_auth= and auth= to the auth section, and back to every option that names it", () => {
  const fromOption = from(PJSIP.replace("outbound_auth=trunk-auth", "outbound_auth=trunk-|auth"));
  assert.deepEqual(fromOption.definitions, ["pjsip.conf:6:trunk-auth"]);
  assert.deepEqual(fromOption.references, ["pjsip.conf:6:trunk-auth", "pjsip.conf:20:trunk-auth", "pjsip.conf:21:trunk-auth"]);
  const fromHeader = from(PJSIP.replace("[trunk-auth]", "[trunk-|auth]"));
  assert.deepEqual(fromHeader.references, fromOption.references);
});

test("aors= leads to the aor of that name, not to the endpoint or identify named alike; transport= to the transport", () => {
  const aor = from(PJSIP.replace("aors=trunk", "aors=tr|unk"));
  assert.deepEqual(aor.definitions, ["pjsip.conf:12:trunk"]);
  assert.deepEqual(aor.references, ["pjsip.conf:12:trunk", "pjsip.conf:19:trunk"]);
  const transport = from(PJSIP.replace("transport=udp", "transport=u|dp"));
  assert.deepEqual(transport.definitions, ["pjsip.conf:1:udp"]);
});

test("an endpoint's references include the identify that names it", () => {
  const endpoint = from(PJSIP.replace("endpoint=trunk", "endpoint=tru|nk"));
  assert.deepEqual(endpoint.definitions, ["pjsip.conf:16:trunk"]);
  assert.ok(endpoint.references.includes("pjsip.conf:26:trunk"), endpoint.references.join(", "));
});

test("objects in an included file are found; a name in a list is found item by item", () => {
  const main = "[trunk]\ntype=endpoint\naors=backup, tr|unk\n#include pjsip-aors.conf\n";
  const found = from(main, { "pjsip-aors.conf": "[trunk]\ntype=aor\ncontact=sip:192.0.2.1\n[backup]\ntype=aor\n" });
  assert.deepEqual(found.definitions, ["pjsip-aors.conf:1:trunk"]);
});

test("renaming an auth object renames its section and every option naming it, and nothing else", () => {
  const { rename, text } = from(PJSIP.replace("auth=trunk-auth\ncontext", "auth=trunk-a|uth\ncontext"));
  const result = rename("carrier-auth");
  assert.ok("edits" in result);
  let renamed = text;
  for (const edit of [...result.edits].sort((a, b) => b.span.start - a.span.start)) renamed = renamed.slice(0, edit.span.start) + edit.newText + renamed.slice(edit.span.end);
  assert.equal(renamed, text.replace(/trunk-auth/g, "carrier-auth"));
  assert.deepEqual(rename("bad name"), { error: "'bad name' is not a valid PJSIP object name." });
});

test("a template, a value that names no object and a password are not navigable", () => {
  assert.deepEqual(from("[base](!)\ntype=endpoint\n[t|pl](!)\n").definitions, []);
  assert.deepEqual(from(PJSIP.replace("context=trunkinbound", "context=trunk|inbound")).references.filter((r) => r.startsWith("pjsip.conf:6")), []);
  assert.deepEqual(from(PJSIP.replace("password=Pw7xTrunk", "password=Pw7|xTrunk")).definitions, []);
});

test("pjsip_wizard.conf: transport= and endpoint/aors= lead into pjsip.conf, and wizard-created objects are found", () => {
  const wizard = "[wiz]\ntype=wizard\ntransport=udp\nendpoint/aors=trunk\nremote_hosts=sip.carrier.example\n";
  const service = workspaceOf({ "pjsip.conf": PJSIP + "\n[peer-ident]\ntype=identify\nendpoint=wiz\nmatch=192.0.2.20\n", "pjsip_wizard.conf": wizard });
  const wizardUri = WS + "pjsip_wizard.conf";
  const names = (list: { uri: string; span: { start: number; end: number } }[]) => list.map((l) => `${l.uri.slice(WS.length)}@${l.span.start}`);
  assert.deepEqual(names(service.definition(wizardUri, wizard.indexOf("udp") + 1)), [`pjsip.conf@${PJSIP.indexOf("udp]")}`]);
  assert.deepEqual(names(service.definition(wizardUri, wizard.indexOf("=trunk") + 2)), [`pjsip.conf@${PJSIP.indexOf("trunk]\ntype=aor")}`]);
  // The transport's references include the wizard's transport= line.
  const fromTransport = names(service.references(WS + "pjsip.conf", 2));
  assert.ok(fromTransport.includes(`pjsip_wizard.conf@${wizard.indexOf("udp")}`), fromTransport.join(", "));
  // identify endpoint=wiz names the endpoint the wizard [wiz] creates.
  const text = PJSIP + "\n[peer-ident]\ntype=identify\nendpoint=wiz\nmatch=192.0.2.20\n";
  assert.deepEqual(names(service.definition(WS + "pjsip.conf", text.indexOf("endpoint=wiz") + 10)), ["pjsip_wizard.conf@1"]);
});
