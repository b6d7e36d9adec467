// register/sip-syntax-on-iax: chan_sip-only syntax on an IAX2 register line ('/ext', '~expiry', 'transport://',
// 'peer?', 'user@domain', ':authuser'); the fix removes a '/ext' or '~expiry' suffix.
import { test } from "node:test";
import { checkFix, checkFixture, checkNoFix } from "../../fixture";

test("a suffix, a second '@' and a transport prefix are errors on an IAX2 line; a plain line is fine", () => {
  checkFixture(`
    //- iax.conf
    [general]
    register => u:s@192.0.2.1/1000~120
                             ^^^^^^^^^ error register/sip-syntax-on-iax: chan_iax2 makes it part of the host name
    register => u@example.com:s@192.0.2.1
                               ^^^^^^^^^^ error register/sip-syntax-on-iax: A second '@'
    register => tcp://u:s@192.0.2.1
                ^^^^^^ error register/sip-syntax-on-iax: The 'transport://' prefix is SIP syntax
    register => u:s@192.0.2.1:4569
  `, { only: ["register/sip-syntax-on-iax"] });
});

test("a suffix after the port and an auth user are only ignored (warnings); 'peer?' stays in the user name", () => {
  checkFixture(`
    //- iax.conf
    [general]
    register => u:s3cret@192.0.2.1:4569/1000
                                       ^^^^^ warning register/sip-syntax-on-iax: reads only the port
    register => peer1?u:s3cret@192.0.2.1
                ^^^^^^ error register/sip-syntax-on-iax: The 'peer?' prefix is SIP syntax
    register => u:s3cret:auth@192.0.2.1
                        ^^^^^ warning register/sip-syntax-on-iax: A third ':' field
  `, { only: ["register/sip-syntax-on-iax"] });
});

test("the fix removes the SIP-only suffix; no fix for a prefix", () => {
  checkFix(`
    //- iax.conf
    [general]
    register => u:s@192.0.2.1/1000~120
  `, `
    [general]
    register => u:s@192.0.2.1
  `, { code: "register/sip-syntax-on-iax", title: "Remove the SIP-only suffix" });
  checkNoFix(`
    //- iax.conf
    [general]
    register => tcp://u:s@192.0.2.1
  `, { code: "register/sip-syntax-on-iax" });
});

test("the same suffix is fine on a SIP line", () => {
  checkFixture(`
    [general]
    register => u:s@192.0.2.1/1000~120
  `, { only: ["register/sip-syntax-on-iax"], exhaustive: true });
});

test("no suffix removal when chan_iax2 would still reject what is left (no user, no host)", () => {
  checkNoFix(`
    //- iax.conf
    [general]
    register => @/
  `, { code: "register/sip-syntax-on-iax" });
});

test("a port with no leading digits is only a bad port: the line is dropped before any suffix could matter", () => {
  checkFixture(`
    //- iax.conf
    [general]
    register => u:s3cret@192.0.2.1:abc~120
                                   ^^^^^^^ error register/bad-port: is not a valid port number
  `, { only: ["register/sip-syntax-on-iax", "register/bad-port"] });
});
