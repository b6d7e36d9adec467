// pattern/undialable: letters a carrier pattern can never receive from the dialer; only carrier dialplans count.
import { test } from "node:test";
import { checkFixture } from "../../fixture";

test("an undialable character in a carrier's pattern is reported; the same in extensions.conf is not", () => {
  const carrier = "//- c1.carrier\ncarrier_id: C1\nprotocol: SIP\n[[dialplan_entry]]\nexten => _91NXXQXXXXXX,1,AGI(agi://127.0.0.1:4577/call_log)\n;              ^ warning pattern/undialable: 'Q' can never be dialed\nexten => _91NXXQXXXXXX,n,Dial(SIP/c1/${EXTEN:1},,To)\nexten => _91NXXQXXXXXX,n,Hangup()\n";
  checkFixture(carrier, { only: ["pattern/undialable"] });
  checkFixture("//- extensions.conf\n[test]\nexten => _f[n]-.,1,NoOp()\n", { only: ["pattern/undialable"] });
});
