// Secrets are a property of the model: every output of every feature, over workspaces full of distinctive
// passwords (secret keys, register lines, realm credentials, URI passwords, pasted credentials), holds none of them.
// Hover, completion, signature help and rename are asked at every offset; fixes' edits may carry a secret only by
// copying a line of the workspace as it is.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { LanguageService } from "../../server/src/service/language-service";
import { runLint } from "../../server/src/cli/cli";
import { cursor, workspaceOf, WS } from "../helpers";

const FILES: Record<string, string> = {
  "sip.conf": [
    "[general]",
    "register => cuser:SipRegPwAlpha@sip.example.com/100",
    "register => tls://u2:SipRegPwBravo:authu@h.example.com:5061/200",
    "register => onlyuser:SipRegPwNoHost",
    "[authentication]",
    "auth = alice:SipRealmPwCharlie@realm.example.com",
    "[tmpl](!)",
    "type=peer",
    "secret=SipPeerSecretDelta",
    "md5secret=SipMd5SecretEcho",
    "remotesecret=SipRemoteFoxtrot",
    "[peer1](tmpl)",
    "host=192.0.2.10",
    "fromuser=u:SipFromUserGolf@h",
    "outboundproxy=sip:pu:SipProxyHotel@proxy.example.com",
    "secret InvalidLinePwIndia",
    "[peer2]",
    "type=friend",
    "host=dynamic",
    "secret=Sip;SemiJuliet",
    "",
  ].join("\n"),
  "iax.conf": ["[general]", "register => iuser:IaxRegPwKilo@iax.example.com", "[trunk]", "type=peer", "host=192.0.2.20", "secret=IaxSecretLima", "dbsecret=IaxDbSecretMike", "auth=md5", ""].join("\n"),
  "pjsip.conf": [
    "[transport-udp]",
    "type=transport",
    "protocol=udp",
    "bind=0.0.0.0",
    "[trunk-auth]",
    "type=auth",
    "auth_type=userpass",
    "username=trunkuser",
    "password=PjAuthPwNovember",
    "[digest-auth]",
    "type=auth",
    "auth_type=md5",
    "password_digest=PjDigestOscar0123456789",
    "oauth_secret=PjOauthPapa",
    "refresh_token=PjRefreshQuebec",
    "[trunk]",
    "type=endpoint",
    "outbound_auth=bob:PjPastedRomeo@realm",
    "aors=trunk",
    "[trunk]",
    "type=aor",
    "contact=sip:cu:PjContactSierra@198.51.100.1:5060",
    "[trunk-reg]",
    "type=registration",
    "outbound_auth=trunk-auth",
    "client_uri=sip:ru:PjClientTango@198.51.100.1",
    "server_uri=sip:su:PjServerUniform@198.51.100.1",
    "outbound_proxy=sip:pu:PjProxyVictor@198.51.100.2\\;lr",
    "",
  ].join("\n"),
  "pjsip_wizard.conf": ["[wiz]", "type=wizard", "remote_hosts=198.51.100.9", "sends_auth=yes", "outbound_auth/username=w", "outbound_auth/password=PjWizardWhiskey", "aor/contact=sip:a:PjWizContactXray@198.51.100.9", ""].join("\n"),
  "extensions.conf": [
    "[globals]",
    "TRUNK=SIP/gu:ExtGlobalYankee@gw.example.com",
    "[vicidial-auto-external]",
    "exten => _91NXXNXXXXXX,1,AGI(agi://127.0.0.1:4577/call_log)",
    "exten => _91NXXNXXXXXX,n,Dial(SIP/du:ExtDialZulu@gw.example.com/${EXTEN:1},,To)",
    "exten => _92NXXNXXXXXX,1,Dial(IAX2/iu:ExtIaxAlphaTwo@iax.example.com/${EXTEN:1},${CAMPDTO},To)",
    "exten => _92NXXNXXXXXX,n,Hangup()",
    "",
  ].join("\n"),
  "sip-carrier.carrier": [
    "carrier_id: SIPCAR",
    "carrier_name: SIP carrier",
    "protocol: SIP",
    "server_ip: 0.0.0.0",
    "active: Y",
    "template_id: --NONE--",
    "registration_string: register => cuser:CarSipRegBravoTwo@sip.example.com:5060/cuser",
    "globals_string: SIPCARTRUNK = SIP/sipcar",
    "",
    "[[account_entry]]",
    "[sipcar]",
    "type=peer",
    "host=sip.example.com",
    "username=cuser",
    "secret=CarSipSecretCharlieTwo",
    "",
    "[[dialplan_entry]]",
    "exten => _81NXXNXXXXXX,1,Dial(${SIPCARTRUNK}/${EXTEN:1},${CAMPDTO},To)",
    "",
  ].join("\n"),
  "iax-carrier.carrier": [
    "carrier_id: IAXCAR",
    "carrier_name: IAX carrier",
    "protocol: IAX2",
    "server_ip: 0.0.0.0",
    "active: Y",
    "template_id: --NONE--",
    "registration_string: iuser:CarIaxRegDeltaTwo",
    "",
    "[[account_entry]]",
    "[iaxcar]",
    "type=peer",
    "host=iax.example.com",
    "secret=CarIaxSecretEchoTwo",
    "",
  ].join("\n"),
  "pjsip-carrier.carrier": [
    "carrier_id: PJCAR",
    "carrier_name: PJSIP carrier",
    "protocol: PJSIP",
    "server_ip: 0.0.0.0",
    "active: Y",
    "template_id: shared",
    "registration_string: register => pj:CarPjRegFoxtrotTwo@pj.example.com",
    "",
    "[[account_entry]]",
    "[pjcar]",
    "type=endpoint",
    "outbound_auth=pjcar:CarPjPastedGolfTwo@pj.example.com",
    "aors=pjcar",
    "[pjcar]",
    "type=aor",
    "contact=sip:pjcar:CarPjContactHotelTwo@pj.example.com",
    "",
  ].join("\n"),
  "shared.conftemplate": ["template_id: shared", "template_name: shared", "", "[[template_contents]]", "secret=TplSecretIndiaTwo", "auth=tu:TplRealmJulietTwo@realm", ""].join("\n"),
};

