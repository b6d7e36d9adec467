// carrier/server-ip: the server a carrier is written to must be an IPv4 address VICIdial keeps as typed, or 0.0.0.0.
import { test } from "node:test";
import { checkFixture } from "../../fixture";
import { caret, carrier, mark } from "./carrier-record";

const ONLY = { only: ["carrier/server-ip"], file: "a.carrier" };

test("addresses and 0.0.0.0 are fine", () => {
  checkFixture("//- a.carrier\n" + carrier({ server_ip: "10.10.10.15" }) + "//- b.carrier\n" + carrier({ carrier_id: "B2", server_ip: "0.0.0.0" }), ONLY);
});

test("other values are errors that say what admin.php keeps", () => {
  const cases: [string, string][] = [
    ["server1", "refuses"],
    ["10.0.0.1/24", "a different address"],
    ["10.10.10", "no server has that address"],
    ["256.1.1.1", "not an IPv4 address"],
  ];
  for (const [value, part] of cases) {
    checkFixture(mark(carrier({ server_ip: value }), { 3: `${caret(12, 12 + value.length)} error carrier/server-ip: ${part}` }), ONLY);
  }
});

test("a missing or empty server_ip is a warning", () => {
  checkFixture("carrier_id: ACME\n^^^^^^^^^^ warning carrier/server-ip: no server_ip\nprotocol: SIP\n", ONLY);
  checkFixture(mark(carrier({ server_ip: "" }), { 3: `${caret(1, 10)} warning carrier/server-ip: no server_ip` }), ONLY);
});
