// security/dial-through: a carrier's inbound context that reaches a carrier Dial at an extension pattern.
import { test } from "node:test";
import { checkFixture } from "../../fixture";

const only = { only: ["security/dial-through"] };

test("a carrier whose context includes its outbound patterns is a dial-through warning on its context= line", () => {
  checkFixture(`
    //- sip.conf
    [general]
    allowguest=no
    [carrier-a]
    type=peer
    host=192.0.2.10
    insecure=port,invite
    context=from-carrier
    ^^^^^^^^^^^^^^^^^^^^ warning security/dial-through: calls from carrier [carrier-a] land in [from-carrier]
    //- extensions.conf
    [from-carrier]
    exten => 5551000,1,Dial(SIP/agent1)
    include => outbound
    [outbound]
    exten => _91NXXNXXXXXX,1,Dial(SIP/carrier-a/\${EXTEN:1})
  `, only);
});

test("VICIdial's trunkinbound (DID AGI only) and a literal DID forwarded to a carrier are not dial-through", () => {
  checkFixture(`
    //- sip.conf
    [general]
    allowguest=no
    [carrier-a]
    type=peer
    host=192.0.2.10
    insecure=port,invite
    context=trunkinbound
    [carrier-b]
    type=peer
    host=192.0.2.11
    context=forwards
    //- extensions.conf
    [trunkinbound]
    exten => _X.,1,AGI(agi-DID_route.agi)
     same => n,Hangup()
    [forwards]
    exten => 5551000,1,Dial(SIP/carrier-a/18005550100)
    exten => 5551001,1,Goto(outbound,918005550101,1)
    [outbound]
    exten => _91NXXNXXXXXX,1,Dial(SIP/carrier-a/\${EXTEN:1})
  `, only);
});

test("a carrier with no context= falls back to [general] context=: the warning goes on its header", () => {
  checkFixture(`
    //- sip.conf
    [general]
    allowguest=no
    context=from-carrier
    [carrier-a]
    ;^^^^^^^^^ warning security/dial-through: (the [general] context=)
    type=peer
    host=192.0.2.10
    //- extensions.conf
    [from-carrier]
    exten => _X.,1,Dial(SIP/carrier-a/\${EXTEN})
  `, only);
});

test("a carrier that takes context= from its template: the message names the template, not [general]", () => {
  checkFixture(`
    //- sip.conf
    [general]
    allowguest=no
    context=elsewhere
    [trunks](!)
    context=from-carrier
    [carrier-a](trunks)
    ;^^^^^^^^^ warning security/dial-through: (context= from template [trunks])
    type=peer
    host=192.0.2.10
    //- extensions.conf
    [elsewhere]
    exten => 100,1,Hangup()
    [from-carrier]
    exten => _X.,1,Dial(SIP/carrier-a/\${EXTEN})
  `, only);
});

test("a route whose pattern is too short to be an outside number (another site's extensions) is not dial-through", () => {
  checkFixture(`
    //- sip.conf
    [general]
    allowguest=no
    [carrier-a]
    type=peer
    host=192.0.2.10
    insecure=port,invite
    context=from-carrier
    [site-b]
    type=peer
    host=192.0.2.20
    //- extensions.conf
    [from-carrier]
    exten => _1XXXX,1,Dial(SIP/\${EXTEN}@site-b)
  `, only);
});

test("a carrier on a private network (another site over a VPN) is information, not a warning", () => {
  checkFixture(`
    //- sip.conf
    [general]
    allowguest=no
    [branch-office]
    type=friend
    host=10.31.1.145
    insecure=invite
    context=from-branch
    ^^^^^^^^^^^^^^^^^^^ information security/dial-through: private network (10.31.1.145)
    [carrier-a]
    type=peer
    host=192.0.2.10
    insecure=port,invite
    context=trunkinbound
    //- extensions.conf
    [trunkinbound]
    exten => _X.,1,AGI(agi-DID_route.agi)
    [from-branch]
    exten => _9XXXXXXXX,1,Dial(SIP/carrier-a/\${EXTEN})
  `, { ...only, exhaustive: true });
});
