// Codec rules: positive and negative cases, fixes before/after, hover and completion on codec lines.
import { test } from "node:test";
import assert from "node:assert/strict";
import { applyFix, assertLines, cursor, fixesFor, lint, withCode, workspaceOf, WS } from "../helpers";

const sip = (body: string) => ({ "sip.conf": `[general]\n${body}` });

const carrier = (account: string, template?: string, id = "A1", templateId = "T1"): Record<string, string> => ({
  [`${id.toLowerCase()}.carrier`]: `carrier_id: ${id}\nprotocol: SIP\n${template ? `template_id: ${templateId}\n` : ""}[[account_entry]]\n${account}`,
  ...(template ? { "t.conftemplate": `template_id: ${templateId}\n[[template_contents]]\n${template}` } : {}),
});

test("unknown-name: flags unknown names with a suggestion; the fix replaces only the name", () => {
  const files = sip("[p1]\ntype=friend\ndisallow=all\nallow=g711u,alaw:20\nallow=!g723.1\n");
  const findings = lint(files);
  assertLines(findings, "codec/unknown-name", [5, 6]);
  const [first, second] = withCode(findings, "codec/unknown-name");
  assert.match(first.message, /'g711u'.*skips.*'ulaw'/);
  assert.match(second.message, /'g723'/);
  const service = workspaceOf(files);
  const fixed = applyFix(service, fixesFor(service, "codec/unknown-name")[0])["sip.conf"];
  assert.equal(fixed, "[general]\n[p1]\ntype=friend\ndisallow=all\nallow=ulaw,alaw:20\nallow=!g723.1\n");
});

test("unknown-name: valid names in any case, 'all', and the extensions dialect are not flagged", () => {
  const findings = lint({
    ...sip("[p1]\ntype=friend\ndisallow=ALL\nallow = ULaw | alaw , !gsm:30\nallow=g729,opus,h264,slin16,t38\n"),
    "extensions.conf": "[globals]\n[c]\nallow=g711u\n",
  });
  assertLines(findings, "codec/unknown-name", []);
});

test("unknown-name: pjsip_wizard endpoint/allow, carrier fields, no suggestion for nonsense", () => {
  const wizard = lint({ "pjsip_wizard.conf": "[w]\ntype=wizard\nendpoint/allow=pcmu\nallow=zzqqxx\n" });
  assertLines(wizard, "codec/unknown-name", [3, 4]);
  assert.match(withCode(wizard, "codec/unknown-name")[1].message, /Unknown codec 'zzqqxx'.*\.$/);
  const record = lint(carrier("[a1]\ntype=peer\nallow=g729a\n"));
  assertLines(record, "codec/unknown-name", ["a1.carrier:6"]);
});

test("empty-allow: 'allow=' and empty list entries; fixes delete the line or the separator", () => {
  const files = sip("[p1]\ntype=friend\nallow=ulaw\nallow=\ndisallow=\nallow=alaw,,gsm\n");
  const findings = lint(files);
  assertLines(findings, "codec/empty-allow", [5, 7]);
  const service = workspaceOf(files);
  const [lineFix] = fixesFor(service, "codec/empty-allow");
  assert.equal(applyFix(service, lineFix)["sip.conf"], "[general]\n[p1]\ntype=friend\nallow=ulaw\ndisallow=\nallow=alaw,,gsm\n");
  const separatorFinding = withCode(findings, "codec/empty-allow")[1];
  const [sepFix] = service.quickFixes([separatorFinding]);
  assert.equal(applyFix(service, sepFix)["sip.conf"], "[general]\n[p1]\ntype=friend\nallow=ulaw\nallow=\ndisallow=\nallow=alaw,gsm\n");
  assertLines(lint(sip("[p1]\ntype=friend\nallow=ulaw,alaw\n")), "codec/empty-allow", []);
});

