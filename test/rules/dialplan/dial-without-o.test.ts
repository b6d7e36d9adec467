// dialplan/dial-without-o: a carrier Dial without the `o` option; the fix adds it, but not into an unclosed `${`.
import { test } from "node:test";
import { checkFix, checkNoFix } from "../../fixture";

const carrier = (dialplan: string) => `
  carrier_id: C1
  carrier_name: c
  protocol: SIP
  server_ip: 0.0.0.0
  active: Y
  globals_string: TRUNKX = SIP/trunkx

  [[account_entry]]
  [trunkx]
  type=peer
  host=192.0.2.1

  [[dialplan_entry]]
  ${dialplan}
`;

test("the fix adds 'o' to a carrier Dial without it", () => {
  checkFix(carrier("exten => _91NXXNXXXXXX,1,Dial(${TRUNKX}/${EXTEN:1},60,T)"), carrier("exten => _91NXXNXXXXXX,1,Dial(${TRUNKX}/${EXTEN:1},60,To)"), { code: "dialplan/dial-without-o", file: "c.carrier" });
});

test("no fix when the arguments hold an unclosed ${ (the ',o' would land inside it)", () => {
  checkNoFix(carrier("exten => _91NXXNXXXXXX,1,Dial(${TRUNKX}/${EXTEN:1},${CAMPDTO"), { code: "dialplan/dial-without-o", file: "c.carrier" });
});

test("no fix when the arguments hold an unclosed quote (the option would land inside it)", () => {
  checkNoFix(carrier('exten => _91NXXNXXXXXX,1,Dial(${TRUNKX}/${EXTEN:1}")'), { code: "dialplan/dial-without-o", file: "c.carrier" });
});
