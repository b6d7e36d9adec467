// carrier/dial-technology: a carrier's Dial line goes out through another channel driver than the carrier's own.
import { test } from "node:test";
import { checkFixture } from "../../fixture";
import { carrierFile, dial, PJSIP_OBJECTS, SIP_PEER } from "./structure-fixtures";

const ONLY = { only: ["carrier/dial-technology"] };

test("a SIP carrier dialing PJSIP/, and a PJSIP carrier dialing its global that resolves to SIP/", () => {
  checkFixture(
    carrierFile("S1", { account: SIP_PEER("s1"), dialplan: dial("_91NXXNXXXXXX", "PJSIP/${EXTEN:1}@s1"), marks: { 14: ";                             ^^^^^^^^^^^^^^^^^^^ warning carrier/dial-technology: SIP carrier, but this Dial goes out through PJSIP" } }) +
      carrierFile("P1", {
        protocol: "PJSIP",
        globals: "P1TRUNK = SIP/p1",
        account: PJSIP_OBJECTS("p1"),
        dialplan: dial("_81NXXNXXXXXX", "${P1TRUNK}/${EXTEN:1}"),
        marks: { 20: ";                             ^^^^^^^^^^^^^^^^^^^^^ warning carrier/dial-technology: resolves to 'SIP/p1/${EXTEN:1}'" },
      }),
    ONLY,
  );
});

test("the carrier's own global wins over another carrier's global of the same name", () => {
  checkFixture(
    carrierFile("A1", { server: "10.0.0.1", globals: "TRK = SIP/a1", account: SIP_PEER("a1"), dialplan: dial("_91NXXNXXXXXX", "${TRK}/${EXTEN:1}") }) +
      carrierFile("B1", { protocol: "PJSIP", server: "10.0.0.2", globals: "TRK = b1", account: PJSIP_OBJECTS("b1"), dialplan: dial("_81NXXNXXXXXX", "PJSIP/${EXTEN:1}@${TRK}") }) +
      carrierFile("C1", { protocol: "IAX2", server: "10.0.0.3", globals: "TRK = IAX2/c1", account: "[c1]\ntype=peer\nhost=192.0.2.7", dialplan: dial("_71NXXNXXXXXX", "${TRK}/${EXTEN:1}") }),
    ONLY,
  );
});

test("Local/, VICIdial loops, IAX2 to other servers, unresolved variables and other carriers' trunks are fine", () => {
  const dialplan = [
    dial("_91NXXNXXXXXX", "Local/${EXTEN}@default"),
    dial("_92NXXNXXXXXX", "${TRUNKloop}/${EXTEN:1}"),
    dial("_93NXXNXXXXXX", "IAX2/ASTloop:hunter2@127.0.0.1:40569/${EXTEN:1}"),
    dial("_94NXXNXXXXXX", "PJSIP/${EXTEN:1}@${NOWHERE}"),
    dial("_95NXXNXXXXXX", "PJSIP/${EXTEN:1}@p1"),
    dial("_96NXXNXXXXXX", "SIP/s1/${EXTEN:1}&PJSIP/${EXTEN:1}@p1"),
  ].join("\n");
  checkFixture(
    carrierFile("S1", { account: SIP_PEER("s1"), dialplan }) +
      carrierFile("P1", { protocol: "PJSIP", account: PJSIP_OBJECTS("p1"), dialplan: dial("_81NXXNXXXXXX", "PJSIP/${EXTEN:1}@p1") }),
    ONLY,
  );
});
