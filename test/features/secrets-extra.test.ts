// secrets.ts beyond the plain secret keys: chan_sip realm credentials (`auth=user:secret@realm`), PJSIP
// password_digest and the OAuth credentials are masked in displayed values, hovers and diagnostics.
import { test } from "node:test";
import assert from "node:assert/strict";
import { MASK, displayValue, isSecretKey, secretsOf } from "../../server/src/service/secrets";
import { cursor, lint, withCode, workspaceOf, WS } from "../helpers";
import { Workspace } from "../../server/src/service/model/workspace";
import { RuleRunner } from "../../server/src/service/rules/run";
import type { Rule } from "../../server/src/service/rules/types";

function hoverAt(file: string, textWithMarker: string): string {
  const { text, offset } = cursor(textWithMarker);
  return workspaceOf({ [file]: text }).hover(WS + file, offset)?.markdown ?? "";
}

test("password_digest, oauth_secret and refresh_token are secret keys, also behind a wizard prefix", () => {
  for (const key of ["password_digest", "oauth_secret", "refresh_token", "outbound_auth/password_digest", "inbound_auth/oauth_secret", " Refresh_Token "]) {
    assert.ok(isSecretKey(key), key);
    assert.equal(displayValue(key, "0123456789abcdef"), MASK, key);
  }
  assert.equal(displayValue("password_digest", ""), "");
  assert.ok(!isSecretKey("oauth_clientid"));
});

test("auth=user:secret@realm shows only the secret masked; method lists and object names stay", () => {
  assert.equal(displayValue("auth", "alice:hunter2@sip.example.com"), `alice:${MASK}@sip.example.com`);
  assert.equal(displayValue("auth", "alice#5f4dcc3b5aa765d61d8327deb882cf99@realm"), `alice#${MASK}@realm`);
  // chan_sip takes the realm after the last '@' and the secret after the first ':'.
  assert.equal(displayValue("auth", "alice:p@ss:word@realm"), `alice:${MASK}@realm`);
  assert.equal(displayValue("auth", "alice:hunter2"), `alice:${MASK}`);
  assert.deepEqual(secretsOf("auth", "alice:hunter2@realm"), ["hunter2"]);
  assert.deepEqual(secretsOf("secret", "hunter2"), ["hunter2"]);
  // chan_iax2 `auth=md5,rsa`, a PJSIP endpoint's `auth=` object name, a credential without secret: nothing secret.
  for (const value of ["md5,plaintext,rsa", "carrier_auth", "alice@realm"]) {
    assert.equal(displayValue("auth", value), value);
    assert.deepEqual(secretsOf("auth", value), []);
  }
});

test("hovers never show the new secrets", () => {
  const sip = "[general]\n[tmpl](!)\ntype=friend\nauth=alice:hunter2@realm\n[pe|er](tmpl)\nhost=192.0.2.1\n";
  const peer = hoverAt("sip.conf", sip);
  assert.match(peer, /auth=alice:\*\*\*\*@realm/);
  assert.ok(!peer.includes("hunter2"));
  assert.ok(!hoverAt("sip.conf", sip.replace("pe|er", "peer").replace("auth=alice:hunter2", "auth=alice:hun|ter2")).includes("hunter2"));
  const pjsip = "[t](!)\ntype=auth\nauth_type=digest\npassword_digest=5f4dcc3b5aa765d61d8327deb882cf99\noauth_secret=G00gleS3cret\nrefresh_token=R3freshTok\n[a|u](t)\nusername=alice\n";
  const auth = hoverAt("pjsip.conf", pjsip);
  assert.ok(auth.length > 0, "a section hover");
  for (const secret of ["5f4dcc3b5aa765d61d8327deb882cf99", "G00gleS3cret", "R3freshTok"]) assert.ok(!auth.includes(secret), secret);
  const keyHover = hoverAt("pjsip.conf", pjsip.replace("[a|u]", "[au]").replace("password_digest=", "password_dig|est="));
  assert.ok(!keyHover.includes("5f4dcc3b5aa765d61d8327deb882cf99"));
});

test("diagnostics never quote the new secrets", () => {
  const findings = lint({
    "sip.conf": "[general]\n[p]\ntype=friend\nhost=192.0.2.1\nauth=alice:hunter2@realm\nauth=bob:hunter3\n",
    "iax.conf": "[general]\n[p]\ntype=friend\nhost=192.0.2.1\nauth=alice:hunter4@realm\n",
    "pjsip.conf": "[a]\ntype=auth\npassword_digest=5f4dcc3b5aa765d61d8327deb882cf99\noauth_secret=G00gleS3cret\nrefresh_token=R3freshTok\n[e]\ntype=endpoint\noauth_secret=S3cretOnEndpoint\n",
  });
  for (const f of findings) {
    for (const secret of ["hunter2", "hunter3", "hunter4", "5f4dcc3b5aa765d61d8327deb882cf99", "G00gleS3cret", "R3freshTok", "S3cretOnEndpoint"]) {
      assert.ok(!f.message.includes(secret), `${f.code}: ${f.message}`);
    }
  }
});

