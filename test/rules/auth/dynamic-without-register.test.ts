// auth/dynamic-without-register: a VICIdial carrier's peer with host=dynamic while the carrier never registers.
import { test } from "node:test";
import { checkFixture, checkNoFix } from "../../fixture";

const DYNAMIC = "auth/dynamic-without-register";
const ONLY = { only: [DYNAMIC] };

/** A carrier with the given registration_string line (or none) and account entry. */
const carrier = (registration: string | undefined, account: string) =>
  "//- t.carrier\ncarrier_id: TRUNK\nprotocol: SIP\nserver_ip: 0.0.0.0\nactive: Y\ntemplate_id: --NONE--\n" +
  (registration === undefined ? "" : `registration_string: ${registration}\n`) +
  `[[account_entry]]\n${account}`;

const ACCOUNT = "[trunk]\ntype=friend\nhost=dynamic\nsecret=pw7\ncontext=trunkinbound\n";

test("a carrier's peer with host=dynamic and no registration string: reported on 'dynamic'", () => {
  checkFixture(`
    //- t.carrier
    carrier_id: TRUNK
    protocol: SIP
    server_ip: 0.0.0.0
    active: Y
    template_id: --NONE--

    [[account_entry]]
    [trunk]
    type=friend
    host=dynamic
    ;    ^^^^^^^ warning auth/dynamic-without-register: no registration string
    secret=pw7
    context=trunkinbound
  `, ONLY);
});

test("a registration (with or without 'register =>'), a fixed host, or type=user: nothing", () => {
  checkFixture(carrier("register => trunk:pw7@192.0.2.10:5060", ACCOUNT), ONLY);
  // A malformed registration string is the register rules' business.
  checkFixture(carrier("trunk:pw7@192.0.2.10", ACCOUNT), ONLY);
  checkFixture(carrier(undefined, ACCOUNT.replace("dynamic", "192.0.2.10")), ONLY);
  checkFixture(carrier(undefined, ACCOUNT.replace("friend", "user")), ONLY);
});

test("host=dynamic from the conf template is reported on the carrier's section header", () => {
  checkFixture(`
    //- t.carrier
    carrier_id: TRUNK
    protocol: SIP
    server_ip: 0.0.0.0
    active: Y
    template_id: SIP_generic

    [[account_entry]]
    [trunk]
     ^^^^^ warning auth/dynamic-without-register: from conf template SIP_generic
    secret=pw8
    //- g.conftemplate
    template_id: SIP_generic
    template_name: SIP_generic

    [[template_contents]]
    type=friend
    host=dynamic
    canreinvite=no
    context=default
  `, ONLY);
});

test("phones with host=dynamic in a plain sip.conf or iax.conf are left alone", () => {
  for (const file of ["sip.conf", "iax.conf"]) {
    checkFixture(`
      [general]
      context=default
      [1000]
      type=friend
      host=dynamic
      secret=pw8
      context=phones
    `, { ...ONLY, file });
  }
});

test("the rule offers no fix: the registration string is the provider's data", () => {
  checkNoFix(carrier(undefined, ACCOUNT), { code: DYNAMIC });
});