/** The passwords the fixtures hold (found by their distinctive words, so no list can drift from the files). */
const SECRETS = [...new Set(Object.values(FILES).join("\n").match(/[A-Za-z;]*(?:Pw|Secret|Pasted|Contact|Client|Server|Proxy|Digest|Oauth|Refresh|Wizard|WizContact|DialZulu|GlobalYankee|IaxAlpha|Semi|FromUser|RealmJuliet|Reg[A-Z])[A-Za-z0-9;]*/g) ?? [])].filter(
  (s) => /[A-Z][a-z]+[A-Z]/.test(s) && !["password_digest", "oauth_secret", "refresh_token", "remotesecret", "md5secret", "dbsecret"].includes(s),
);

/** Pieces of 8 characters of every secret: a clipped output still gives a secret away. */
const PIECES = [...new Set(SECRETS.flatMap((s) => Array.from({ length: Math.max(1, s.length - 7) }, (_, i) => s.slice(i, i + 8))))];

/** Texts already looked at, and the piece each gives away: the same completion documentation comes back at every offset. */
const leaked = new Map<string, string | undefined>();

function leaks(text: string | undefined): string | undefined {
  if (!text) return undefined;
  if (!leaked.has(text)) leaked.set(text, PIECES.find((piece) => text.includes(piece)));
  return leaked.get(text);
}

function assertClean(where: string, text: string | undefined): void {
  const piece = leaks(text);
  assert.equal(piece, undefined, `${where} shows '${piece}': ${text?.slice(0, 300)}`);
}

