// Option hover, section-header hover and option completion in sip/iax/pjsip/wizard files.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cursor, workspaceOf, WS } from "../helpers";
import { locate } from "../../server/src/service/features/locate";
import { optionHover } from "../../server/src/service/features/hover/option-hover";

function hoverAt(file: string, textWithMarker: string, others: Record<string, string> = {}): string | undefined {
  const { text, offset } = cursor(textWithMarker);
  const service = workspaceOf({ ...others, [file]: text });
  return service.hover(WS + file, offset)?.markdown;
}

function completionsAt(file: string, textWithMarker: string): string[] {
  const { text, offset } = cursor(textWithMarker);
  return workspaceOf({ [file]: text }).completions(WS + file, offset).map((c) => c.label);
}

test("hover on a key shows the knowledge entry: type, default, values, PJSIP equivalent", () => {
  const markdown = hoverAt("sip.conf", "[general]\n[p]\ntype=friend\ndtmf|mode=rfc2833\n");
  assert.ok(markdown);
  assert.match(markdown, /\*\*dtmfmode\*\* — chan_sip peer option/);
  assert.match(markdown, /Default: `rfc2833`/);
  assert.match(markdown, /`shortinfo`/);
  assert.match(markdown, /dtmf_mode/);
});

test("hover on a deprecated key and on an enum value", () => {
  assert.match(hoverAt("sip.conf", "[general]\n[p]\ntype=friend\ncanre|invite=no\n") ?? "", /Deprecated/);
  const value = hoverAt("sip.conf", "[general]\n[p]\ntype=friend\ninsecure=port,inv|ite\n");
  assert.match(value ?? "", /\*\*insecure=invite\*\*/);
  const pjsip = hoverAt("pjsip.conf", "[t]\ntype=endpoint\ndirect_media=no\n[t]\ntype=aor\nqualify_freq|uency=30\n");
  assert.match(pjsip ?? "", /PJSIP aor option/);
  const wizard = hoverAt("pjsip_wizard.conf", "[w]\ntype=wizard\nendpoint/dtmf|_mode=rfc4733\n");
  assert.match(wizard ?? "", /\*\*endpoint\/dtmf_mode\*\*/);
});

test("the option hover leaves allow/disallow/register and unknown keys to other providers", () => {
  for (const line of ["al|low=ulaw", "disal|low=all", "endpoint/al|low=ulaw"]) {
    const file = line.startsWith("endpoint/") ? "pjsip_wizard.conf" : "sip.conf";
    const { text, offset } = cursor((file === "sip.conf" ? "[general]\n[p]\ntype=friend\n" : "[w]\ntype=wizard\n") + line + "\n");
    const service = workspaceOf({ [file]: text });
    const doc = service.workspace.document(WS + file)!;
    assert.equal(optionHover(locate(service.workspace, doc, offset)), undefined, line);
  }
  const { text, offset } = cursor("[general]\nreg|ister => u:p@h\n");
  const service = workspaceOf({ "sip.conf": text });
  assert.equal(optionHover(locate(service.workspace, service.workspace.document(WS + "sip.conf")!, offset)), undefined);
});

test("section hover: kind, inherited keys with secrets masked, and where a template is used", () => {
  const conf = "[general]\n[tmpl](!)\ntype=friend\nsecret=hunter2\nauth=user:hunter3@realm\ncontext=trunkinbound\n[peer1](tmpl)\nhost=10.0.0.1\n";
  const peer = hoverAt("sip.conf", conf.replace("[peer1]", "[pe|er1]"));
  assert.ok(peer);
  assert.match(peer, /chan_sip friend/);
  assert.match(peer, /Inherits `tmpl`/);
  assert.match(peer, /`context=trunkinbound`/);
  assert.match(peer, /`secret=\*\*\*\*`/);
  assert.ok(!peer.includes("hunter"), "no secret in the hover");
  const template = hoverAt("sip.conf", conf.replace("[tmpl]", "[tm|pl]"));
  assert.match(template ?? "", /Used as a template by `peer1`/);
  const pjsip = hoverAt("pjsip.conf", "[c]\ntype=aor\n[|c]\ntype=endpoint\n");
  assert.match(pjsip ?? "", /PJSIP endpoint/);
  assert.match(pjsip ?? "", /Other objects named `c`: aor/);
});

test("completion: keys follow the PJSIP section's type; values follow the key", () => {
  const aor = completionsAt("pjsip.conf", "[c]\ntype=aor\nqual|\n");
  assert.ok(aor.includes("qualify_frequency"));
  assert.ok(!aor.includes("dtmf_mode"));
  const endpoint = completionsAt("pjsip.conf", "[c]\ntype=endpoint\n|\n");
  assert.ok(endpoint.includes("dtmf_mode") && !endpoint.includes("contact"));
  assert.deepEqual(completionsAt("pjsip.conf", "[c]\ntype=endpoint\ndtmf_mode=|\n"), ["rfc4733", "inband", "info", "auto", "auto_info", "none"]);
  assert.ok(completionsAt("sip.conf", "[general]\n[p]\ntype=|\n").includes("friend"));
  assert.ok(completionsAt("pjsip.conf", "[c]\ntype=|\n").includes("identify"));
  assert.ok(completionsAt("sip.conf", "[general]\n[p]\ntype=friend\nnat=force_rport,|\n").includes("comedia"));
  const wizard = completionsAt("pjsip_wizard.conf", "[w]\ntype=wizard\nendpoint/|\n");
  assert.ok(wizard.includes("endpoint/context"));
  assert.ok(completionsAt("pjsip_wizard.conf", "[w]\ntype=wizard\n|\n").includes("aor/"));
  assert.deepEqual(completionsAt("extensions.conf", "[default]\n|\n").filter((l) => l === "dtmfmode"), []);
});

test("hover on any other value: on/off, the object a reference names, the option; secrets stay masked", () => {
  const bool = hoverAt("pjsip.conf", "[t]\ntype=endpoint\ndirect_media=n|o\n");
  assert.match(bool ?? "", /\*\*direct_media=no\*\*[\s\S]*Turns it off/);
  const pjsip = "[ep]\ntype=endpoint\naors=ep,mis|sing\n[ep]\ntype=aor\ncontact=sip:192.0.2.1\n";
  assert.match(hoverAt("pjsip.conf", pjsip) ?? "", /No aor object named `missing`/);
  assert.match(hoverAt("pjsip.conf", pjsip.replace("aors=ep,mis|sing", "aors=e|p,missing")) ?? "", /Names the aor object `ep` \(pjsip\.conf\)/);
  const host = hoverAt("sip.conf", "[general]\n[p]\ntype=peer\nhost=192.0|.2.7\n");
  assert.match(host ?? "", /\*\*host=192\.0\.2\.7\*\*[\s\S]*`host`: /);
  const secret = hoverAt("sip.conf", "[general]\n[p]\ntype=peer\nsecret=hunt|er2\n") ?? "";
  assert.match(secret, /\*\*secret=\*\*\*\*\*\*/);
  assert.doesNotMatch(secret, /hunter2/);
  assert.match(hoverAt("sip.conf", "[general]\n[p]\ntype=peer\ncontext=trunkin|bound\n") ?? "", /^\*\*trunkinbound/i, "a glossary word keeps its glossary hover");
});
