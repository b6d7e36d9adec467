// Channel strings shown in messages, hovers and route answers: the password of `Tech/user:password@host` is masked,
// and nothing else is (a `${EXTEN:1}` before the `@` is a variable with an offset, not a password).
import { test } from "node:test";
import assert from "node:assert/strict";
import { maskChannelSecrets } from "../../server/src/service/model/channel-strings";

test("passwords of IAX2 and SIP channel strings are masked, literal or from a variable", () => {
  assert.equal(maskChannelSecrets("IAX2/acme:Hunter2x@198.51.100.7/${EXTEN}"), "IAX2/acme:****@198.51.100.7/${EXTEN}");
  assert.equal(maskChannelSecrets("IAX2/${USER}:Hunter2x@host"), "IAX2/${USER}:****@host");
  assert.equal(maskChannelSecrets("SIP/user:${PASS}@host"), "SIP/user:****@host");
  assert.equal(maskChannelSecrets("SIP/a:b1@h1&IAX2/c:d2@h2"), "SIP/a:****@h1&IAX2/c:****@h2");
});

test("variable offsets before the @ are left as they are", () => {
  for (const text of ["SIP/${EXTEN:1}@carrier", "PSJIP/${EXTEN:2}@carrier", "SIP/${A_${B:1}}@peer", "SIP/9${EXTEN:-10}@trunk,60,o"]) {
    assert.equal(maskChannelSecrets(text), text);
  }
});

test("text that looks like the placeholders used inside never loops or leaks", () => {
  const odd = "SIP/${\u00010\u0002}:pw@host \u00017\u0002";
  const masked = maskChannelSecrets(odd);
  assert.ok(!masked.includes(":pw@"), masked);
});