test("bad-packetization: non-numbers and negatives are skipped by Asterisk; fix removes the suffix", () => {
  const files = sip("[p1]\ntype=friend\ndisallow=all\nallow=ulaw:30,alaw:abc\nallow=gsm:-5\n");
  const findings = lint(files);
  assertLines(findings, "codec/bad-packetization", [5, 6]);
  assert.match(withCode(findings, "codec/bad-packetization")[0].message, /alaw.*skips alaw/);
  const service = workspaceOf(files);
  assert.equal(
    applyFix(service, fixesFor(service, "codec/bad-packetization")[0])["sip.conf"],
    "[general]\n[p1]\ntype=friend\ndisallow=all\nallow=ulaw:30,alaw\nallow=gsm:-5\n",
  );
  const trailing = withCode(lint(sip("[p1]\ntype=friend\nallow=ulaw:20ms\n")), "codec/bad-packetization");
  assert.equal(trailing.length, 1);
  assert.equal(trailing[0].severity, "information");
  assertLines(lint(sip("[p1]\ntype=friend\nallow=ulaw:20,alaw:0\n")), "codec/bad-packetization", []);
});

test("concatenated-append: 'allow+=' glued onto a previous allow is a warning; fix makes it '='", () => {
  const files = sip("[p1]\ntype=friend\ndisallow=all\nallow=ulaw\nallow+=alaw\n");
  const findings = lint(files);
  assertLines(findings, "codec/concatenated-append", [6]);
  const finding = withCode(findings, "codec/concatenated-append")[0];
  assert.equal(finding.severity, "warning");
  assert.match(finding.message, /'ulawalaw'/);
  assert.equal(finding.related?.length, 1);
  assertLines(findings, "codec/unknown-name", []);
  const service = workspaceOf(files);
  const fixes = fixesFor(service, "codec/concatenated-append");
  assert.equal(applyFix(service, fixes[0])["sip.conf"], "[general]\n[p1]\ntype=friend\ndisallow=all\nallow=ulaw\nallow=alaw\n");
  assert.equal(applyFix(service, fixes[1])["sip.conf"], "[general]\n[p1]\ntype=friend\ndisallow=all\nallow=ulaw\nallow+=,alaw\n");
});

test("concatenated-append: no finding with a separator or without an earlier value; found through a template", () => {
  assertLines(lint(sip("[p1]\ntype=friend\nallow=ulaw\nallow+=,alaw\n")), "codec/concatenated-append", []);
  assertLines(lint(sip("[p1]\ntype=friend\ndisallow=all\nallow+=alaw\n")), "codec/concatenated-append", []);
  assertLines(lint(sip("[t](!)\nallow=ulaw\n[p1](t)\ntype=friend\nallow+=alaw\n")), "codec/concatenated-append", [6]);
});

test("allow-wiped: allow lines before disallow=all in one section; fix moves disallow=all up", () => {
  const files = sip("[p1]\ntype=friend\nallow=ulaw\nallow=alaw\ndisallow=all\nallow=gsm\n");
  const findings = lint(files);
  assertLines(findings, "codec/allow-wiped", [4, 5]);
  const finding = withCode(findings, "codec/allow-wiped")[0];
  assert.match(finding.message, /ulaw is not offered/);
  assert.equal(finding.related?.length, 1);
  const service = workspaceOf(files);
  assert.equal(
    applyFix(service, fixesFor(service, "codec/allow-wiped")[0])["sip.conf"],
    "[general]\n[p1]\ntype=friend\ndisallow=all\nallow=ulaw\nallow=alaw\nallow=gsm\n",
  );
});

test("allow-wiped: not for the usual order, a template being overridden, or a codec allowed again", () => {
  assertLines(lint(sip("[p1]\ntype=friend\ndisallow=all\nallow=ulaw\n")), "codec/allow-wiped", []);
  assertLines(lint(sip("[t](!)\nallow=g729\n[p1](t)\ntype=friend\ndisallow=all\nallow=ulaw\n")), "codec/allow-wiped", []);
  assertLines(lint(sip("[p1]\ntype=friend\nallow=ulaw\ndisallow=all\nallow=ulaw\n")), "codec/allow-wiped", []);
});

