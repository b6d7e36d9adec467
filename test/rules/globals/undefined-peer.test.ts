// globals/undefined-peer: a Dial or global naming a peer no file defines; one note when an #include is missing.
import { test } from "node:test";
import { checkFixture } from "../../fixture";

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
