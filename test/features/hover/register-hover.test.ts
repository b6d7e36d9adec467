// features/hover/register-hover.ts: the hover on chan_sip / chan_iax2 register lines and carrier registration
// strings (parts, defaults, what Asterisk does), and that it never shows the password.
import { test } from "node:test";
import assert from "node:assert/strict";
import { leaks, secretFiles, serviceOf } from "../../rules/register/register-secrets";

function carrier(fields: Record<string, string>): string {
  const head = { carrier_id: "TRUNK", protocol: "SIP", server_ip: "0.0.0.0", active: "Y", ...fields };
  return Object.entries(head).map(([k, v]) => `${k}: ${v}`).join("\n") + "\n\n[[account_entry]]\n[trunk]\ntype=peer\nhost=192.0.2.1\n";
}

/** The hover markdown at the `|` of the text (removed before analysis), with extra files around it. */
function hoverAt(name: string, textWithCursor: string, extra: Record<string, string> = {}): string {
  const offset = textWithCursor.indexOf("|");
  assert.ok(offset >= 0, "no cursor marker");
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  const result = serviceOf({ [name]: text, ...extra }).hover("/ws/" + name, offset);
  assert.ok(result, "no hover");
  return result.markdown;
}

test("hover on a SIP register line shows its parts, defaults and what Asterisk does", () => {
  const md = hoverAt("sip.conf", "[general]\nreg|ister => user:S3cr3tPw@192.0.2.1\n");
  assert.match(md, /chan_sip/);
  assert.match(md, /\| user \| `user` \|/);
  assert.match(md, /\| secret \| `\*\*\*\*` \|/);
  assert.match(md, /\| host \| `192\.0\.2\.1` \|/);
  assert.match(md, /\| port \| `5060` \(default\) \|/);
  assert.match(md, /\| extension \| `s` \(default\) \|/);
  assert.match(md, /\| expiry \| `120` s \(default\) \|/);
  assert.match(md, /REGISTER goes to `192\.0\.2\.1:5060` over UDP every ~105 s/);
  assert.match(md, /extension `s`/);
  assert.ok(!md.includes("S3cr3tPw"));

  const full = hoverAt("sip.conf", "[general]\ndefaultexpiry=600\nregister => peer1?tls://user@example.com:pw:auth@192.0.2.1/1000~|300\n[peer1]\ntype=peer\n");
  assert.match(full, /\| peer \| `peer1` \|/);
  assert.match(full, /\| transport \| `TLS` \|/);
  assert.match(full, /\| domain \| `example\.com` \|/);
  assert.match(full, /\| auth user \| `auth` \|/);
  assert.match(full, /\| port \| `5061` \(default\) \|/);
  assert.match(full, /\| extension \| `1000` \|/);
  assert.match(full, /every ~285 s/);

  const defaults = hoverAt("sip.conf", "[general]\ndefaultexpiry=600\nregister => u:p@192.0.2.1|\n");
  assert.match(defaults, /\| expiry \| `600` s \(default\) \|/);
});

test("hover explains rejected, ignored and zero-expiry lines", () => {
  assert.match(hoverAt("sip.conf", "[general]\nregister => user:pa|ss\n"), /rejects this line/);
  assert.match(hoverAt("sip.conf", "[general]\n[peer1]\ntype=peer\nregister => u:p@19|2.0.2.1\n"), /Ignored/);
  assert.match(hoverAt("sip.conf", "[general]\nregister => u:p@192.0.2.1~ab|c\n"), /Expires: 0/);
});

test("hover on an IAX2 register line and on registration strings", () => {
  const md = hoverAt("iax.conf", "[general]\nregister => user:secret@192.0.2.1:|70000\n");
  assert.match(md, /chan_iax2/);
  assert.match(md, /\| port \| `4464` \(written `70000`\) \|/);
  assert.match(md, /every 60 s/);
  assert.ok(!md.includes("| secret | `secret`"));

  const sipCarrier = hoverAt("a.carrier", carrier({ registration_string: "register => user:pw@192.0.2.1:50|60" }));
  assert.match(sipCarrier, /REGISTER goes to `192\.0\.2\.1:5060`/);
  const iaxCarrier = hoverAt("a.carrier", carrier({ protocol: "IAX2", registration_string: "user:pw@19|2.0.2.1" }));
  assert.match(iaxCarrier, /Missing `register =>`/);
  assert.match(iaxCarrier, /chan_iax2/);
  const pjsipCarrier = hoverAt("a.carrier", carrier({ protocol: "PJSIP", registration_string: "register => user:pw@19|2.0.2.1" }));
  assert.match(pjsipCarrier, /type=registration/);
});

test("no hover on a register line shows the password", () => {
  const files = secretFiles();
  const service = serviceOf(files);
  let hovers = 0;
  for (const [name, text] of Object.entries(files)) {
    for (let offset = 0; offset < text.length; offset++) {
      const result = service.hover("/ws/" + name, offset);
      if (!result) continue;
      hovers++;
      assert.ok(!leaks(result.markdown), `hover at ${name}:${offset} leaks the password:\n${result.markdown}`);
    }
  }
  assert.ok(hovers > 100);
});
