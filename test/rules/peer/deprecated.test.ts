// peer/deprecated: options and values Asterisk still reads under protest (information), or no longer reads at all
// (warning), each tagged "deprecated" and, where there is a one-to-one replacement, with a fix.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkFix, checkFixture, checkNoFix } from "../../fixture";

const CODE = "peer/deprecated";
const ONLY = { only: [CODE], exhaustive: true };

test("username, canreinvite, nat=yes, call-limit, auth=plaintext, removed notransfer and stir_shaken, all tagged deprecated", () => {
  const service = checkFixture(`
    //- sip.conf
    [general]
    [p]
    type=friend
    username=acct
    ^^^^^^^^ information peer/deprecated: Use 'defaultuser' instead
    canreinvite=no
    ^^^^^^^^^^^ information peer/deprecated: Use 'directmedia' instead
    nat=yes
    ;   ^^^ information peer/deprecated: Use 'nat=force_rport,comedia'
    call-limit=5
    ^^^^^^^^^^ information peer/deprecated: 'call-limit' is deprecated
    defaultuser=x
    //- iax.conf
    [general]
    [i]
    type=friend
    auth=md5,plaintext
    ;        ^^^^^^^^^ information peer/deprecated: Use 'auth=md5' alone
    notransfer=yes
    ^^^^^^^^^^ warning peer/deprecated: is no longer supported
    //- pjsip.conf
    [t]
    type=endpoint
    stir_shaken=yes
    ^^^^^^^^^^^ information peer/deprecated: Use 'stir_shaken_profile' instead
  `, ONLY);
  const found = [...service.allDiagnostics().values()].flat().filter((f) => f.code === CODE);
  assert.equal(found.length, 7);
  for (const f of found) assert.deepEqual(f.tags, ["deprecated"]);
});

test("current names, iax username and the STIR/SHAKEN profile are fine", () => {
  checkFixture(`
    //- sip.conf
    [general]
    [p]
    type=friend
    defaultuser=acct
    directmedia=no
    nat=force_rport,comedia
    //- iax.conf
    [general]
    [i]
    type=friend
    username=acct
    auth=md5
    //- pjsip.conf
    [t]
    type=endpoint
    stir_shaken_profile=default
  `, ONLY);
});

const SIP = (line: string) => `
  [general]
  [p]
  type=friend
  ${line}
  host=dynamic
`;

test("fixes: renames, the new nat value, the replacement line, and dropping the deprecated word", () => {
  checkFix(SIP("username=acct"), SIP("defaultuser=acct"), { code: CODE, title: "Rename to 'defaultuser'" });
  checkFix(SIP("canreinvite=no"), SIP("directmedia=no"), { code: CODE });
  checkFix(SIP("nat=yes"), SIP("nat=force_rport,comedia"), { code: CODE });
  const IAX = (line: string) => `
    //- iax.conf
    [general]
    [i]
    type=friend
    ${line}
  `;
  checkFix(IAX("auth=md5,plaintext"), IAX("auth=md5"), { code: CODE, title: "Remove the deprecated word" });
  checkFix(IAX("notransfer=yes"), IAX("transfer=no"), { code: CODE });
});

test("PJSIP: md5_cred becomes password_digest with MD5:, preferred_codec_only becomes incoming_call_offer_pref", () => {
  checkFix(`
    //- pjsip.conf
    [a]
    type=auth
    auth_type=md5
    username=u
    md5_cred=0123456789abcdef0123456789abcdef
  `, `
    //- pjsip.conf
    [a]
    type=auth
    auth_type=md5
    username=u
    password_digest=MD5:0123456789abcdef0123456789abcdef
  `, { code: CODE });
  checkFix(`
    //- pjsip.conf
    [t]
    type=endpoint
    preferred_codec_only=yes
    context=x
  `, `
    //- pjsip.conf
    [t]
    type=endpoint
    incoming_call_offer_pref=local_first
    context=x
  `, { code: CODE });
  // =no only restates the default: the fix removes the line.
  checkFix(`
    //- pjsip.conf
    [t]
    type=endpoint
    preferred_codec_only=no
    context=x
  `, `
    //- pjsip.conf
    [t]
    type=endpoint
    context=x
  `, { code: CODE, title: "Remove the line" });
});

test("no fix where there is no mechanical replacement: call-limit, stir_shaken", () => {
  checkNoFix(SIP("call-limit=5"), { code: CODE });
  checkNoFix(`
    //- pjsip.conf
    [t]
    type=endpoint
    stir_shaken=yes
  `, { code: CODE });
});
