// pattern/reserved-overlap: VICIdial's include order ([vicidial-auto]: internal, phones, then external) and the
// carrier's own server's dial-around prefix (the zero-padded server_ip) decide which overlaps take calls away.
import assert from "node:assert/strict";
import { test } from "node:test";
import { dialAroundPattern } from "../../../server/src/service/rules/pattern/reserved-overlap";
import { checkFixture } from "../../fixture";

test("VICIdial zero-pads the server IP into the dial-around prefix", () => {
  assert.equal(dialAroundPattern("10.10.10.15"), "_010*010*010*015*.");
  assert.equal(dialAroundPattern("192.168.1.5"), "_192*168*001*005*.");
  assert.equal(dialAroundPattern("0.0.0.0"), undefined);
  assert.equal(dialAroundPattern("not an ip"), undefined);
});

test("with VICIdial's own include order, a broad carrier pattern takes nothing from its internal extensions", () => {
  checkFixture(`
    //- c1.carrier
    carrier_id: C1
    protocol: SIP
    server_ip: 10.10.10.15
    [[dialplan_entry]]
    exten => _X.,1,Dial(SIP/c1/\${EXTEN},,To)
    //- c2.carrier
    carrier_id: C2
    protocol: SIP
    server_ip: 0.0.0.0
    [[dialplan_entry]]
    exten => _8XXX,1,Dial(SIP/c2/\${EXTEN},,To)
    //- extensions.conf
    [globals]
    #include extensions-vicidial.conf
    [default]
    include => vicidial-auto
  `, { only: ["pattern/reserved-overlap"] });
});

test("a pattern that sorts before its own server's dial-around takes those calls; another server's is not met", () => {
  checkFixture(`
    //- c1.carrier
    carrier_id: C1
    protocol: SIP
    server_ip: 10.10.10.15
    [[dialplan_entry]]
    exten => _010*010*010*015*9X.,1,Dial(SIP/c1/\${EXTEN},,To)
             ^^^^^^^^^^^^^^^^^^^^ warning pattern/reserved-overlap: VICIdial's server dial-around '_010*010*010*015*.'
    //- c2.carrier
    carrier_id: C2
    protocol: SIP
    server_ip: 10.10.10.16
    [[dialplan_entry]]
    exten => _010*010*010*015*8X.,1,Dial(SIP/c2/\${EXTEN},,To)
  `, { only: ["pattern/reserved-overlap"] });
});

test("where a context searches [vicidial-auto-external] first, internal extensions are taken", () => {
  checkFixture(`
    //- c1.carrier
    carrier_id: C1
    protocol: SIP
    server_ip: 10.10.10.15
    [[dialplan_entry]]
    exten => _8XXX,1,Dial(SIP/c1/\${EXTEN},,To)
             ^^^^^ warning pattern/reserved-overlap: [custom] searches [vicidial-auto-external] before
    //- extensions.conf
    [globals]
    #include extensions-vicidial.conf
    [custom]
    include => vicidial-auto-external
    include => vicidial-auto-internal
  `, { only: ["pattern/reserved-overlap"] });
});

test("the same broad pattern in an ordinary context is not a carrier's business", () => {
  checkFixture("//- extensions.conf\n[general]\n[globals]\n[test]\nexten => _X.,1,NoOp()\n", { only: ["pattern/reserved-overlap"] });
});
