// Secrets are a property of the model: every output of every feature, over workspaces full of distinctive
// passwords (secret keys, register lines, realm credentials, URI passwords, pasted credentials), holds none of them.
// Hover, completion, signature help and rename are asked at every offset; fixes' edits may carry a secret only by
// copying a line of the workspace as it is.
import { test } from "node:test";
import assert from "node:assert/strict";
import { LanguageService } from "../../server/src/service/language-service";
import type { Finding } from "../../server/src/service/rules/types";
import { cursor, workspaceOf, WS } from "../helpers";
import { assertNoSecret, leakIn, SECRET_FILES, SECRETS } from "../secret-fixtures";

const FILES = SECRET_FILES;
const assertClean = assertNoSecret;

test("the fixtures hold the distinctive secrets the check looks for", () => {
  for (const s of ["SipRegPwAlpha", "SipRegPwBravo", "SipRegPwDomain", "PjContactPwSierra", "PjClientPwTango", "PjServerPwUniform", "CarSipRegPwBravoTwo", "CarIaxRegPwDeltaTwo", "CarBareRegPwEchoTwo", "ExtDialPwZulu", "SipPw;SemiJuliet", "InvalidLinePwIndia", "SipMd5AuthPwHash", "SipTypoKeyPwNovember"]) {
    assert.ok(SECRETS.includes(s), `${s} in ${SECRETS.join(" ")}`);
  }
  assert.ok(SECRETS.length >= 40, String(SECRETS.length));
});

/** Every finding's message, related messages and data (the LSP client gets `data` with each diagnostic). */
function checkFindings(service: LanguageService): Finding[] {
  const all: Finding[] = [];
  for (const [uri, findings] of service.allDiagnostics()) {
    for (const f of findings) {
      assertClean(`${f.code} message in ${uri}`, f.message);
      for (const r of f.related ?? []) assertClean(`${f.code} related in ${uri}`, r.message);
      assertClean(`${f.code} data in ${uri}`, JSON.stringify(f.data ?? {}));
      all.push(f);
    }
  }
  assert.ok(all.length > 20, `the fixtures give findings (${all.length})`);
  return all;
}

/** Code actions: every title; an edit may carry a secret only by copying a line of the workspace as it is. */
function checkCodeActions(service: LanguageService, findings: Finding[]): void {
  const lines = new Set(Object.values(FILES).flatMap((text) => text.split("\n").map((l) => l.trim())));
  const fixes = [...service.quickFixes(findings), ...service.suppressionFixes(findings)];
  assert.ok(fixes.length > findings.length, "quick fixes and suppressions are offered");
  for (const fix of fixes) {
    assertClean("code action title", fix.title);
    for (const edit of fix.edits) {
      for (const line of edit.newText.split("\n")) if (leakIn(line)) assert.ok(lines.has(line.trim()), `fix '${fix.title}' writes a secret into a new line: ${line}`);
    }
  }
}

function checkSymbols(service: LanguageService, name: string): void {
  const walk = (symbols: ReturnType<LanguageService["symbols"]>) => {
    for (const s of symbols) {
      assertClean(`symbol of ${name}`, s.name);
      assertClean(`symbol detail of ${name}`, s.detail);
      walk(s.children);
    }
  };
  walk(service.symbols(WS + name));
}

/** Hover, completion, signature help, rename and navigation at one offset. */
function checkOffset(service: LanguageService, name: string, offset: number): void {
  const uri = WS + name;
  const at = `${name}@${offset}`;
  assertClean(`hover ${at}`, service.hover(uri, offset)?.markdown);
  for (const c of service.completions(uri, offset)) assertClean(`completion ${at}`, JSON.stringify(c));
  const help = service.signatureHelp(uri, offset);
  if (help) assertClean(`signature ${at}`, JSON.stringify(help));
  assertClean(`prepare rename ${at}`, service.prepareRename(uri, offset)?.placeholder);
  const renamed = service.rename(uri, offset, "renamed_name");
  if ("error" in renamed) assertClean(`rename ${at}`, renamed.error);
}

test("no feature of the language service shows a secret, at any offset", { timeout: 300_000 }, () => {
  const service = workspaceOf(FILES);
  checkCodeActions(service, checkFindings(service));
  for (const name of Object.keys(FILES)) {
    checkSymbols(service, name);
    for (let offset = 0; offset <= FILES[name].length; offset++) checkOffset(service, name, offset);
  }
  for (const [number, context] of [["915551234567"], ["925551234567"], ["935551234567"], ["815551234567"], ["825551234567"], ["100"], ["5551234", "from-trunk"]]) {
    const { result, text } = service.route(number, context);
    assertClean(`route ${number}`, text);
    assertClean(`route ${number} result`, JSON.stringify(result));
  }
});

