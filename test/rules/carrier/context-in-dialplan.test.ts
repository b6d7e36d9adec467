// carrier/context-in-dialplan: a [context] line in a dialplan entry moves every carrier written after it out of
// [vicidial-auto-external].
import { test } from "node:test";
import { checkFixture } from "../../fixture";
import { carrierFile, dial } from "./structure-fixtures";

const CODE = "carrier/context-in-dialplan";
const ONLY = { only: [CODE] };
const entry = (p: string) => dial(p, "SIP/x/${EXTEN:1}");

test("names the carriers written after it on the same server, in VICIdial's order", () => {
  const mark = ";^^^^^^^^^ error carrier/context-in-dialplan: (S2, W1 and P1)";
  checkFixture(
    carrierFile("I9", { protocol: "IAX2", dialplan: entry("_71NXXNXXXXXX") }) +
      carrierFile("S0", { dialplan: entry("_81NXXNXXXXXX") }) +
      carrierFile("S1", { server: "10.0.0.5", dialplan: `[my-routes]\n${entry("_91NXXNXXXXXX")}`, marks: { 6: mark } }) +
      carrierFile("S2", { dialplan: entry("_61NXXNXXXXXX") }) +
      carrierFile("S3", { server: "10.0.0.7", dialplan: entry("_51NXXNXXXXXX") }) +
      carrierFile("S4", { active: "N", dialplan: entry("_41NXXNXXXXXX") }) +
      carrierFile("P1", { protocol: "PJSIP", dialplan: entry("_31NXXNXXXXXX") }) +
      carrierFile("W1", { protocol: "PJSIP_WIZ", dialplan: entry("_21NXXNXXXXXX") }),
    ONLY,
  );
});

test("no header, or [vicidial-auto-external] itself, is fine; the last carrier is still told", () => {
  checkFixture(
    carrierFile("S1", { dialplan: `[vicidial-auto-external]\n${entry("_91NXXNXXXXXX")}` }) + carrierFile("S2", { dialplan: entry("_81NXXNXXXXXX") }),
    ONLY,
  );
  checkFixture(
    carrierFile("P9", { protocol: "PJSIP", dialplan: `[later]\n${dial("_91NXXNXXXXXX", "PJSIP/${EXTEN:1}@p9")}`, marks: { 6: ";^^^^^ error carrier/context-in-dialplan: any carrier written after it" } }),
    ONLY,
  );
});
