// register/unknown-peer: `peer?` naming a peer not defined; information when an #include is missing.
import { test } from "node:test";
import { checkFixture } from "../../fixture";

test("an undefined peer? prefix is a warning; with a missing #include only a note", () => {
  checkFixture(`
    //- sip.conf
    [general]
    register => nosuch?user:pw@192.0.2.1
                ^^^^^^ warning register/unknown-peer: is not defined in this configuration
  `, { only: ["register/unknown-peer"] });
  checkFixture(`
    //- sip.conf
    [general]
    register => nosuch?user:pw@192.0.2.1
                ^^^^^^ information register/unknown-peer: is not in the files checked; 1 #include of this configuration
    #include sip_custom.conf
  `, { only: ["register/unknown-peer"], exhaustive: true });
});

test("a 'peer?' naming a defined peer is fine (ported from the old register.test.ts)", () => {
  checkFixture(`
    [general]
    register => nosuch?u:p@192.0.2.1
                ^^^^^^ warning register/unknown-peer: Peer 'nosuch' is not defined in this configuration
    register => peer1?u:p@192.0.2.1
    [peer1]
    type=peer
  `, { only: ["register/unknown-peer"], exhaustive: true });
});
