// globals/undefined-peer: a Dial or global naming a peer no file defines; one note when an #include is missing.
import { test } from "node:test";
import { checkFixture, checkNoFix } from "../../fixture";

test("a peer no sip file defines is a warning in a complete configuration", () => {
  checkFixture(`
    //- sip.conf
    [carrier_a]
    type=peer
    host=192.0.2.1
    //- extensions.conf
    [out]
    exten => _9X.,1,Dial(SIP/carrier_b/\${EXTEN:1})
                         ^^^^^^^^^^^^^^^^^^^^^^^^ warning globals/undefined-peer: which is not defined in sip.conf
  `, { only: ["globals/undefined-peer"] });
});

test("with a missing #include in sip.conf it is one information note per peer", () => {
  checkFixture(`
    //- sip.conf
    #include sip_trunks.conf
    [carrier_a]
    type=peer
    host=192.0.2.1
    //- extensions.conf
    [out]
    exten => _9X.,1,Dial(SIP/carrier_b/\${EXTEN:1})
                         ^^^^^^^^^^^^^^^^^^^^^^^^ information globals/undefined-peer: none of the files checked defines; 1 #include of the SIP configuration
    exten => _8X.,1,Dial(SIP/carrier_b/\${EXTEN:1})
  `, { only: ["globals/undefined-peer"], exhaustive: true });
});

test("with only fragments of the SIP configuration (no sip.conf), an unknown peer is a note", () => {
  checkFixture(`
    //- sip_additional.conf
    [carrier_a]
    type=peer
    host=192.0.2.1
    //- extensions_custom.conf
    [out]
    exten => _9X.,1,Dial(SIP/carrier_b/\${EXTEN:1})
                         ^^^^^^^^^^^^^^^^^^^^^^^^ information globals/undefined-peer: sip.conf itself is not among them
  `, { only: ["globals/undefined-peer"], exhaustive: true });
});

test("peers named by globals and Dials must exist; host names and a technology with no peers defined are not checked", () => {
  checkFixture(`
    //- sip.conf
    [general]
    [carrier_a]
    type=peer
    host=192.0.2.1
    //- extensions.conf
    [globals]
    GOOD=SIP/carrier_a
    BAD=SIP/carier_a
    ;   ^^^^^^^^^^^^ warning globals/undefined-peer: names peer 'carier_a', which is not defined in sip.conf or a SIP carrier: the Dial fails with CHANUNAVAIL. Did you mean 'carrier_a'?
    HOST=SIP/sip.example.com
    IAXT=IAX2/nobody
    [t]
    exten => _9X.,1,Dial(\${GOOD}/\${EXTEN:1}&\${BAD}/\${EXTEN:1}&\${HOST}/\${EXTEN:1}&\${IAXT}/\${EXTEN:1})
    same => n,Dial(SIP/\${EXTEN:1}@missing_peer)
    ;              ^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning globals/undefined-peer: names peer 'missing_peer'
  `, { only: ["globals/undefined-peer"] });
});

test("carrier account entries define peers too", () => {
  checkFixture(`
    //- C1.carrier
    carrier_id: C1
    protocol: SIP
    globals_string: C1T = SIP/c1
    [[account_entry]]
    [c1]
    type=peer
    host=192.0.2.1

    [[dialplan_entry]]
    exten => _9X.,1,Dial(\${C1T}/\${EXTEN:1},,To)
  `, { only: ["globals/undefined-peer"], exhaustive: true });
});

test("no fix is offered, even with a suggestion: the peer may be missing rather than misspelt", () => {
  checkNoFix(`
    //- sip.conf
    [carrier_a]
    type=peer
    host=192.0.2.1
    //- extensions.conf
    [globals]
    BAD=SIP/carier_a
    [t]
    exten => _9X.,1,Dial(\${BAD}/\${EXTEN:1})
  `, { code: "globals/undefined-peer" });
});