test("allow-wiped: a VICIdial template's disallow=all wipes the carrier's allows (no fix across files)", () => {
  const files = carrier("[a1]\ntype=peer\nhost=1.2.3.4\ndisallow=all\nallow=ulaw\n", "disallow=all\nallow=g729\n");
  const findings = lint(files);
  assertLines(findings, "codec/allow-wiped", ["a1.carrier:9"]);
  const finding = withCode(findings, "codec/allow-wiped")[0];
  assert.match(finding.message, /template 'T1'/);
  assert.equal(finding.related?.[0].uri, WS + "t.conftemplate");
  const service = workspaceOf(files);
  assert.deepEqual(fixesFor(service, "codec/allow-wiped"), []);
});

test("nothing-allowed: disallow=all with nothing usable after it, on the line or on the peer using a template", () => {
  const findings = lint(sip("[p1]\ntype=friend\nallow=ulaw\ndisallow=all\n[p2]\ntype=friend\ndisallow=all\nallow=g711\n"));
  assertLines(findings, "codec/nothing-allowed", [5, 8]);
  assert.equal(withCode(findings, "codec/nothing-allowed")[0].severity, "error");
  assert.match(withCode(findings, "codec/nothing-allowed")[1].message, /'g711'/);
  const viaTemplate = lint(sip("[t](!)\ndisallow=all\n[p1](t)\ntype=friend\n"));
  assertLines(viaTemplate, "codec/nothing-allowed", [4]);
  const vicidial = lint(carrier("[a1]\ntype=peer\nallow=ulaw\n", "disallow=all\n"));
  assertLines(vicidial, "codec/nothing-allowed", ["a1.carrier:5"]);
});

test("nothing-allowed: not when something is allowed, not on templates, not without disallow=all", () => {
  assertLines(lint(sip("[p1]\ntype=friend\ndisallow=all\nallow=ulaw\n")), "codec/nothing-allowed", []);
  assertLines(lint(sip("[t](!)\ndisallow=all\n")), "codec/nothing-allowed", []);
  assertLines(lint(sip("[p1]\ntype=friend\ndisallow=ulaw\n")), "codec/nothing-allowed", []);
  assertLines(lint({ "pjsip.conf": "[a]\ntype=aor\ndisallow=all\n" }), "codec/nothing-allowed", []);
  assertLines(lint({ "pjsip.conf": "[e]\ntype=endpoint\ndisallow=all\n" }), "codec/nothing-allowed", [3]);
});

test("both-allowed-and-disallowed: the same codec allowed and disallowed; says which wins", () => {
  const findings = lint(sip("[p1]\ntype=friend\ndisallow=all\nallow=ulaw,g729\ndisallow=g729\n"));
  assertLines(findings, "codec/both-allowed-and-disallowed", [6]);
  assert.match(withCode(findings, "codec/both-allowed-and-disallowed")[0].message, /g729 is not offered/);
  const again = lint(sip("[p1]\ntype=friend\nallow=!gsm\nallow=gsm\n"));
  assert.match(withCode(again, "codec/both-allowed-and-disallowed")[0].message, /gsm is offered/);
});

test("both-allowed-and-disallowed: not via 'all', not for a peer narrowing its template", () => {
  assertLines(lint(sip("[p1]\ntype=friend\nallow=all\ndisallow=g729\n")), "codec/both-allowed-and-disallowed", []);
  assertLines(lint(sip("[t](!)\nallow=g729\n[p1](t)\ntype=friend\ndisallow=g729\n")), "codec/both-allowed-and-disallowed", []);
});

test("no-common-codec: carrier sharing nothing with the phones", () => {
  const files = {
    "sip.conf": "[general]\n[100]\ntype=friend\nhost=dynamic\ndisallow=all\nallow=ulaw\n[trunk]\ntype=peer\nhost=10.0.0.1\ndisallow=all\nallow=g729\n",
  };
  const findings = lint(files);
  assertLines(findings, "codec/no-common-codec", [7]);
  const finding = withCode(findings, "codec/no-common-codec")[0];
  assert.match(finding.message, /phone/);
  assert.equal(finding.related?.[0].message, "Phone '100' allows ulaw");
  const shared = lint({ ...files, "sip.conf": files["sip.conf"] + "allow=ulaw\n" });
  assertLines(shared, "codec/no-common-codec", []);
});