test("masking is whole-word: a one-letter password does not garble the message around it", () => {
  const findings = lint({ "iax.conf": "[general]\n[p]\ntype=peer\nauth=alice:p@realm\n" });
  const [finding] = withCode(findings, "peer/invalid-value");
  assert.ok(finding, "invalid-value reported");
  assert.match(finding.message, /alice:\*\*\*\*@realm/);
  assert.match(finding.message, /comma-separated list/, "words containing the letter p stay whole");
});

test("a chan_sip credential pasted into a PJSIP outbound_auth is masked in the message and kept out of the fix data", () => {
  const findings = lint({ "pjsip.conf": "[ep]\ntype=endpoint\noutbound_auth=bob:Hunter2secret@realm\n[bob-auth]\ntype=auth\n" });
  const [finding] = withCode(findings, "peer/unresolved-reference");
  assert.ok(finding, "unresolved-reference reported");
  assert.ok(!finding.message.includes("Hunter2secret"));
  assert.ok(!JSON.stringify(finding.data ?? {}).includes("Hunter2secret"));
});

test("the runner masks a secret a rule quotes by mistake, from the line the finding points at", () => {
  const careless: Rule = {
    code: "test/careless",
    area: "syntax",
    severity: "warning",
    summary: "quotes the value of every option",
    checkDocument(doc, ctx) {
      for (const line of doc.conf?.lines ?? []) {
        if (line.kind === "option") ctx.report({ uri: doc.uri, span: line.valueSpan, message: `value is ${line.value}`, related: [{ uri: doc.uri, span: line.keySpan, message: `see ${line.value}` }] });
      }
    },
  };
  const ws = new Workspace();
  ws.setDocument("/ws/sip.conf", "[general]\nregister => user:Reg1Pass@host.example.com\n[p]\nsecret=Top5ecret\nhost=192.0.2.1\n");
  const messages = [...new RuleRunner([careless]).run(ws).values()].flat().flatMap((f) => [f.message, ...(f.related ?? []).map((r) => r.message)]);
  assert.ok(messages.includes("value is 192.0.2.1"), "other values are left alone");
  assert.ok(messages.includes("value is ****"));
  assert.ok(messages.every((m) => !m.includes("Reg1Pass") && !m.includes("Top5ecret")), JSON.stringify(messages));
});

test("maskConfText masks every marked span of a conf text printed as it is, and nothing else", async () => {
  const { maskConfText } = await import("../../server/src/service/secrets");
  const cases: [string, string][] = [
    ["register => u:pw1@h.example.com/100", "register => u:****@h.example.com/100"],
    ["bareuser:pw2@sip.example.com/bareuser", "bareuser:****@sip.example.com/bareuser"],
    ["iuser:pw3", "iuser:****"],
    ["auth=alice:pw4@realm", "auth=alice:****@realm"],
    ["contact=sip:c:pw5@198.51.100.1:5060", "contact=sip:c:****@198.51.100.1:5060"],
    ["exten => _9X.,1,Dial(SIP/d:pw6@gw/${EXTEN:1})", "exten => _9X.,1,Dial(SIP/d:****@gw/${EXTEN:1})"],
    ["TRUNK = IAX2/g:pw7@h", "TRUNK = IAX2/g:****@h"],
    ["secert=pw8", "secert=****"],
    ["secret=pw9;glued rest", "secret=**** rest"],
    ["register => u:pa;ss@host", "register => u:****@host"],
    ["secret hunter0", "secret ****"],
    [";secret=OldPw", ";secret=****"],
    ["; register => u:old@h", "; register => u:****@h"],
    ["host=192.0.2.1 ; see sip:u:cpw@h", "host=192.0.2.1 ; see sip:u:****@h"],
    ["exten => _8X.,1,Dial(SIP/${EXTEN:1}@peer)", "exten => _8X.,1,Dial(SIP/${EXTEN:1}@peer)"],
    ["[sect]\nhost=192.0.2.1\n; secret is elsewhere", "[sect]\nhost=192.0.2.1\n; secret is elsewhere"],
    ["contact=sip:u:p@ss@host", "contact=sip:u:****@host"],
    [";--\nsecret=BlockPw1\n  password = BlockPw2\n--;", ";--\nsecret=****\n  password = ****\n--;"],
    [";-- secret=InlinePw3 --;", ";-- secret=**** --;"],
    [";--\nthis note: not a key\n--;", ";--\nthis note: not a key\n--;"],
  ];
  for (const [text, masked] of cases) assert.equal(maskConfText(text), masked, text);
});

test("maskRecordField: conf fields like conf text, others only where they hold a credential", async () => {
  const { maskRecordField } = await import("../../server/src/service/secrets");
  assert.equal(maskRecordField("carrier_name", "Acme: main trunk"), "Acme: main trunk");
  assert.equal(maskRecordField("registration_string", "iuser:pwA"), "iuser:****");
  assert.equal(maskRecordField("carrier_description", "see sip:u:pwB@h"), "see sip:u:****@h");
  assert.equal(maskRecordField("account_entry", "[t]\nsecret=pwC"), "[t]\nsecret=****");
});

