// Carrier structure rules: how a carrier's fields join other carriers' text in the generated conf files (account
// entries without a header, templates after several sections, protocol vs entry, [context] in a dialplan entry, Dial
// technology), and the VICIdial-aware duplicate checks (only carriers that share a server and are active collide).
import { test } from "node:test";
import assert from "node:assert/strict";
import { applyFix, assertLines, fixesFor, lint, withCode, workspaceOf } from "../helpers";

interface CarrierSpec {
  protocol?: string;
  server?: string;
  active?: string;
  template?: string;
  globals?: string;
  account?: string;
  dialplan?: string;
}

/** A carrier file: fields in the usual order, then the account entry and dialplan entry blocks. */
function carrier(id: string, spec: CarrierSpec): Record<string, string> {
  const lines = [`carrier_id: ${id}`, `protocol: ${spec.protocol ?? "SIP"}`, `server_ip: ${spec.server ?? "0.0.0.0"}`, `active: ${spec.active ?? "Y"}`];
  if (spec.template !== undefined) lines.push(`template_id: ${spec.template}`);
  if (spec.globals !== undefined) lines.push(`globals_string: ${spec.globals}`);
  if (spec.account !== undefined) lines.push("[[account_entry]]", spec.account);
  if (spec.dialplan !== undefined) lines.push("[[dialplan_entry]]", spec.dialplan);
  return { [`${id}.carrier`]: lines.join("\n") + "\n" };
}

const SIP_PEER = (name: string) => `[${name}]\ntype=peer\nhost=192.0.2.1\ncontext=trunkinbound\ndtmfmode=rfc2833\ninsecure=port,invite`;
const PJSIP_OBJECTS = (name: string) =>
  `[${name}]\ntype=aor\ncontact=sip:192.0.2.9\n[${name}]\ntype=identify\nendpoint=${name}\nmatch=192.0.2.9\n[${name}]\ntype=endpoint\ncontext=trunkinbound\naors=${name}`;
const template = (id: string, contents: string) => ({ [`${id}.conftemplate`]: `template_id: ${id}\ntemplate_name: T\n[[template_contents]]\n${contents}\n` });
const dial = (pattern: string, target: string) => `exten => ${pattern},1,AGI(agi://127.0.0.1:4577/call_log)\nexten => ${pattern},n,Dial(${target},,To)\nexten => ${pattern},n,Hangup()`;

// ---- carrier/account-entry-no-section ------------------------------------------------------------------------------