test("no-common-codec: VICIdial carrier against the phones of sip.conf", () => {
  const files = {
    "sip.conf": "[general]\n[100]\ntype=friend\nhost=dynamic\ndisallow=all\nallow=alaw\n",
    ...carrier("[a1]\ntype=peer\nhost=1.2.3.4\ndisallow=all\nallow=ulaw\n"),
  };
  assertLines(lint(files), "codec/no-common-codec", ["a1.carrier:4"]);
});

test("no-common-codec: peer replacing [general] or its template's list", () => {
  const general = lint(sip("disallow=all\nallow=ulaw\n[p1]\ntype=friend\ndisallow=all\nallow=g729\n"));
  assertLines(general, "codec/no-common-codec", [4]);
  assert.match(withCode(general, "codec/no-common-codec")[0].message, /\[general\]/);
  const template = lint(sip("[t](!)\ntype=friend\ndisallow=all\nallow=alaw\n[p1](t)\ndisallow=all\nallow=g729\n"));
  assertLines(template, "codec/no-common-codec", [6]);
  assert.match(withCode(template, "codec/no-common-codec")[0].message, /template 't'/);
  assertLines(lint(sip("disallow=all\nallow=ulaw\n[p1]\ntype=friend\ndisallow=all\nallow=g729,ulaw\n")), "codec/no-common-codec", []);
  assertLines(lint(sip("[p1]\ntype=friend\nhost=1.1.1.1\ndisallow=all\nallow=g729\n")), "codec/no-common-codec", []);
});

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
  const files = carrier("[a1]\ntype=peer\ndisallow=all\nallow=ulaw\n", "allow=alaw\n");
  const service = workspaceOf(files);
  const text = files["a1.carrier"];
  const key = service.hover(WS + "a1.carrier", text.indexOf("allow=ulaw") + 2);
  assert.match(key?.markdown ?? "", /ulaw, alaw \(in this order\)/);
});

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

test("VICIdial PJSIP carrier: the template lands on the last (endpoint) section", () => {
  const files = {
    "p.carrier": "carrier_id: P1\nprotocol: PJSIP\ntemplate_id: PT\n[[account_entry]]\n[p1]\ntype=aor\ncontact=sip:1.2.3.4\n[p1]\ntype=endpoint\naors=p1\nallow=ulaw\n",
    "pt.conftemplate": "template_id: PT\n[[template_contents]]\ndisallow=all\n",
  };
  const findings = lint(files);
  assertLines(findings, "codec/allow-wiped", ["p.carrier:11"]);
  assertLines(findings, "codec/nothing-allowed", ["p.carrier:8"]);
});

test("a template no carrier uses is still checked on its own", () => {
  const findings = lint({ "t.conftemplate": "template_id: T9\n[[template_contents]]\ndisallow=all\nallow=g711u\n" });
  assertLines(findings, "codec/unknown-name", [4]);
  assertLines(findings, "codec/nothing-allowed", [3]);
  assert.match(withCode(findings, "codec/nothing-allowed")[0].message, /template 'T9'.*every carrier using the template/);
});

test("allow-wiped: 'allow=all' before 'disallow=all'", () => {
  const findings = lint(sip("[p1]\ntype=friend\nallow=all\ndisallow=all\nallow=ulaw\n"));
  assertLines(findings, "codec/allow-wiped", [4]);
  assert.match(withCode(findings, "codec/allow-wiped")[0].message, /every format it adds is not offered/);
});

test("empty-allow: in a one-line template_contents field the fix removes the line's text but keeps the field name", () => {
  const files = { "t.conftemplate": "template_id: T1\ntemplate_contents: allow=\n" };
  const service = workspaceOf(files);
  const [fix] = fixesFor(service, "codec/empty-allow");
  assert.equal(applyFix(service, fix)["t.conftemplate"], "template_id: T1\ntemplate_contents: \n");
  const block = workspaceOf({ "t.conftemplate": "template_id: T1\n[[template_contents]]\ndisallow=all\nallow=\nallow=ulaw\n" });
  assert.equal(applyFix(block, fixesFor(block, "codec/empty-allow")[0])["t.conftemplate"], "template_id: T1\n[[template_contents]]\ndisallow=all\nallow=ulaw\n");
});
