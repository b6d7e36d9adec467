// peer/unknown-type: a type= value the driver does not know, so the section never becomes a peer or an object.
// An error, with "did you mean" and a fix for a near miss; a type of another driver says where it belongs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkFix, checkFixture, checkNoFix } from "../../fixture";
import { findingsOf, withCode, workspaceOf, WS } from "../../helpers";

const CODE = "peer/unknown-type";
const ONLY = { only: [CODE] };

test("typos, PJSIP types in sip.conf, wizard in pjsip.conf, endpoint in the wizard; user and peer of one name are fine", () => {
  checkFixture(`
    //- sip.conf
    [general]
    [p]
    type=frend
    ;    ^^^^^ error peer/unknown-type: Did you mean 'friend'?
    [q]
    type=endpoint
    ;    ^^^^^^^^ error peer/unknown-type: 'endpoint' is a PJSIP object type
    [bob]
    type=user
    [bob]
    type=peer
    //- pjsip.conf
    [w]
    type=wizard
    ;    ^^^^^^ error peer/unknown-type: type=wizard sections belong in pjsip_wizard.conf
    [e]
    type=endpiont
    ;    ^^^^^^^^ error peer/unknown-type: Did you mean 'endpoint'?
    [a]
    type=aor
    //- pjsip_wizard.conf
    [x]
    type=endpoint
    ;    ^^^^^^^^ error peer/unknown-type: the wizard reads only type=wizard sections
    [y]
    type=wizard
  `, ONLY);
});

test("iax.conf and pjsip.conf: another driver's type, contact, and an empty type= (marked on the key)", () => {
  checkFixture(`
    //- iax.conf
    [general]
    [i]
    type=aor
    ;    ^^^ error peer/unknown-type: not a chan_iax2 type ('aor' is a PJSIP object type
    [j]
    type=
    ^^^^ error peer/unknown-type: An empty type= is not a chan_iax2 type
    [k]
    type=friend
    //- pjsip.conf
    [f]
    type=friend
    ;    ^^^^^^ error peer/unknown-type: 'friend' is a chan_sip/chan_iax2 type
    [c]
    type=contact
    ;    ^^^^^^^ error peer/unknown-type: use contact= in a type=aor section
  `, ONLY);
});

test("every driver's own types are quiet", () => {
  checkFixture(`
    //- sip.conf
    [general]
    [a]
    type=friend
    [b]
    type=peer
    [c]
    type=user
    //- iax.conf
    [general]
    [i]
    type=friend
    //- pjsip.conf
    [t]
    type=endpoint
    [t]
    type=aor
    [t]
    type=identify
    endpoint=t
    [t_auth]
    type=auth
    [tr]
    type=transport
    //- pjsip_wizard.conf
    [w]
    type=wizard
  `, { ...ONLY, exhaustive: true });
});

test("the fix takes the close type name, in sip.conf and pjsip.conf", () => {
  checkFix(`
    [general]
    [p]
    type=frend
    host=dynamic
  `, `
    [general]
    [p]
    type=friend
    host=dynamic
  `, { code: CODE, title: "Change to 'type=friend'" });
  checkFix(`
    //- pjsip.conf
    [e]
    type=endpiont
  `, `
    //- pjsip.conf
    [e]
    type=endpoint
  `, { code: CODE });
});

test("no fix when no valid type is close (a type of another driver)", () => {
  checkNoFix(`
    [general]
    [q]
    type=endpoint
  `, { code: CODE });
});

test("its severity follows the harm: the driver drops the whole section, so an error with 'did you mean'", () => {
  checkFixture(`
    [carrier]
    type=frend
         ^^^^^ error peer/unknown-type: Did you mean 'friend'
    host=192.0.2.1
  `, { only: ["peer/unknown-type"] });
});

test("after edits, a type= a template gets wrong is reported through the peer that inherits it, and no longer once it is right", () => {
  const sip = "[general]\ncontext=default\n[tmpl](!)\ntype=peer\nhost=dynamic\n[p1](tmpl)\nsecret=a\n";
  const service = workspaceOf({ "sip.conf": sip });
  const reported = () => withCode(findingsOf(service), "peer/unknown-type").map((f) => `${f.line}: ${f.message.slice(0, 15)}`);
  assert.deepEqual(reported(), []);
  // The template's line is edited in place: [p1] below is the same section, moved.
  service.setDocument(WS + "sip.conf", sip.replace("type=peer", "type=peeer"));
  assert.deepEqual(reported(), ["4: type=peeer is n"]);
  service.setDocument(WS + "sip.conf", sip);
  assert.deepEqual(reported(), []);
});
