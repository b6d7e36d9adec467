// Route a number: Asterisk's match order, the priorities that run, Dial destinations resolved through globals,
// failover Dials (in sequence and through GotoIf), includes, and the problems met on the way.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { routeNumber } from "../../server/src/service/features/route";
import { workspaceOf } from "../helpers";

const FIXTURE = path.resolve(__dirname, "../../../test/fixtures/route");

function fixtureService() {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files[path.relative(FIXTURE, full)] = fs.readFileSync(full, "utf8");
    }
  };
  walk(FIXTURE);
  return workspaceOf(files);
}

test("VICIdial's sample carrier: 919995551234 goes to SIP/testcarrier/9995551234", () => {
  const service = fixtureService();
  const result = routeNumber(service.workspace, "919995551234");
  assert.equal(result.matched?.extension, "_91999NXXXXXX");
  assert.equal(result.matched?.carrierId, "OLD_SIPEXAMPLE");
  assert.deepEqual(result.alsoMatches, ["_91NXXNXXXXXX"]);
  assert.deepEqual(result.steps.map((s) => [s.priority, s.application]), [[1, "AGI"], [2, "Dial"], [3, "Hangup"]]);
  assert.deepEqual(result.dials.map((d) => [d.role, d.channels]), [["primary", ["SIP/testcarrier/9995551234"]]]);
  assert.equal(result.dials[0].timeout, "${CAMPDTO}");
  assert.deepEqual(result.dials[0].unresolved, []);
});

test("primary and failover Dials of a multi-carrier workspace", () => {
  const result = routeNumber(fixtureService().workspace, "912025550143");
  assert.equal(result.matched?.extension, "_91NXXNXXXXXX");
  assert.deepEqual(
    result.dials.map((d) => [d.role, d.channels[0], d.priority]),
    [
      ["primary", "SIP/primary_peer/12025550143", 2],
      ["failover", "IAX2/backup_iax/12025550143", 3],
    ],
  );
});

test("PJSIP endpoint from a global; the context can be chosen; includes and GotoIf branches are followed", () => {
  const service = fixtureService();
  assert.deepEqual(routeNumber(service.workspace, "9011442071234567").dials[0].channels, ["PJSIP/442071234567@intl_endpoint"]);
  // [default] reaches the carriers through VICIdial's generated vicidial-auto.
  const viaDefault = routeNumber(service.workspace, "919995551234", { context: "default" });
  assert.deepEqual(viaDefault.matched?.via, ["default", "vicidial-auto", "vicidial-auto-external"]);
  const hand = routeNumber(service.workspace, "82025550143", { context: "failover-test" });
  assert.deepEqual(
    hand.dials.map((d) => [d.role, d.channels[0]]),
    [
      ["primary", "SIP/primary_peer/2025550143"],
      ["failover", "IAX2/backup_iax/2025550143"],
    ],
  );
  assert.match(hand.dials[1].via ?? "", /GotoIf at priority 2 is true/);
  assert.deepEqual(hand.steps.map((s) => s.priority), [1, 2, 3]);
});

test("no match, unknown context, and problems on the way", () => {
  const service = fixtureService();
  const none = routeNumber(service.workspace, "5551234");
  assert.equal(none.matched, undefined);
  assert.match(none.warnings[0], /No extension in \[vicidial-auto-external\]/);
  assert.match(routeNumber(service.workspace, "1", { context: "nosuch" }).warnings[0], /No context \[nosuch\]/);
  const broken = workspaceOf({
    "extensions.conf": "[globals]\n[out]\nexten => _9X.,1,Dial(${NOPE}/${EXTEN:1},30,To)\nexten => _9X.,3,Hangup()\n",
  });
  const result = routeNumber(broken.workspace, "9123", { context: "out", findings: broken.allDiagnostics() });
  assert.deepEqual(result.dials[0].channels, ["${NOPE}/123"]);
  assert.deepEqual(result.dials[0].unresolved, ["NOPE"]);
  assert.ok(result.warnings.some((w) => /no priority 2/.test(w)), result.warnings.join("\n"));
  assert.ok(result.warnings.some((w) => /globals\/undefined-variable/.test(w)), result.warnings.join("\n"));
});

test("secrets in channel strings are masked", () => {
  const service = workspaceOf({ "extensions.conf": "[globals]\nT=IAX2/user:s3cr3t@host.example.com\n[out]\nexten => _9X.,1,Dial(${T}/${EXTEN:1})\n" });
  const result = routeNumber(service.workspace, "9123", { context: "out" });
  assert.deepEqual(result.dials[0].channels, ["IAX2/user:****@host.example.com/123"]);
  assert.ok(!JSON.stringify(result).includes("s3cr3t"));
});
