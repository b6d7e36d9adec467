// register/pjsip-bad-uri: server_uri / client_uri that is not a sip:/sips: URI with a host; fixes add 'sip:' or
// remove the '//' after the scheme.
import { test } from "node:test";
import { checkFix, checkFixture, checkNoFix } from "../../fixture";

test("a URI without a scheme and one with '//' are errors; sip: and sips: URIs are fine", () => {
  checkFixture(`
    //- pjsip.conf
    [baduri]
    type=registration
    server_uri=192.0.2.1
               ^^^^^^^^^ error register/pjsip-bad-uri: server_uri does not start with 'sip:' or 'sips:'
    client_uri=sip://u@192.0.2.1
               ^^^^^^^^^^^^^^^^^ error register/pjsip-bad-uri: client_uri has '//' after the scheme

    [other]
    type=registration
    server_uri=http:192.0.2.1
               ^^^^^^^^^^^^^^ error register/pjsip-bad-uri: is not a sip: or sips: URI
    client_uri=sip:u@
               ^^^^^^ error register/pjsip-bad-uri: client_uri has no host

    [good]
    type=registration
    server_uri=sips:192.0.2.1:5061
    client_uri=<sip:u@192.0.2.1>
  `, { only: ["register/pjsip-bad-uri"] });
});

test("each fix changes only its own URI", () => {
  const before = `
    //- pjsip.conf
    [baduri]
    type=registration
    server_uri=192.0.2.1
    client_uri=sip://u@192.0.2.1
  `;
  checkFix(before, `
    [baduri]
    type=registration
    server_uri=sip:192.0.2.1
    client_uri=sip://u@192.0.2.1
  `, { code: "register/pjsip-bad-uri", title: "Add 'sip:' in front" });
  checkFix(`
    //- pjsip.conf
    [baduri]
    type=registration
    server_uri=sip:192.0.2.1
    client_uri=sip://u@192.0.2.1
  `, `
    [baduri]
    type=registration
    server_uri=sip:192.0.2.1
    client_uri=sip:u@192.0.2.1
  `, { code: "register/pjsip-bad-uri", title: "Remove the '//' after the scheme" });
});

test("no fix for another scheme or a missing host", () => {
  checkNoFix(`
    //- pjsip.conf
    [r]
    type=registration
    server_uri=http:192.0.2.1
    client_uri=sip:u@192.0.2.1
  `, { code: "register/pjsip-bad-uri" });
});

test("no 'sip:' in front, or '//' removal, when the result would still have no host", () => {
  // 'sip:' before an escaped ';' (or before nothing but '@') is still a URI without a host.
  checkNoFix(`
    //- pjsip.conf
    [r]
    type=registration
    server_uri=\\;
    client_uri=sip:u@192.0.2.1
  `, { code: "register/pjsip-bad-uri" });
  checkNoFix(`
    //- pjsip.conf
    [r]
    type=registration
    server_uri=u@
    client_uri=sip:u@192.0.2.1
  `, { code: "register/pjsip-bad-uri" });
  checkNoFix(`
    //- pjsip.conf
    [r]
    type=registration
    server_uri=sip://
    client_uri=sip:u@192.0.2.1
  `, { code: "register/pjsip-bad-uri" });
});
