// RuleRunner: workspace findings are reused while the units a rule declares it reads stay the same.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Workspace } from "../../server/src/service/model/workspace";
import { RuleRunner } from "../../server/src/service/rules/run";
import type { Rule } from "../../server/src/service/rules/types";

function countingRule(reads?: Rule["workspaceReads"]): Rule & { calls: number } {
  const rule = {
    code: "test/counting",
    area: "syntax" as const,
    severity: "warning" as const,
    summary: "counts its runs",
    calls: 0,
    workspaceReads: reads,
    checkWorkspace(workspace: Workspace, ctx: Parameters<NonNullable<Rule["checkWorkspace"]>>[1]) {
      rule.calls++;
      const doc = workspace.document("/ws/extensions.conf");
      if (doc) ctx.report({ uri: doc.uri, span: { start: 0, end: 1 }, message: `run ${rule.calls}` });
    },
  };
  return rule;
}

function workspace(): Workspace {
  const ws = new Workspace();
  ws.setDocument("/ws/extensions.conf", "[globals]\nA=1\n");
  ws.setDocument("/ws/sip.conf", "[general]\n[peer]\ntype=peer\n");
  return ws;
}

test("a rule reading extensions units is not run again after a sip.conf edit, but is after an extensions edit", () => {
  const rule = countingRule(["extensions"]);
  const runner = new RuleRunner([rule]);
  const ws = workspace();
  runner.run(ws);
  ws.setDocument("/ws/sip.conf", "[general]\n[peer]\ntype=friend\n");
  const afterSip = runner.run(ws);
  assert.equal(rule.calls, 1);
  assert.equal(afterSip.get("/ws/extensions.conf")?.[0]?.message, "run 1");
  ws.setDocument("/ws/extensions.conf", "[globals]\nA=2\n");
  runner.run(ws);
  assert.equal(rule.calls, 2);
});

test("a rule that declares nothing runs after every change; a settings change drops cached findings", () => {
  const plain = countingRule();
  const declared = countingRule(["extensions"]);
  const runner = new RuleRunner([plain, declared]);
  const ws = workspace();
  runner.run(ws);
  ws.setDocument("/ws/sip.conf", "[general]\n");
  runner.run(ws);
  assert.equal(plain.calls, 2);
  assert.equal(declared.calls, 1);
  runner.setOverrides({ "test/counting": "error" });
  runner.run(ws);
  assert.equal(declared.calls, 2);
});

test("a rule reading records is not run again after a conf edit, but is after a carrier record changes", () => {
  const rule = countingRule(["records"]);
  const runner = new RuleRunner([rule]);
  const ws = workspace();
  ws.setDocument("/ws/a.carrier", "carrier_id: A\nprotocol: SIP\n");
  runner.run(ws);
  ws.setDocument("/ws/sip.conf", "[general]\n[peer]\ntype=friend\n");
  ws.setDocument("/ws/extensions.conf", "[globals]\nA=2\n");
  runner.run(ws);
  assert.equal(rule.calls, 1);
  ws.setDocument("/ws/a.carrier", "carrier_id: A\nprotocol: IAX2\n");
  runner.run(ws);
  assert.equal(rule.calls, 2);
  ws.setDocument("/ws/b.carrier", "carrier_id: B\nprotocol: SIP\n");
  runner.run(ws);
  assert.equal(rule.calls, 3, "a new record is a change of what it reads");
});

test("a document whose findings did not change keeps its list, as grouped and as shown; the edited one gets a new one", async () => {
  const { workspaceOf, WS } = await import("../helpers");
  const files = { "sip.conf": "[general]\n[a]\ntype=peer\nhost=192.0.2.1\nallow=ulw\n", "iax.conf": "[general]\n[b]\ntype=peer\nhost=192.0.2.2\nallow=gsmm\n" };
  const service = workspaceOf(files);
  const before = service.allDiagnostics();
  const iax = before.get(WS + "iax.conf")!;
  assert.ok(iax.length > 0 && before.get(WS + "sip.conf")!.length > 0);
  service.setDocument(WS + "sip.conf", files["sip.conf"].replace("allow=ulw", "allow=alw"));
  const after = service.allDiagnostics();
  assert.equal(after.get(WS + "iax.conf"), iax, "the other document's list is the same object");
  assert.notEqual(after.get(WS + "sip.conf"), before.get(WS + "sip.conf"));
  assert.ok(after.get(WS + "sip.conf")!.some((f) => f.message.includes("alw")));
  // And the runner's own grouping, before masking, keeps it too.
  const ws = new Workspace();
  for (const [name, text] of Object.entries(files)) ws.setDocument(WS + name, text);
  const runner = new RuleRunner((await import("../../server/src/service/rules/registry")).ALL_RULES);
  const first = runner.run(ws).get(WS + "iax.conf");
  ws.setDocument(WS + "sip.conf", files["sip.conf"].replace("allow=ulw", "allow=alw"));
  assert.equal(runner.run(ws).get(WS + "iax.conf"), first);
});
