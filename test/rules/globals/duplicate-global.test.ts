// globals/duplicate-global: the same global twice where one server loads both; the later value wins silently.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkFixture, checkNoFix } from "../../fixture";
import { findingsOf, workspaceOf, WS } from "../../helpers";
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

test("the same trunk global in two carriers' globals strings, and twice in [globals]: the later one is marked", () => {
  const carrier = (id: string, mark = "") => `
    //- ${id}.carrier
    carrier_id: ${id}
    protocol: SIP
    globals_string: TRUNKA = SIP/${id.toLowerCase()}${mark}
    [[account_entry]]
    [${id.toLowerCase()}]
    type=peer
    host=192.0.2.1

    [[dialplan_entry]]
    exten => _9X.,1,Dial(\${TRUNKA}/\${EXTEN:1},,To)
  `;
  checkFixture(carrier("C1") + carrier("C2", "\n    ;               ^^^^^^ warning globals/duplicate-global: TRUNKA is already defined in carrier C1's globals string"), ONLY);
  checkFixture(`
    //- extensions.conf
    [globals]
    X=1
    Y=2
    [globals]
    X=3
    ^ warning globals/duplicate-global: X is already defined in line 2 of extensions.conf
    [t]
    exten => 1,1,NoOp(\${X}\${Y})
  `, ONLY);
});

test("two separate servers' extensions.conf files do not clash", () => {
  checkFixture(`
    //- a/extensions.conf
    [globals]
    X=1
    [t]
    exten => 1,1,NoOp(\${X})
    //- b/extensions.conf
    [globals]
    X=2
    [t]
    exten => 1,1,NoOp(\${X})
  `, { ...ONLY, exhaustive: true });
});

test("no fix is offered: which definition is meant is the user's call", () => {
  checkNoFix(`
    //- extensions.conf
    [globals]
    X=1
    X=3
    [t]
    exten => 1,1,NoOp(\${X})
  `, { code: "globals/duplicate-global" });
});

test("in a live session its kept findings are a fresh analysis's: after a step edit, lines moved above [globals], and a carrier moved to another server", () => {
  const carrier = (id: string, server: string) => [`carrier_id: ${id}`, "protocol: SIP", `server_ip: ${server}`, "active: Y", "globals_string: TRUNKX = SIP/" + id.toLowerCase()].join("\n") + "\n";
  const files: Record<string, string> = {
    "extensions.conf": "[globals]\nOUT=SIP/a\nOUT=SIP/b\n[out]\nexten => _9X.,1,Dial(${OUT}/${EXTEN:1})\n",
    "GA.carrier": carrier("GA", "10.0.0.5"),
    "GB.carrier": carrier("GB", "10.0.0.5"),
  };
  const service = workspaceOf(files);
  const shown = (on: typeof service) => findingsOf(on).filter((f) => f.code === "globals/duplicate-global").map((f) => `${f.file}:${f.line} ${f.message}`);
  assert.equal(shown(service).length, 2, "OUT twice, TRUNKX in both carriers");
  const edits: [string, string][] = [
    ["extensions.conf", files["extensions.conf"].replace("Dial(", "Dial(  ")],
    ["extensions.conf", ";top\n;of the file\n" + files["extensions.conf"]],
    ["GB.carrier", carrier("GB", "10.0.0.6")],
    ["GB.carrier", carrier("GB", "0.0.0.0")],
  ];
  for (const [name, text] of edits) {
    files[name] = text;
    service.setDocument(WS + name, text);
    assert.deepEqual(shown(service), shown(workspaceOf(files)), `${name}: ${text}`);
  }
});
