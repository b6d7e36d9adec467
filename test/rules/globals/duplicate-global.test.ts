// globals/duplicate-global: the same global twice where one server loads both; the later value wins silently.
import { test } from "node:test";
import { checkFixture } from "../../fixture";
import { carrierFile, dial, SIP_PEER, type CarrierSpec } from "../carrier/structure-fixtures";

const ONLY = { only: ["globals/duplicate-global"] };
const pair = (a: CarrierSpec, b: CarrierSpec, mark?: string) =>
  carrierFile("GA", { ...a, globals: "TRUNKX = SIP/ga", account: SIP_PEER("ga"), dialplan: dial("_91NXXNXXXXXX", "${TRUNKX}/${EXTEN:1}") }) +
  carrierFile("GB", { ...b, globals: "TRUNKX = SIP/gb", account: SIP_PEER("gb"), dialplan: dial("_81NXXNXXXXXX", "${TRUNKX}/${EXTEN:1}"), marks: mark ? { 5: mark } : undefined });
const MARK = ";               ^^^^^^ warning globals/duplicate-global";

test("carriers on the same server, or one on 0.0.0.0, clash; other servers and inactive carriers do not", () => {
  checkFixture(pair({ server: "10.0.0.5" }, { server: "10.0.0.5" }, `${MARK}: Carriers GB and GA are both written to server 10.0.0.5`), ONLY);
  checkFixture(pair({ server: "10.0.0.5" }, { server: "0.0.0.0" }, MARK), ONLY);
  checkFixture(pair({ server: "10.0.0.5" }, { server: "10.0.0.6" }), ONLY);
  checkFixture(pair({ server: "10.0.0.5", active: "N" }, { server: "10.0.0.5" }), ONLY);
});

test("a third carrier on the first one's server clashes with it even when another server's carrier sits between", () => {
  checkFixture(
    carrierFile("GA", { server: "10.0.0.5", globals: "TRUNKX = SIP/ga", account: SIP_PEER("ga") }) +
      carrierFile("GB", { server: "10.0.0.6", globals: "TRUNKX = SIP/gb", account: SIP_PEER("gb") }) +
      carrierFile("GC", { server: "10.0.0.5", globals: "TRUNKX = SIP/gc", account: SIP_PEER("gc"), marks: { 5: `${MARK}: carrier GA's globals string` } }),
    ONLY,
  );
});
