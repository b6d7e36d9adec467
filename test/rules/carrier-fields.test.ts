// Carrier field checks: what admin.php strips or refuses in single carrier/template fields, and what
// ADMIN_keepalive_ALL.pl never writes. Positive and negative cases, and the quick fixes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { applyFix, assertLines, fixesFor, lint, withCode, workspaceOf } from "../helpers";

/** A carrier record: one-line fields first, then the account entry and dialplan blocks (when given). */
function carrier(fields: Record<string, string>, account?: string, dialplan?: string): string {
  const base: Record<string, string> = { carrier_id: "ACME", protocol: "SIP", server_ip: "0.0.0.0", active: "Y", ...fields };
  const lines = Object.entries(base)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${v}`);
  if (account !== undefined) lines.push("[[account_entry]]", account);
  if (dialplan !== undefined) lines.push("[[dialplan_entry]]", dialplan);
  return lines.join("\n") + "\n";
}

const ACCOUNT = "[acme]\ntype=peer\nhost=192.0.2.1\ncontext=trunkinbound";
const DIALPLAN = "exten => _91NXXNXXXXXX,1,AGI(agi://127.0.0.1:4577/call_log)\nexten => _91NXXNXXXXXX,n,Dial(SIP/acme/${EXTEN:1},,To)\nexten => _91NXXNXXXXXX,n,Hangup()";

// ---- carrier/id-format -----------------------------------------------------------------------------------------

test("id-format: characters VICIdial deletes from a carrier ID are an error that says what the ID becomes", () => {
  const findings = lint({ "a.carrier": carrier({ carrier_id: "MY CARRIER!" }) });
  assertLines(findings, "carrier/id-format", [1]);
  const [finding] = withCode(findings, "carrier/id-format");
  assert.equal(finding.severity, "error");
  assert.match(finding.message, /saved as 'MYCARRIER'/);
  assert.match(finding.message, /space, '!'/);
  // The span covers the offending characters only.
  const text = carrier({ carrier_id: "MY CARRIER!" });
  assert.equal(text.slice(finding.span.start, finding.span.end), " CARRIER!");
});

test("id-format: fix replaces the record's own ID with the sanitised one", () => {
  const service = workspaceOf({ "a.carrier": carrier({ carrier_id: "MY CARRIER!" }), "t.conftemplate": "template_id: ULAW TRUNK\n[[template_contents]]\ndisallow=all\n" });
  const [fix] = fixesFor(service, "carrier/id-format");
  assert.match(fix.title, /MYCARRIER/);
  assert.ok(applyFix(service, fix)["a.carrier"].startsWith("carrier_id: MYCARRIER\nprotocol: SIP\n"));
  const template = withCode(lint({ "t.conftemplate": "template_id: ULAW TRUNK\n[[template_contents]]\ndisallow=all\n" }), "carrier/id-format");
  assert.equal(template.length, 1);
  const only = workspaceOf({ "t.conftemplate": "template_id: ULAW TRUNK\n[[template_contents]]\ndisallow=all\n" });
  assert.equal(applyFix(only, fixesFor(only, "carrier/id-format")[0])["t.conftemplate"], "template_id: ULAWTRUNK\n[[template_contents]]\ndisallow=all\n");
});

test("id-format: too short, too long and missing IDs are errors without a fix", () => {
  const short = workspaceOf({ "a.carrier": carrier({ carrier_id: "A" }) });
  assert.match(withCode(lint({ "a.carrier": carrier({ carrier_id: "A" }) }), "carrier/id-format")[0].message, /shorter than 2/);
  assert.deepEqual(fixesFor(short, "carrier/id-format"), []);

  const long = lint({ "a.carrier": carrier({ carrier_id: "ABCDEFGHIJKLMNOPQ" }) });
  assertLines(long, "carrier/id-format", [1]);
  assert.match(withCode(long, "carrier/id-format")[0].message, /17 characters.*becomes 'ABCDEFGHIJKLMNO'/);
  assert.deepEqual(fixesFor(workspaceOf({ "a.carrier": carrier({ carrier_id: "ABCDEFGHIJKLMNOPQ" }) }), "carrier/id-format"), []);

  // Deleting the bad characters leaves a single character: no fix either.
  assert.deepEqual(fixesFor(workspaceOf({ "a.carrier": carrier({ carrier_id: "A !" }) }), "carrier/id-format"), []);

  const missing = lint({ "a.carrier": "protocol: SIP\nserver_ip: 0.0.0.0\n", "t.conftemplate": "template_name: x\n" });
  assertLines(missing, "carrier/id-format", ["a.carrier:1", "t.conftemplate:1"]);
  assert.match(withCode(missing, "carrier/id-format")[0].message, /no (carrier_id|template_id)/);
});

test("id-format: a carrier's template_id reference is checked too, but not fixed; --NONE-- and valid IDs are fine", () => {
  const service = workspaceOf({ "a.carrier": carrier({ template_id: "ULAW TRUNK" }) });
  const findings = withCode(lint({ "a.carrier": carrier({ template_id: "ULAW TRUNK" }) }), "carrier/id-format");
  assert.equal(findings.length, 1);
  assert.match(findings[0].message, /Template ID 'ULAW TRUNK'.*'ULAWTRUNK'/);
  assert.deepEqual(fixesFor(service, "carrier/id-format"), []);
  const clean = lint({
    "a.carrier": carrier({ carrier_id: "ACME-1_b", template_id: "--NONE--" }),
    "b.carrier": carrier({ carrier_id: "B2", template_id: "" }),
    "c.carrier": carrier({ carrier_id: "ABCDEFGHIJKLMNO", template_id: "ULAW_TRUNK" }),
    "t.conftemplate": "template_id: ULAW_TRUNK\n[[template_contents]]\ndisallow=all\n",
  });
  assertLines(clean, "carrier/id-format", []);
});

// ---- carrier/semicolon-stripped --------------------------------------------------------------------------------

test("semicolon-stripped: a comment line in the account entry says what it turns into; fix deletes the line", () => {
  const text = carrier({}, "[acme]\n; use ulaw\ntype=peer\n;allow=gsm\nhost=192.0.2.1");
  const findings = lint({ "a.carrier": text });
  assertLines(findings, "carrier/semicolon-stripped", [7, 9]);
  const [first, second] = withCode(findings, "carrier/semicolon-stripped").sort((a, b) => a.line - b.line);
  assert.equal(first.severity, "warning");
  assert.match(first.message, /'use ulaw'.*no '='/);
  assert.match(second.message, /setting 'allow=gsm'/);
  const service = workspaceOf({ "a.carrier": text });
  const [fix] = fixesFor(service, "carrier/semicolon-stripped");
  assert.equal(applyFix(service, fix)["a.carrier"], carrier({}, "[acme]\ntype=peer\n;allow=gsm\nhost=192.0.2.1"));
});

test("semicolon-stripped: a trailing comment is deleted with the blanks before it", () => {
  const service = workspaceOf({ "a.carrier": carrier({}, "[acme]\ntype=peer\ncontext=trunkinbound   ; calls from the carrier") });
  const [finding] = withCode(lint({ "a.carrier": carrier({}, "[acme]\ntype=peer\ncontext=trunkinbound   ; calls from the carrier") }), "carrier/semicolon-stripped");
  assert.match(finding.message, /value of 'context'/);
  const [fix] = fixesFor(service, "carrier/semicolon-stripped");
  assert.equal(applyFix(service, fix)["a.carrier"], carrier({}, "[acme]\ntype=peer\ncontext=trunkinbound"));
});

test("semicolon-stripped: ';' inside a value and escaped '\\;' are explained without a fix and without the secret", () => {
  const text = carrier({}, "[acme]\ntype=peer\nsecret=hunter\\;2\ncontact=sip:192.0.2.1;transport=tcp");
  const findings = withCode(lint({ "a.carrier": text }), "carrier/semicolon-stripped");
  assert.equal(findings.length, 2);
  for (const f of findings) assert.ok(!f.message.includes("hunter"), f.message);
  assert.match(findings.find((f) => f.line === 8)!.message, /backslash/);
  assert.match(findings.find((f) => f.line === 9)!.message, /transport/);
  const service = workspaceOf({ "a.carrier": text });
  assert.deepEqual(service.quickFixes(findings), []);
});

test("semicolon-stripped: commented-out secrets, register lines and realm credentials are masked in the message", () => {
  const text = carrier({}, "[acme]\n;secret=hunter2\n; register => acme:hunter2@192.0.2.1\n;auth = acme:hunter2@example.com\n;secret hunter2\ntype=peer");
  const findings = withCode(lint({ "a.carrier": text }), "carrier/semicolon-stripped").sort((a, b) => a.line - b.line);
  assert.equal(findings.length, 4);
  for (const f of findings) assert.ok(!f.message.includes("hunter2"), f.message);
  assert.match(findings[0].message, /'secret=\*\*\*\*'/);
  assert.match(findings[1].message, /'register => \*\*\*\*'/);
  assert.match(findings[2].message, /'auth = acme:\*\*\*\*@example\.com'/);
  assert.match(findings[3].message, /'secret \*\*\*\*'/);
});

test("semicolon-stripped: registration and globals strings, templates and block comments; the password never shows", () => {
  const text = carrier({ registration_string: "register => user:pw123@192.0.2.1:5060 ; main login", globals_string: "ACMETRUNK = SIP/acme ; trunk" }, "[acme]\n;--\nold=1\n--;\ntype=peer");
  const findings = lint({ "a.carrier": text, "t.conftemplate": "template_id: T1\n[[template_contents]]\n; shared\ndisallow=all\n" });
  assertLines(findings, "carrier/semicolon-stripped", ["a.carrier:5", "a.carrier:6", "a.carrier:9", "a.carrier:11", "t.conftemplate:3"]);
  for (const f of withCode(findings, "carrier/semicolon-stripped")) assert.ok(!f.message.includes("pw123"), f.message);
  assert.match(withCode(findings, "carrier/semicolon-stripped").find((f) => f.line === 9)!.message, /block comment/);
  const service = workspaceOf({ "a.carrier": carrier({ registration_string: "register => user:pw123@192.0.2.1:5060 ; main login" }) });
  const [fix] = fixesFor(service, "carrier/semicolon-stripped");
  assert.match(applyFix(service, fix)["a.carrier"], /^registration_string: register => user:pw123@192\.0\.2\.1:5060$/m);
});

test("semicolon-stripped: comments in the dialplan entry and clean fields are not reported", () => {
  const findings = lint({
    "a.carrier": carrier({ registration_string: "register => user:pw@192.0.2.1", globals_string: "ACMETRUNK = SIP/acme" }, ACCOUNT, "; outbound\n" + DIALPLAN),
    "t.conftemplate": "template_id: T1\n[[template_contents]]\ndisallow=all\n",
  });
  assertLines(findings, "carrier/semicolon-stripped", []);
});

// ---- carrier/dialplan-stripped-chars ---------------------------------------------------------------------------

test("dialplan-stripped-chars: single quotes are a warning; paired ones get a fix to double quotes", () => {
  const text = carrier({}, ACCOUNT, "exten => _91NXXNXXXXXX,1,NoOp('dialling out')\nexten => _91NXXNXXXXXX,n,NoOp(it's late)");
  const findings = lint({ "a.carrier": text });
  assertLines(findings, "carrier/dialplan-stripped-chars", [11, 12]);
  for (const f of withCode(findings, "carrier/dialplan-stripped-chars")) assert.equal(f.severity, "warning");
  const service = workspaceOf({ "a.carrier": text });
  const [fix] = fixesFor(service, "carrier/dialplan-stripped-chars");
  assert.ok(applyFix(service, fix)["a.carrier"].includes('NoOp("dialling out")\nexten => _91NXXNXXXXXX,n,NoOp(it\'s late)'));
  // The unpaired quote has no fix.
  const unpaired = withCode(findings, "carrier/dialplan-stripped-chars").find((f) => f.line === 12)!;
  assert.deepEqual(service.quickFixes([unpaired]), []);
});

test("dialplan-stripped-chars: quotes in a $[...] expression and backslash escapes are errors", () => {
  const text = carrier(
    {},
    ACCOUNT,
    "exten => _91NXXNXXXXXX,1,GotoIf($['${X}' = 'a']?2)\nexten => _91NXXNXXXXXX,2,Set(A=b\\,c)\nexten => _91NXXNXXXXXX,3,NoOp(x\\;y)",
  );
  const findings = withCode(lint({ "a.carrier": text }), "carrier/dialplan-stripped-chars").sort((a, b) => a.line - b.line);
  assert.deepEqual(findings.map((f) => [f.line, f.severity]), [[11, "error"], [12, "error"], [13, "error"]]);
  assert.match(findings[0].message, /expression/);
  assert.match(findings[2].message, /comment/);
});

test("dialplan-stripped-chars: a lone CR is reported, CRLF line endings and double quotes are not", () => {
  const lone = carrier({}, ACCOUNT, "exten => _91NXXNXXXXXX,1,NoOp(a)\rexten => _91NXXNXXXXXX,2,Hangup()");
  assertLines(lint({ "a.carrier": lone }), "carrier/dialplan-stripped-chars", [11]);
  const crlf = carrier({}, ACCOUNT, 'exten => _91NXXNXXXXXX,1,NoOp("fine")\n' + DIALPLAN).replace(/\n/g, "\r\n");
  assertLines(lint({ "a.carrier": crlf }), "carrier/dialplan-stripped-chars", []);
  // Quotes outside the dialplan entry are not this rule's business.
  assertLines(lint({ "a.carrier": carrier({ carrier_description: "Bob's trunk" }, ACCOUNT, DIALPLAN) }), "carrier/dialplan-stripped-chars", []);
});

// ---- carrier/server-ip -----------------------------------------------------------------------------------------

test("server-ip: addresses and 0.0.0.0 are fine; other values are errors saying what admin.php keeps", () => {
  assertLines(lint({ "a.carrier": carrier({ server_ip: "10.10.10.15" }), "b.carrier": carrier({ carrier_id: "B2", server_ip: "0.0.0.0" }) }), "carrier/server-ip", []);
  const cases: [string, RegExp][] = [
    ["server1", /leaves '1'.*refuses/],
    ["10.0.0.1/24", /saves '10\.0\.0\.124', a different address/],
    ["10.10.10", /no server has that address/],
    ["256.1.1.1", /not an IPv4 address/],
  ];
  for (const [value, expected] of cases) {
    const findings = withCode(lint({ "a.carrier": carrier({ server_ip: value }) }), "carrier/server-ip");
    assert.equal(findings.length, 1, value);
    assert.equal(findings[0].severity, "error");
    assert.equal(findings[0].line, 3);
    assert.match(findings[0].message, expected);
  }
});

test("server-ip: a missing or empty server_ip is a warning", () => {
  const missing = withCode(lint({ "a.carrier": "carrier_id: ACME\nprotocol: SIP\n" }), "carrier/server-ip");
  assert.deepEqual(missing.map((f) => [f.line, f.severity]), [[1, "warning"]]);
  const empty = withCode(lint({ "a.carrier": carrier({ server_ip: "" }) }), "carrier/server-ip");
  assert.deepEqual(empty.map((f) => [f.line, f.severity]), [[3, "warning"]]);
  assert.match(empty[0].message, /no server_ip/);
});

// ---- carrier/globals-format ------------------------------------------------------------------------------------

test("globals-format: names that cannot be read back are errors, a space is a warning", () => {
  const colon = withCode(lint({ "a.carrier": carrier({ globals_string: "ACME:TRUNK = SIP/acme" }) }), "carrier/globals-format");
  assert.deepEqual(colon.map((f) => [f.line, f.severity]), [[5, "error"]]);
  assert.match(colon[0].message, /substring offset/);
  const space = withCode(lint({ "a.carrier": carrier({ globals_string: "ACME TRUNK = SIP/acme" }) }), "carrier/globals-format");
  assert.deepEqual(space.map((f) => [f.line, f.severity]), [[5, "warning"]]);
  assert.match(space[0].message, /ACME_TRUNK/);
});

test("globals-format: a section header, several lines and more than 255 characters are errors", () => {
  const header = withCode(lint({ "a.carrier": carrier({ globals_string: "[trunks]" }) }), "carrier/globals-format");
  assert.equal(header.length, 1);
  assert.match(header[0].message, /context \[trunks\]/);

  const block = "carrier_id: ACME\nprotocol: SIP\nserver_ip: 0.0.0.0\n[[globals_string]]\nA = SIP/a\nB = SIP/b\n";
  assertLines(lint({ "a.carrier": block }), "carrier/globals-format", [6]);

  const long = withCode(lint({ "a.carrier": carrier({ globals_string: "ACMETRUNK = SIP/" + "x".repeat(250) }) }), "carrier/globals-format");
  assert.equal(long.length, 1);
  assert.match(long[0].message, /266 characters.*first 255/);
});

test("globals-format: valid globals pass, and a line without '=' is left to syntax/missing-equals", () => {
  const valid = lint({
    "a.carrier": carrier({ globals_string: "ACMETRUNK = SIP/acme" }),
    "b.carrier": carrier({ carrier_id: "B2", globals_string: "PJ_TRUNK=acme_pj" }),
    "c.carrier": carrier({ carrier_id: "C3", globals_string: "" }),
  });
  assertLines(valid, "carrier/globals-format", []);
  const noEquals = lint({ "a.carrier": carrier({ globals_string: "SIP/acme" }) });
  assertLines(noEquals, "carrier/globals-format", []);
  assertLines(noEquals, "syntax/missing-equals", [5]);
});

// ---- carrier/never-written -------------------------------------------------------------------------------------

test("never-written: the filled fields of a Zap or EXTERNAL carrier are warnings; empty ones are not", () => {
  const findings = lint({
    "z.carrier": carrier({ protocol: "Zap", globals_string: "ZAPTRUNK = DAHDI/g1" }, ACCOUNT, DIALPLAN),
    "e.carrier": carrier({ carrier_id: "EXT1", protocol: "EXTERNAL", registration_string: "" }),
  });
  assertLines(findings, "carrier/never-written", ["z.carrier:5", "z.carrier:6", "z.carrier:11"]);
  for (const f of withCode(findings, "carrier/never-written")) {
    assert.equal(f.severity, "warning");
    assert.match(f.message, /Zap carrier/);
    assert.equal(f.related?.length, 1);
  }
});

test("never-written: a protocol or active value outside the ENUM is an error; active N is information", () => {
  const bad = withCode(lint({ "a.carrier": carrier({ protocol: "SIPP", active: "yes" }) }), "carrier/never-written").sort((a, b) => a.line - b.line);
  assert.deepEqual(bad.map((f) => [f.line, f.severity]), [[2, "error"], [4, "error"]]);
  assert.match(bad[0].message, /'SIPP'.*SIP, PJSIP, PJSIP_WIZ, IAX2, Zap, EXTERNAL/);
  assert.match(bad[1].message, /neither Y nor N/);

  const inactive = withCode(lint({ "a.carrier": carrier({ active: "N" }, ACCOUNT, DIALPLAN) }), "carrier/never-written");
  assert.deepEqual(inactive.map((f) => [f.line, f.severity]), [[4, "information"]]);

  const fine = lint({
    "a.carrier": carrier({ protocol: "SIP" }, ACCOUNT, DIALPLAN),
    "b.carrier": carrier({ carrier_id: "B2", protocol: "pjsip_wiz", active: "y" }),
    "c.carrier": "carrier_id: C3\nserver_ip: 0.0.0.0\n",
  });
  assertLines(fine, "carrier/never-written", []);
});

test("semicolon-stripped: comment text that may hold a credential is not quoted back", () => {
  const text = carrier({}, "[acme]\ntype=peer\n;secret: hunter2\n;auth alice:pw2@realm\n;old password was letmein\n; use ulaw");
  const findings = withCode(lint({ "a.carrier": text }), "carrier/semicolon-stripped");
  assert.equal(findings.length, 4);
  for (const secret of ["hunter2", "pw2", "letmein"]) assert.ok(findings.every((f) => !f.message.includes(secret)), secret);
  assert.ok(findings.some((f) => /'use ulaw'/.test(f.message)), "harmless comment text is still quoted");
});
