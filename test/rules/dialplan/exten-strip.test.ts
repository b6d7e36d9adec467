// dialplan/exten-strip: `${EXTEN:n}` strips more than the pattern's fixed prefix, eating a dialed digit.
import { test } from "node:test";
import { checkFixture, checkNoFix } from "../../fixture";

// Ported from test/rules/dialplan.test.ts ("${EXTEN:n} eating digits, NANP length, and the LCR AGI's NPANXX").
const STRIP = `
  //- extensions.conf
  [general]
  [globals]
  LCRTRUNK=SIP/x
  [test]
  exten => _9NXXXXXX,1,Dial(SIP/x/\${EXTEN:2})
  exten => _91NXXNXXXXXX,1,Dial(SIP/x/\${EXTEN:1})
  same => n,Dial(SIP/x/\${EXTEN:2:9})
  same => n,Dial(SIP/x/\${EXTEN:-7})
  same => n,Dial(SIP/x/\${EXTEN:-10})
  same => n,AGI(agi-LCR-Route.agi,\${EXTEN:1:6})
  same => n,AGI(agi-LCR-Route.agi,\${EXTEN:2:6})
  same => n,Dial(\${LCRTRUNK}/\${EXTEN:2},,To)
  exten => _X48600XXX,1,MeetMeAdmin(\${EXTEN:2},K)
`;

test("stripping past the fixed prefix in a Dial is a warning; stripping the prefix, or digits outside a Dial, is not", () => {
  checkFixture(
    STRIP.replace("_9NXXXXXX,1,Dial(SIP/x/${EXTEN:2})\n", "_9NXXXXXX,1,Dial(SIP/x/${EXTEN:2})\n                                  ^^^^^^^^^^ warning dialplan/exten-strip: only '9' is fixed in '_9NXXXXXX': it also drops 'N'\n"),
    { only: ["dialplan/exten-strip"] },
  );
});

test("in a carrier's dialplan entry any argument counts, not only the Dial", () => {
  checkFixture(`
    //- c1.carrier
    carrier_id: C1
    protocol: SIP
    server_ip: 0.0.0.0
    [[account_entry]]
    [c1]
    type=peer
    host=192.0.2.1
    context=trunkinbound

    [[dialplan_entry]]
    exten => _9NXXNXXXXXX,1,AGI(agi://127.0.0.1:4577/call_log)
    exten => _9NXXNXXXXXX,n,Set(NUM=\${EXTEN:2})
                                    ^^^^^^^^^^ warning dialplan/exten-strip: it also drops 'N'
    exten => _9NXXNXXXXXX,n,Dial(SIP/c1/\${NUM},,To)
    exten => _9NXXNXXXXXX,n,Hangup()
  `, { only: ["dialplan/exten-strip"], file: "c1.carrier" });
});

test("there is no fix (how many digits the carrier wants is the author's call)", () => {
  checkNoFix(STRIP, { code: "dialplan/exten-strip" });
});