test("commented-out credentials, a password cut by a glued ';' and misspelt secret keys are secrets of the document", () => {
  const service = workspaceOf({ "sip.conf": "[general]\n;register => u:OldRegPw1@h.example.com\n[p]\ntype=peer\nhost=192.0.2.1\n;secret=OldPeerPw2\nsecret=Glued;PartPw3\nsecert=TypoPw4\n" });
  assert.equal(service.mask("OldRegPw1 OldPeerPw2 Glued;PartPw3 Glued TypoPw4"), "**** **** **** **** ****");
  assert.equal(displayValue("secert", "TypoPw4"), MASK, "a misspelt secret key's value is shown masked");
  assert.deepEqual(secretsOf("secert", "TypoPw4"), [], "but it is no credential for the rules that compare them");
});

test("a password on a line inside a ';-- --;' block comment is a secret of the document like a ';' comment's", () => {
  const service = workspaceOf({ "sip.conf": "[general]\n[p]\ntype=peer\nhost=192.0.2.1\n;--\nsecret=BlockPeerPw5\n--;\n;-- md5secret=InlinePw6 --;\n" });
  assert.equal(service.mask("BlockPeerPw5 InlinePw6"), "**** ****");
});

test("a one- or two-letter password is not masked inside a contraction, and still masked where it stands", async () => {
  const { SecretMasker } = await import("../../server/src/service/secrets");
  const masker = new SecretMasker(["s", "t", "longer"]);
  assert.equal(masker.mask("SIP's peer, don't; secret 's' or s"), "SIP's peer, don't; secret '****' or ****");
  assert.equal(masker.mask("it's longer's"), "it's ****'s", "longer secrets are masked whatever comes before");
  const findings = lint({ "sip.conf": "[general]\n[p]\ntype=peer\nhost=192.0.2.1\nsecret=s\ncontext=from-trunk\n", "extensions.conf": "[from-trunk]\nexten => _X.,1,Dial(SIP/p)\n" });
  const messages = findings.map((f) => f.message).join("\n");
  assert.match(messages, /VICIdial's/, "possessives stay whole");
  assert.ok(!messages.includes("'****"), messages);
});

test("the masker answers a text it has masked before the same way, long texts and a full memory included", async () => {
  const { SecretMasker, MASK } = await import("../../server/src/service/text/secret-masker");
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

test("a masker of a few secrets (searched for by their heads) and one of many (scanned) mask the same texts alike", async () => {
  const { SecretMasker } = await import("../../server/src/service/text/secret-masker");
  const few = ["HuntPw2024", "ab", "Zq9x"];
  const many = [...few, ...Array.from({ length: 100 }, (_, i) => `Filler${i}Secret`)];
  const texts = [
    "register => u:HuntPw2024@h/100",
    "password 'HuntPw…' cut at an ellipsis",
    "ends with the start of one: HuntPw",
    "a short one: u:ab@h, and don't mask 'about' or 'tab'",
    "Zq9x alone, Zq9xy is another word",
    "nothing secret at all",
  ];
  const fewMasker = new SecretMasker(few);
  const manyMasker = new SecretMasker(many);
  for (const text of texts) assert.equal(fewMasker.mask(text), manyMasker.mask(text), text);
  assert.equal(fewMasker.mask(texts[0]), "register => u:****@h/100");
  assert.equal(fewMasker.mask(texts[1]), "password '****…' cut at an ellipsis");
  assert.equal(fewMasker.mask(texts[5]), texts[5]);
});

test("a misspelt secret key is judged the same before and after thousands of other keys were judged", () => {
  const keys = ["secert", "pasword", "my_password", "md5secert", "type", "host"];
  const first = keys.map((key) => displayValue(key, "Pw9x"));
  for (let n = 0; n < 10_000; n++) displayValue(`option${n}`, "value");
  assert.deepEqual(keys.map((key) => displayValue(key, "Pw9x")), first);
  assert.deepEqual(first, [MASK, MASK, MASK, MASK, "Pw9x", "Pw9x"]);
});

test("a document's secrets are found among thousands of plain lines, wherever an '@' or a secret key sits", () => {
  const plain = (from: number) => Array.from({ length: 2000 }, (_, i) => `VAR${from + i}=value${from + i}`).join("\n");
  const sip = [
    "[globals]",
    plain(0),
    "CONTACT=sip:bob:Uu7Ii8Oo9@192.0.2.9",
    plain(2000),
    "[peer@Hh3Jj4Kk5]",
    "secert=Pp1Ll2Mm3",
    "register => alice:Rr4Tt5Yy6@192.0.2.1",
    "host=192.0.2.2 ; password: Qq8Ww9Ee0",
    "TRUNK7=value7",
  ].join("\n");
  const service = workspaceOf({ "sip.conf": sip });
  for (const secret of ["Uu7Ii8Oo9", "Pp1Ll2Mm3", "Rr4Tt5Yy6", "Qq8Ww9Ee0"]) assert.equal(service.mask(`x ${secret} y`), `x ${MASK} y`, secret);
  // Plain values around the secrets are not masked.
  assert.equal(service.mask("value1999 value2000 value7"), "value1999 value2000 value7");
});
