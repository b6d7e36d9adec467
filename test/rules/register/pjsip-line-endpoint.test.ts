// register/pjsip-line-endpoint: line=yes without endpoint, or endpoint without line=yes, in a PJSIP registration.
import { test } from "node:test";
import { checkFixture } from "../../fixture";

test("line=yes without endpoint and endpoint without line=yes are errors; both together are fine", () => {
  checkFixture(`
    //- pjsip.conf
    [ep1]
    type=endpoint
    context=trunkinbound

    [line1]
    type=registration
    server_uri=sip:192.0.2.1
    client_uri=sip:u@192.0.2.1
    line=yes
    ^^^^ error register/pjsip-line-endpoint: Registration [line1] sets line=yes without endpoint

    [ep2]
    type=registration
    server_uri=sip:192.0.2.1
    client_uri=sip:u@192.0.2.1
    endpoint=ep1
    ^^^^^^^^ error register/pjsip-line-endpoint: names an endpoint but does not set line=yes

    [both]
    type=registration
    server_uri=sip:192.0.2.1
    client_uri=sip:u@192.0.2.1
    line=yes
    endpoint=ep1
  `, { only: ["register/pjsip-line-endpoint"] });
});