test("account-entry-no-section: first SIP carrier's lines land in [general]; a later one's in the previous carrier's section", () => {
  const findings = lint({
    ...carrier("A1", { server: "10.0.0.1", account: SIP_PEER("a1") }),
    ...carrier("B1", { server: "10.0.0.1", account: "type=peer\nsecret=hunter2\nhost=192.0.2.2" }),
    ...carrier("Z0", { server: "10.0.0.9", account: "host=192.0.2.3" }),
  });
  assertLines(findings, "carrier/account-entry-no-section", ["B1.carrier:6", "Z0.carrier:6"]);
  const byFile = new Map(withCode(findings, "carrier/account-entry-no-section").map((f) => [f.file, f]));
  const b = byFile.get("B1.carrier")!;
  assert.equal(b.severity, "error");
  assert.match(b.message, /'type'/);
  assert.match(b.message, /\[a1\], the last section of carrier A1/);
  assert.match(byFile.get("Z0.carrier")!.message, /sip\.conf's \[general\]/);
  assert.ok(!JSON.stringify(withCode(findings, "carrier/account-entry-no-section")).includes("hunter2"));
  // VICIdial places these lines itself: syntax/option-before-section does not report them a second time.
  assertLines(findings, "syntax/option-before-section", []);
});

test("account-entry-no-section: headers after blank lines, inactive or other-server carriers before it, PJSIP", () => {
  const clean = lint({ ...carrier("A1", { account: `\n\n${SIP_PEER("a1")}` }) });
  assertLines(clean, "carrier/account-entry-no-section", []);
  // A1 is inactive and C1 sits on another server: neither is written before B1, so B1's lines go to [general].
  const findings = lint({
    ...carrier("A1", { active: "N", account: SIP_PEER("a1") }),
    ...carrier("AA", { server: "10.0.0.1", account: SIP_PEER("aa") }),
    ...carrier("B1", { server: "10.0.0.2", account: "host=192.0.2.2" }),
    ...carrier("P1", { protocol: "PJSIP", account: "type=endpoint\ncontext=trunkinbound" }),
  });
  assertLines(findings, "carrier/account-entry-no-section", ["B1.carrier:6", "P1.carrier:6"]);
  const byFile = new Map(withCode(findings, "carrier/account-entry-no-section").map((f) => [f.file, f]));
  assert.match(byFile.get("B1.carrier")!.message, /\[general\]/);
  assert.match(byFile.get("P1.carrier")!.message, /pjsip-vicidial\.conf/);
  // A header without its `]` is the syntax rule's finding only.
  const unclosed = lint(carrier("U1", { account: "[u1\ntype=peer" }));
  assertLines(unclosed, "carrier/account-entry-no-section", []);
  assert.ok(unclosed.some((f) => f.code.startsWith("syntax/") && f.file === "U1.carrier"));
  // Zap carriers are never written.
  assertLines(lint(carrier("X1", { protocol: "Zap", account: "host=192.0.2.2" })), "carrier/account-entry-no-section", []);
});

test("account-entry-no-section: the fix starts the entry with [carrier_id]; no fix for an unusable id or a one-line field", () => {
  const files = carrier("B1", { account: "type=peer\nhost=192.0.2.2" });
  const service = workspaceOf(files);
  const [fix] = fixesFor(service, "carrier/account-entry-no-section");
  assert.equal(fix.title, "Start the account entry with [B1]");
  const fixed = applyFix(service, fix)["B1.carrier"];
  assert.equal(fixed, files["B1.carrier"].replace("[[account_entry]]\n", "[[account_entry]]\n[B1]\n"));
  assertLines(lint({ "B1.carrier": fixed }), "carrier/account-entry-no-section", []);

  assert.deepEqual(fixesFor(workspaceOf(carrier("B", { account: "host=192.0.2.2" })), "carrier/account-entry-no-section"), []);
  const oneLine = { "C1.carrier": "carrier_id: C1\nprotocol: SIP\nserver_ip: 0.0.0.0\naccount_entry: host=192.0.2.2\n" };
  assert.deepEqual(fixesFor(workspaceOf(oneLine), "carrier/account-entry-no-section"), []);
  // A later section already named like the carrier: a second [C2] peer would clash, so no fix.
  const clash = carrier("C2", { account: "host=192.0.2.2\n[C2]\ntype=peer" });
  assert.deepEqual(fixesFor(workspaceOf(clash), "carrier/account-entry-no-section"), []);
});

// ---- carrier/template-joins-last-section ---------------------------------------------------------------------------

test("template-joins-last-section: a SIP entry with two peers and a template is a warning on template_id", () => {
  const files = {
    ...template("TRUNKT", "disallow=all\nallow=ulaw"),
    ...carrier("S1", { template: "TRUNKT", account: `${SIP_PEER("s1a")}\n${SIP_PEER("s1b")}` }),
  };
  const findings = lint(files);
  assertLines(findings, "carrier/template-joins-last-section", ["S1.carrier:5"]);
  const [finding] = withCode(findings, "carrier/template-joins-last-section");
  assert.equal(finding.severity, "warning");
  assert.match(finding.message, /only the last section, \[s1b\]/);
  assert.match(finding.message, /\[s1a\]/);
  const text = files["S1.carrier"];
  assert.equal(finding.related?.[0].span.start, text.indexOf("[s1b]") + 1);
});

test("template-joins-last-section: one section, a template with its own header, no template, unknown template: nothing", () => {
  const findings = lint({
    ...template("TRUNKT", "disallow=all\nallow=ulaw"),
    ...template("HEADED", "[shared]\ntype=peer"),
    ...carrier("S1", { template: "TRUNKT", account: SIP_PEER("s1") }),
    ...carrier("S2", { template: "HEADED", account: `${SIP_PEER("s2a")}\n${SIP_PEER("s2b")}` }),
    ...carrier("S3", { template: "--NONE--", account: `${SIP_PEER("s3a")}\n${SIP_PEER("s3b")}` }),
    ...carrier("S4", { template: "MISSING", account: `${SIP_PEER("s4a")}\n${SIP_PEER("s4b")}` }),
  });
  assertLines(findings, "carrier/template-joins-last-section", []);
});

test("template-joins-last-section: PJSIP template keys that fit the last object are the usual layout; others are an error", () => {
  const endpointKeys = template("PJT", "disallow=all\nallow=ulaw\ndtmf_mode=rfc4733\ndirect_media=no");
  const fits = lint({ ...endpointKeys, ...carrier("P1", { protocol: "PJSIP", template: "PJT", account: PJSIP_OBJECTS("p1") }) });
  assertLines(fits, "carrier/template-joins-last-section", []);

  const aorLast = `[p2]\ntype=endpoint\ncontext=trunkinbound\naors=p2\n[p2]\ntype=aor\ncontact=sip:192.0.2.9`;
  const findings = lint({ ...endpointKeys, ...carrier("P2", { protocol: "PJSIP", template: "PJT", account: aorLast }) });
  assertLines(findings, "carrier/template-joins-last-section", ["P2.carrier:5"]);
  const [finding] = withCode(findings, "carrier/template-joins-last-section");
  assert.equal(finding.severity, "error");
  assert.match(finding.message, /'dtmf_mode' and 'direct_media'/);
  assert.match(finding.message, /type=aor/);
  assert.match(finding.message, /type=endpoint/);
});

// ---- carrier/protocol-mismatch -------------------------------------------------------------------------------------

test("protocol-mismatch: a SIP carrier holding PJSIP objects; the fix sets PJSIP", () => {
  const files = carrier("M1", { account: PJSIP_OBJECTS("m1") });
  const findings = lint(files);
  assertLines(findings, "carrier/protocol-mismatch", ["M1.carrier:2"]);
  const [finding] = withCode(findings, "carrier/protocol-mismatch");
  assert.equal(finding.severity, "error");
  assert.match(finding.message, /sip-vicidial\.conf/);
  assert.match(finding.message, /PJSIP objects \(type=aor, identify, endpoint\)|type=aor, type=identify, type=endpoint/);
  const service = workspaceOf(files);
  const [fix] = fixesFor(service, "carrier/protocol-mismatch");
  const fixed = applyFix(service, fix)["M1.carrier"];
  assert.match(fixed, /^carrier_id: M1\nprotocol: PJSIP\n/);
  assertLines(lint({ "M1.carrier": fixed }), "carrier/protocol-mismatch", []);
});

test("protocol-mismatch: wizard under IAX2, chan_sip peer under PJSIP, PJSIP objects under PJSIP_WIZ", () => {
  const cases: [CarrierSpec, string][] = [
    [{ protocol: "IAX2", account: "[w1]\ntype=wizard\nremote_hosts=192.0.2.5\nendpoint/context=trunkinbound" }, "PJSIP_WIZ"],
    [{ protocol: "PJSIP", account: "[w1]\ntype=friend\nhost=192.0.2.5\nsecret=hunter2\ndtmfmode=rfc2833\ninsecure=invite" }, "SIP"],
    [{ protocol: "PJSIP_WIZ", account: PJSIP_OBJECTS("w1") }, "PJSIP"],
    [{ protocol: "SIP", account: "[w1]\ntype=friend\nhost=192.0.2.5\ntrunk=yes\nrequirecalltoken=no" }, "IAX2"],
  ];
  for (const [spec, expected] of cases) {
    const files = carrier("W1", spec);
    const findings = withCode(lint(files), "carrier/protocol-mismatch");
    assert.equal(findings.length, 1, `${spec.protocol} → ${expected}`);
    assert.ok(!findings[0].message.includes("hunter2"));
    const service = workspaceOf(files);
    const fixed = applyFix(service, fixesFor(service, "carrier/protocol-mismatch")[0])["W1.carrier"];
    assert.match(fixed, new RegExp(`\nprotocol: ${expected}\n`), `${spec.protocol} → ${expected}`);
  }
});

test("protocol-mismatch: no fix when SIP or IAX2 cannot be told apart; matching entries and single stray keys are fine", () => {
  const vague = carrier("V1", { protocol: "PJSIP", account: "[v1]\ntype=friend\nhost=192.0.2.5\nsecret=x" });
  assertLines(lint(vague), "carrier/protocol-mismatch", ["V1.carrier:2"]);
  assert.match(withCode(lint(vague), "carrier/protocol-mismatch")[0].message, /chan_sip or chan_iax2 peer/);
  assert.deepEqual(fixesFor(workspaceOf(vague), "carrier/protocol-mismatch"), []);
  const findings = lint({
    ...carrier("OK1", { account: SIP_PEER("ok1") }),
    ...carrier("OK2", { protocol: "PJSIP", account: PJSIP_OBJECTS("ok2") }),
    ...carrier("OK3", { protocol: "PJSIP_WIZ", account: "[ok3]\ntype=wizard\nremote_hosts=192.0.2.5\nendpoint/context=trunkinbound" }),
    ...carrier("OK4", { protocol: "IAX2", account: "[ok4]\ntype=friend\nhost=192.0.2.5\nsecret=x\ncontext=trunkinbound\ntrunk=yes" }),
    // One chan_iax2 key in a SIP peer is a stray line (peer/wrong-driver-option), not an IAX2 carrier.
    ...carrier("OK5", { account: "[ok5]\ntype=peer\nhost=192.0.2.5\ntrunk=yes" }),
    ...carrier("OK6", { protocol: "EXTERNAL", account: PJSIP_OBJECTS("ok6") }),
  });
  assertLines(findings, "carrier/protocol-mismatch", []);
});

// ---- carrier/context-in-dialplan -----------------------------------------------------------------------------------

test("context-in-dialplan: names the carriers written after it on the same server, in VICIdial's order", () => {
  const entry = (p: string) => dial(p, "SIP/x/${EXTEN:1}");
  const findings = lint({
    ...carrier("I9", { protocol: "IAX2", dialplan: entry("_71NXXNXXXXXX") }),
    ...carrier("S0", { dialplan: entry("_81NXXNXXXXXX") }),
    ...carrier("S1", { server: "10.0.0.5", dialplan: `[my-routes]\n${entry("_91NXXNXXXXXX")}` }),
    ...carrier("S2", { dialplan: entry("_61NXXNXXXXXX") }),
    ...carrier("S3", { server: "10.0.0.7", dialplan: entry("_51NXXNXXXXXX") }),
    ...carrier("S4", { active: "N", dialplan: entry("_41NXXNXXXXXX") }),
    ...carrier("P1", { protocol: "PJSIP", dialplan: entry("_31NXXNXXXXXX") }),
    ...carrier("W1", { protocol: "PJSIP_WIZ", dialplan: entry("_21NXXNXXXXXX") }),
  });
  assertLines(findings, "carrier/context-in-dialplan", ["S1.carrier:6"]);
  const [finding] = withCode(findings, "carrier/context-in-dialplan");
  assert.equal(finding.severity, "error");
  assert.match(finding.message, /\(S2, W1 and P1\)/);
  assert.match(finding.message, /\[my-routes\]/);
});

test("context-in-dialplan: no header, or [vicidial-auto-external] itself, is fine; the last carrier still gets told", () => {
  assertLines(
    lint({ ...carrier("S1", { dialplan: `[vicidial-auto-external]\n${dial("_91NXXNXXXXXX", "SIP/x/${EXTEN:1}")}` }), ...carrier("S2", { dialplan: dial("_81NXXNXXXXXX", "SIP/x/${EXTEN:1}") }) }),
    "carrier/context-in-dialplan",
    [],
  );
  const last = lint(carrier("P9", { protocol: "PJSIP", dialplan: `[later]\n${dial("_91NXXNXXXXXX", "PJSIP/${EXTEN:1}@p9")}` }));
  assertLines(last, "carrier/context-in-dialplan", ["P9.carrier:6"]);
  assert.match(withCode(last, "carrier/context-in-dialplan")[0].message, /any carrier written after it/);
});

// ---- carrier/dial-technology ---------------------------------------------------------------------------------------

test("dial-technology: a SIP carrier dialing PJSIP/, and a PJSIP carrier dialing its global that resolves to SIP/", () => {
  const findings = lint({
    ...carrier("S1", { account: SIP_PEER("s1"), dialplan: dial("_91NXXNXXXXXX", "PJSIP/${EXTEN:1}@s1") }),
    ...carrier("P1", { protocol: "PJSIP", globals: "P1TRUNK = SIP/p1", account: PJSIP_OBJECTS("p1"), dialplan: dial("_81NXXNXXXXXX", "${P1TRUNK}/${EXTEN:1}") }),
  });
  assertLines(findings, "carrier/dial-technology", ["P1.carrier:20", "S1.carrier:14"]);
  const byFile = new Map(withCode(findings, "carrier/dial-technology").map((f) => [f.file, f]));
  assert.equal(byFile.get("S1.carrier")!.severity, "warning");
  assert.match(byFile.get("S1.carrier")!.message, /SIP carrier, but this Dial goes out through PJSIP/);
  assert.match(byFile.get("P1.carrier")!.message, /resolves to 'SIP\/p1\/\$\{EXTEN:1\}'/);
  assert.match(byFile.get("P1.carrier")!.message, /PJSIP\/<number>@<endpoint>/);
});

test("dial-technology: the carrier's own global wins over another carrier's global of the same name", () => {
  const findings = lint({
    ...carrier("A1", { server: "10.0.0.1", globals: "TRK = SIP/a1", account: SIP_PEER("a1"), dialplan: dial("_91NXXNXXXXXX", "${TRK}/${EXTEN:1}") }),
    ...carrier("B1", { protocol: "PJSIP", server: "10.0.0.2", globals: "TRK = b1", account: PJSIP_OBJECTS("b1"), dialplan: dial("_81NXXNXXXXXX", "PJSIP/${EXTEN:1}@${TRK}") }),
    ...carrier("C1", { protocol: "IAX2", server: "10.0.0.3", globals: "TRK = IAX2/c1", account: "[c1]\ntype=peer\nhost=192.0.2.7", dialplan: dial("_71NXXNXXXXXX", "${TRK}/${EXTEN:1}") }),
  });
  assertLines(findings, "carrier/dial-technology", []);
});

test("dial-technology: Local/, VICIdial loops, IAX2 to other servers, unresolved variables and other carriers' trunks are fine", () => {
  const findings = lint({
    ...carrier("S1", {
      account: SIP_PEER("s1"),
      dialplan: [
        dial("_91NXXNXXXXXX", "Local/${EXTEN}@default"),
        dial("_92NXXNXXXXXX", "${TRUNKloop}/${EXTEN:1}"),
        dial("_93NXXNXXXXXX", "IAX2/ASTloop:hunter2@127.0.0.1:40569/${EXTEN:1}"),
        dial("_94NXXNXXXXXX", "PJSIP/${EXTEN:1}@${NOWHERE}"),
        dial("_95NXXNXXXXXX", "PJSIP/${EXTEN:1}@p1"),
        dial("_96NXXNXXXXXX", "SIP/s1/${EXTEN:1}&PJSIP/${EXTEN:1}@p1"),
      ].join("\n"),
    }),
    ...carrier("P1", { protocol: "PJSIP", account: PJSIP_OBJECTS("p1"), dialplan: dial("_81NXXNXXXXXX", "PJSIP/${EXTEN:1}@p1") }),
  });
  assertLines(findings, "carrier/dial-technology", []);
});

// ---- VICIdial-aware duplicates: peer/duplicate-section and globals/duplicate-global ----------------------------------

test("duplicate-section across carriers: same server or 0.0.0.0 clash; other servers and inactive carriers do not", () => {
  const pair = (a: CarrierSpec, b: CarrierSpec) =>
    lint({ ...carrier("CA", { ...a, account: SIP_PEER("trunk") }), ...carrier("CB", { ...b, account: SIP_PEER("trunk") }) });
  const same = pair({ server: "10.0.0.5" }, { server: "10.0.0.5" });
  assertLines(same, "peer/duplicate-section", ["CB.carrier:6"]);
  assert.match(withCode(same, "peer/duplicate-section")[0].message, /Carriers CB and CA are both written to server 10\.0\.0\.5/);
  const all = pair({ server: "0.0.0.0" }, { server: "10.0.0.5" });
  assertLines(all, "peer/duplicate-section", ["CB.carrier:6"]);
  assert.match(withCode(all, "peer/duplicate-section")[0].message, /server 10\.0\.0\.5/);
  assertLines(pair({ server: "10.0.0.5" }, { server: "10.0.0.6" }), "peer/duplicate-section", []);
  assertLines(pair({ server: "10.0.0.5", active: "N" }, { server: "10.0.0.5" }), "peer/duplicate-section", []);
  assertLines(pair({ server: "10.0.0.5" }, { server: "10.0.0.5", active: "N" }), "peer/duplicate-section", []);
});

test("duplicate-section: PJSIP objects of carriers on different servers do not clash; an inactive carrier's own duplicate still does", () => {
  const a = carrier("PA", { protocol: "PJSIP", server: "10.0.0.1", account: PJSIP_OBJECTS("trunk") });
  const b = carrier("PB", { protocol: "PJSIP", server: "10.0.0.2", account: PJSIP_OBJECTS("trunk") });
  assertLines(lint({ ...a, ...b }), "peer/duplicate-section", []);
  const both = lint({ ...a, ...carrier("PB", { protocol: "PJSIP", server: "0.0.0.0", account: PJSIP_OBJECTS("trunk") }) });
  assertLines(both, "peer/duplicate-section", ["PB.carrier:6", "PB.carrier:9", "PB.carrier:13"]);
  assert.match(withCode(both, "peer/duplicate-section")[0].message, /Carriers PB and PA/);
  const self = lint(carrier("PC", { protocol: "PJSIP", active: "N", account: `${PJSIP_OBJECTS("x")}\n[x]\ntype=endpoint` }));
  assertLines(self, "peer/duplicate-section", ["PC.carrier:17"]);
});

test("duplicate-global across carriers: same server or 0.0.0.0 clash; other servers and inactive carriers do not", () => {
  const pair = (a: CarrierSpec, b: CarrierSpec) =>
    lint({
      ...carrier("GA", { ...a, globals: "TRUNKX = SIP/ga", account: SIP_PEER("ga"), dialplan: dial("_91NXXNXXXXXX", "${TRUNKX}/${EXTEN:1}") }),
      ...carrier("GB", { ...b, globals: "TRUNKX = SIP/gb", account: SIP_PEER("gb"), dialplan: dial("_81NXXNXXXXXX", "${TRUNKX}/${EXTEN:1}") }),
    });
  const same = pair({ server: "10.0.0.5" }, { server: "10.0.0.5" });
  assertLines(same, "globals/duplicate-global", ["GB.carrier:5"]);
  assert.match(withCode(same, "globals/duplicate-global")[0].message, /Carriers GB and GA are both written to server 10\.0\.0\.5/);
  assertLines(pair({ server: "10.0.0.5" }, { server: "0.0.0.0" }), "globals/duplicate-global", ["GB.carrier:5"]);
  assertLines(pair({ server: "10.0.0.5" }, { server: "10.0.0.6" }), "globals/duplicate-global", []);
  assertLines(pair({ server: "10.0.0.5", active: "N" }, { server: "10.0.0.5" }), "globals/duplicate-global", []);
  // A third carrier on GA's server still clashes with GA even when GB (another server) comes in between.
  const three = lint({
    ...carrier("GA", { server: "10.0.0.5", globals: "TRUNKX = SIP/ga", account: SIP_PEER("ga") }),
    ...carrier("GB", { server: "10.0.0.6", globals: "TRUNKX = SIP/gb", account: SIP_PEER("gb") }),
    ...carrier("GC", { server: "10.0.0.5", globals: "TRUNKX = SIP/gc", account: SIP_PEER("gc") }),
  });
  assertLines(three, "globals/duplicate-global", ["GC.carrier:5"]);
  assert.match(withCode(three, "globals/duplicate-global")[0].message, /carrier GA's globals string/);
});

test("a [general] in the account entries of carriers on different servers is not a second [general]", () => {
  const general = "[general]\ncontext=trunkinbound";
  const apart = lint({ ...carrier("AAA", { server: "10.0.0.1", account: general }), ...carrier("BBB", { server: "10.0.0.2", account: general }) });
  assertLines(apart, "peer/duplicate-section", []);
  const together = lint({ ...carrier("AAA", { server: "10.0.0.1", account: general }), ...carrier("BBB", { server: "0.0.0.0", account: general }) });
  assertLines(together, "peer/duplicate-section", ["BBB.carrier:6"]);
});
