// register/pjsip-missing-uri: a PJSIP type=registration object without server_uri or client_uri.
import { test } from "node:test";
import { checkFixture } from "../../fixture";

test("a registration without server_uri, or with an empty client_uri, is an error; a complete one is fine", () => {
  checkFixture(`
    //- pjsip.conf
    [auth1]
    type=auth
    username=u
    password=CHANGE_ME

    [good]
    type=registration
    server_uri=sip:192.0.2.1
    client_uri=sip:u@192.0.2.1
    outbound_auth=auth1

    [nouri]
    type=registration
    ^^^^ error register/pjsip-missing-uri: Registration [nouri] has no server_uri
    client_uri=sip:u@192.0.2.1

    [emptyuri]
    type=registration
    server_uri=sip:192.0.2.1
    client_uri=
    ^^^^^^^^^^ error register/pjsip-missing-uri: has an empty client_uri
  `, { only: ["register/pjsip-missing-uri"] });
});

test("a missing URI is shown on the section's own type=registration line, or on the header when the type is inherited", () => {
  // The type line is what makes the section a registration; a fix that adds the header above it is not blamed.
  checkFixture(`
    //- pjsip.conf
    [reg](!)
    type=registration
    [nouri](reg)
    ;^^^^^ error register/pjsip-missing-uri: Registration [nouri] has no server_uri
    ;^^^^^ error register/pjsip-missing-uri: Registration [nouri] has no client_uri
  `, { only: ["register/pjsip-missing-uri"] });
});
