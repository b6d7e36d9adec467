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
