// carrier/never-written: fields VICIdial's keepalive script never writes (Zap/EXTERNAL carriers, bad protocol or active).
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkFixture } from "../../fixture";
import { ACCOUNT, DIALPLAN, carrier, mark, caret } from "./carrier-record";

const CODE = "carrier/never-written";
const ONLY = { only: [CODE], file: "a.carrier" };

test("the filled fields of a Zap or EXTERNAL carrier are warnings pointing at the protocol; empty ones are not", () => {
  const service = checkFixture(
    "//- z.carrier\n" +
      mark(carrier({ protocol: "Zap", globals_string: "ZAPTRUNK = DAHDI/g1" }, ACCOUNT, DIALPLAN), {
        5: `${caret(17, 36)} warning carrier/never-written: globals string never reaches`,
        6: `${caret(3, 16)} warning carrier/never-written: account entry never reaches`,
        11: `${caret(3, 17)} warning carrier/never-written: dialplan entry never reaches`,
      }) +
      "//- e.carrier\n" + carrier({ carrier_id: "EXT1", protocol: "EXTERNAL", registration_string: "" }),
    ONLY,
  );
  for (const f of [...service.allDiagnostics().values()].flat().filter((x) => x.code === CODE)) assert.equal(f.related?.length, 1);
});

test("a protocol or active value outside the ENUM is an error; active N is information", () => {
  checkFixture(mark(carrier({ protocol: "SIPP", active: "yes" }), {
    2: `${caret(11, 15)} error carrier/never-written: SIP, PJSIP, PJSIP_WIZ, IAX2, Zap, EXTERNAL`,
    4: `${caret(9, 12)} error carrier/never-written: neither Y nor N`,
  }), ONLY);
  checkFixture(mark(carrier({ active: "N" }, ACCOUNT, DIALPLAN), { 4: `${caret(9, 10)} information carrier/never-written` }), { ...ONLY, exhaustive: true });
  checkFixture(
    "//- a.carrier\n" + carrier({ protocol: "SIP" }, ACCOUNT, DIALPLAN) +
      "//- b.carrier\n" + carrier({ carrier_id: "B2", protocol: "pjsip_wiz", active: "y" }) +
      "//- c.carrier\ncarrier_id: C3\nserver_ip: 0.0.0.0\n",
    { ...ONLY, exhaustive: true },
  );
});
