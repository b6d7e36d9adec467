// peer/nat-differs: a chan_sip peer whose nat= turns force_rport on or off against [general]; chan_sip warns at load
// that this lets an attacker tell existing peer names from unknown ones. No fix: which side is right is a choice.
import { test } from "node:test";
import { checkFixture, checkNoFix } from "../../fixture";

const CODE = "peer/nat-differs";
const ONLY = { only: [CODE] };

test("a peer turning force_rport on against [general] nat=no warns; comedia alone and no nat= do not", () => {
  checkFixture(`
    [general]
    nat=no
    [a]
    type=peer
    nat=force_rport,comedia
    ^^^ warning peer/nat-differs: turns force_rport on for [a] while [general] has nat=no
    [b]
    type=peer
    nat=comedia
    [c]
    type=peer
  `, ONLY);
});

test("the same force_rport in other words is quiet; an inherited nat= is reported at the template's line", () => {
  checkFixture(`
    [general]
    nat=force_rport,comedia
    [a]
    type=peer
    nat=yes
    [t](!)
    nat=no
    ^^^ warning peer/nat-differs: turns force_rport off for [b]
    [b](t)
    type=peer
  `, ONLY);
});

test("without nat= in [general] the default auto_force_rport is compared", () => {
  checkFixture(`
    [general]
    [a]
    type=peer
    nat=force_rport
    ^^^ warning peer/nat-differs: [general] has the default nat=auto_force_rport
    [b]
    type=peer
    nat=auto_force_rport
  `, ONLY);
});

test("a carrier is compared with sip.conf's [general] only when sip.conf includes sip-vicidial.conf", () => {
  const carrier = `
    //- a.carrier
    carrier_id: A
    protocol: SIP
    [[account_entry]]
    [carrier_a]
    type=peer
    nat=force_rport,comedia
  `;
  // Alone, the [general] Asterisk will read is unknown: no guess.
  checkFixture(carrier, { ...ONLY, exhaustive: true });
  checkFixture(`
    //- sip.conf
    [general]
    nat=force_rport,comedia
    #include sip-vicidial.conf
  ` + carrier, { ...ONLY, exhaustive: true });
  checkFixture(`
    //- sip.conf
    [general]
    #include sip-vicidial.conf
  ` + carrier.replace("nat=force_rport,comedia\n", "nat=force_rport,comedia\n    ^^^ warning peer/nat-differs: for [carrier_a]\n"), ONLY);
});

test("no fix is offered: set nat once in [general] by hand", () => {
  checkNoFix(`
    [general]
    nat=no
    [a]
    type=peer
    nat=force_rport,comedia
  `, { code: CODE });
});