function hoverAt(file: string, textWithMarker: string): string {
  const { text, offset } = cursor(textWithMarker);
  return workspaceOf({ [file]: text }).hover(WS + file, offset)?.markdown ?? "";
}

test("the outline of a SIP or IAX carrier shows its registration string without the password", () => {
  for (const [protocol, line] of [["SIP", "register => cuser:OutlineSipPw1@sip.example.com/100"], ["IAX2", "register => cuser:OutlineIaxPw2@iax.example.com"], ["IAX2", "cuser:OutlineIaxPw3"]]) {
    const text = `carrier_id: C\nprotocol: ${protocol}\nserver_ip: 0.0.0.0\nactive: Y\nregistration_string: ${line}\n`;
    const service = workspaceOf({ "c.carrier": text });
    const field = service.symbols(WS + "c.carrier").find((s) => s.name === "registration_string");
    assert.ok(field?.detail, "the field has a detail");
    assert.ok(!/Outline\w*Pw/.test(field.detail), field.detail);
    assert.match(field.detail, /cuser/, "the rest of the line stays");
  }
});

test("an outline detail that clips a password in the middle still masks it", () => {
  const text = `carrier_id: C\nprotocol: SIP\nserver_ip: 0.0.0.0\nactive: Y\nregistration_string: register => some_rather_long_user_name:ClippedPasswordXyz123456789@sip.example.com\n`;
  const field = workspaceOf({ "c.carrier": text }).symbols(WS + "c.carrier").find((s) => s.name === "registration_string");
  assert.ok(field?.detail && !field.detail.includes("ClippedPa"), field?.detail);
});

test("hovering a chan_sip credential pasted into a PJSIP outbound_auth masks it in the heading and the body", () => {
  const hover = hoverAt("pjsip.conf", "[ep]\ntype=endpoint\noutbound_auth=bob:PastedHover42@re|alm\n");
  assert.ok(hover.length > 0, "a hover");
  assert.ok(!hover.includes("PastedHover42"), hover);
});

test("hovers over SIP URIs never print the password written in them", () => {
  for (const [key, secret] of [["client_uri", "UriClient77"], ["server_uri", "UriServer78"]]) {
    const hover = hoverAt("pjsip.conf", `[reg]\ntype=registration\n${key}=sip:ru:${secret}@198.51.|100.1\n`);
    assert.ok(hover.length > 0, key);
    assert.ok(!hover.includes(secret), hover);
  }
  const contact = hoverAt("pjsip.conf", "[aor1]\ntype=aor\ncontact=sip:u:UriContact79@198.5|1.100.1\n");
  assert.ok(contact.length > 0 && !contact.includes("UriContact79"), contact);
  const section = hoverAt("pjsip.conf", "[a|or1]\ntype=aor\ncontact=sip:u:UriContact80@198.51.100.1\n");
  assert.ok(section.length > 0 && !section.includes("UriContact80"), section);
});

test("the masker: whole words, longest first, clipped secrets, one-letter secrets and thousands sharing a start", async () => {
  const { SecretMasker, MASK } = await import("../../server/src/service/secrets");
  const many = Array.from({ length: 3000 }, (_, i) => `p${i}`);
  const masker = new SecretMasker([...many, "hunter2", "hunter22", "x", "LongSecretValue"]);
  assert.equal(masker.mask("auth=u:hunter22@h and hunter2."), `auth=u:${MASK}@h and ${MASK}.`);
  assert.equal(masker.mask("p1 p2999 p3000 ap1 p1a"), `${MASK} ${MASK} p3000 ap1 p1a`);
  assert.equal(masker.mask("x marks xylophone x"), `${MASK} marks xylophone ${MASK}`);
  assert.equal(masker.mask("register => u:LongSec"), `register => u:${MASK}`);
  assert.equal(masker.mask("register => u:LongSec… (cut)"), `register => u:${MASK}… (cut)`);
  assert.equal(masker.mask("Lon"), "Lon", "too short a start to tell");
  assert.equal(new SecretMasker([]).mask("anything"), "anything");
});