test("the fixtures hold the distinctive secrets the check looks for", () => {
  for (const s of ["SipRegPwAlpha", "SipRegPwBravo", "PjContactSierra", "PjClientTango", "PjServerUniform", "CarSipRegBravoTwo", "CarIaxRegDeltaTwo", "ExtDialZulu", "Sip;SemiJuliet", "InvalidLinePwIndia"]) {
    assert.ok(SECRETS.includes(s), `${s} in ${SECRETS.join(" ")}`);
  }
  assert.ok(SECRETS.length >= 30, String(SECRETS.length));
});

test("no feature of the language service shows a secret, at any offset", { timeout: 300_000 }, () => {
  const service = workspaceOf(FILES);
  const all = Object.values(FILES).join("\n");
  for (const [uri, findings] of service.allDiagnostics()) {
    for (const f of findings) {
      assertClean(`${f.code} message`, f.message);
      for (const r of f.related ?? []) assertClean(`${f.code} related`, r.message);
    }
    for (const fix of service.quickFixes(findings)) {
      assertClean(`fix title of ${uri}`, fix.title);
      for (const edit of fix.edits) {
        for (const line of edit.newText.split("\n")) if (leaks(line)) assert.ok(all.includes(line.trim()), `fix '${fix.title}' writes a secret into a new line: ${line}`);
      }
    }
  }
  for (const name of Object.keys(FILES)) {
    const uri = WS + name;
    const text = FILES[name];
    const walk = (symbols: ReturnType<LanguageService["symbols"]>) => {
      for (const s of symbols) {
        assertClean(`symbol of ${name}`, s.name);
        assertClean(`symbol detail of ${name}`, s.detail);
        walk(s.children);
      }
    };
    walk(service.symbols(uri));
    for (let offset = 0; offset <= text.length; offset++) {
      const at = `${name}@${offset}`;
      assertClean(`hover ${at}`, service.hover(uri, offset)?.markdown);
      for (const c of service.completions(uri, offset)) {
        assertClean(`completion ${at}`, c.label);
        assertClean(`completion detail ${at}`, c.detail);
        assertClean(`completion doc ${at}`, c.documentation);
        assertClean(`completion insert ${at}`, c.insertText);
      }
      const help = service.signatureHelp(uri, offset);
      if (help) assertClean(`signature ${at}`, help.documentation + help.parameters.map((p) => p.documentation).join(" "));
      assertClean(`rename ${at}`, service.prepareRename(uri, offset)?.placeholder);
    }
  }
  for (const number of ["915551234567", "925551234567", "815551234567", "100"]) {
    const { result, text } = service.route(number);
    assertClean(`route ${number}`, text);
    assertClean(`route ${number} result`, JSON.stringify(result));
  }
});

test("the CLI prints no secret, as text or JSON, for lint and route", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vicidial-secrets-"));
  try {
    for (const [name, text] of Object.entries(FILES)) fs.writeFileSync(path.join(dir, name), text);
    for (const argv of [[dir], ["--format", "json", dir], ["route", "915551234567", dir], ["route", "925551234567", dir, "--format", "json"]]) {
      const result = runLint(argv, dir);
      assertClean(`vicidial-lint ${argv.join(" ")}`, result.stdout + result.stderr);
      assert.ok(result.stdout.length > 0, argv.join(" "));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
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

test("the masker answers a text it has masked before the same way, long texts and a full memory included", async () => {
  const { SecretMasker, MASK } = await import("../../server/src/service/secrets");
  const masker = new SecretMasker(["RepeatPw77"]);
  const short = "auth=u:RepeatPw77@h";
  const long = "x ".repeat(1500) + "RepeatPw77 " + "y ".repeat(1500);
  for (let i = 0; i < 3; i++) {
    assert.equal(masker.mask(short), `auth=u:${MASK}@h`);
    assert.equal(masker.mask(long), long.replace("RepeatPw77", MASK));
  }
  for (let i = 0; i < 5000; i++) masker.mask(`text ${i}`);
  assert.equal(masker.mask(short), `auth=u:${MASK}@h`, "after the remembered texts were dropped");
});
