// RuleRunner: workspace findings are reused while the units a rule declares it reads stay the same.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Workspace } from "../../server/src/service/model/workspace";
import { RuleRunner } from "../../server/src/service/rules/run";
import type { Finding, Rule } from "../../server/src/service/rules/types";

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

test("a workspace rule run again gives back last run's finding objects where it finds the same, so other documents keep their lists", () => {
  let edits = 0;
  const rule: Rule = {
    code: "test/repeats",
    area: "syntax",
    severity: "warning",
    summary: "reports the same on sip.conf every run, and its run count on extensions.conf",
    checkWorkspace(_workspace, ctx) {
      ctx.report({ uri: "/ws/sip.conf", span: { start: 0, end: 9 }, message: "always", related: [{ uri: "/ws/sip.conf", span: { start: 1, end: 2 }, message: "here" }], data: { fix: ["a", { b: 1 }] } });
      ctx.report({ uri: "/ws/extensions.conf", span: { start: 0, end: 1 }, message: `edit ${edits}` });
    },
  };
  const runner = new RuleRunner([rule]);
  const ws = workspace();
  const first = runner.run(ws);
  edits++;
  ws.setDocument("/ws/extensions.conf", "[globals]\nA=2\n");
  const second = runner.run(ws);
  assert.equal(second.get("/ws/sip.conf"), first.get("/ws/sip.conf"), "the unchanged document's list is the same object");
  assert.equal(second.get("/ws/extensions.conf")?.[0]?.message, "edit 1");
});

test("findings count as the same only when every field is", async () => {
  const { sameFinding, keepingEqualFindings } = await import("../../server/src/service/rules/equal-findings");
  const base = { code: "a/b", uri: "/x", span: { start: 1, end: 2 }, message: "m", severity: "warning" as const, related: [{ uri: "/x", span: { start: 3, end: 4 }, message: "r" }], data: { n: [1, { k: "v" }] }, tags: ["unnecessary" as const] };
  const copy = structuredClone(base);
  assert.ok(sameFinding(base, copy));
  assert.ok(sameFinding(base, { ...copy, data: { n: [1, { k: "v" }], gone: undefined } }), "an undefined field is an absent one");
  for (const changed of [
    { ...copy, span: { start: 1, end: 3 } },
    { ...copy, severity: "error" as const },
    { ...copy, related: [{ uri: "/x", span: { start: 3, end: 5 }, message: "r" }] },
    { ...copy, related: undefined },
    { ...copy, data: { n: [1, { k: "w" }] } },
    { ...copy, data: { n: [1] } },
    { ...copy, tags: ["deprecated" as const] },
    { ...copy, uri: "/y" },
  ]) {
    assert.ok(!sameFinding(base, changed), JSON.stringify(changed));
  }
  const now = [copy, { ...copy, message: "other" }];
  const kept = keepingEqualFindings([base], now);
  assert.equal(kept[0], base);
  assert.equal(kept[1], now[1]);
});

test("a unit rule that reads other files, run again after one changed, gives back the finding objects it found before", () => {
  let runs = 0;
  const rule: Rule = {
    code: "test/unit-repeats",
    area: "syntax",
    severity: "warning",
    summary: "reports the same on sip.conf whatever the records say",
    unitAlsoReads: ["records"],
    checkUnit(unit, ctx) {
      runs++;
      if (unit.id.endsWith("sip.conf")) ctx.report({ uri: "/ws/sip.conf", span: { start: 0, end: 9 }, message: "same every run" });
    },
  };
  const runner = new RuleRunner([rule]);
  const ws = workspace();
  ws.setDocument("/ws/a.carrier", "carrier_id: A\nprotocol: SIP\n");
  const first = runner.run(ws).get("/ws/sip.conf");
  const before = runs;
  ws.setDocument("/ws/a.carrier", "carrier_id: A\nprotocol: IAX2\n");
  const second = runner.run(ws).get("/ws/sip.conf");
  assert.ok(runs > before, "the rule ran again");
  assert.equal(second, first);
});

test("a finding whose span a re-parse moved in place is told apart from a new one at its old place", async () => {
  const { FindingGrouping } = await import("../../server/src/service/rules/grouped-findings");
  const ws = workspace();
  const grouping = new FindingGrouping();
  const uri = "/ws/sip.conf";
  const span = { start: 10, end: 14 };
  const moved: Finding = { code: "a/b", uri, span, message: "same words", severity: "warning" };
  assert.equal(grouping.byUri([moved], ws).get(uri)?.length, 1);
  // A line was put above it (a copy of its line, say): the node's span moved, and the copy has the same finding.
  span.start += 20;
  span.end += 20;
  const copy: Finding = { code: "a/b", uri, span: { start: 10, end: 14 }, message: "same words", severity: "warning" };
  assert.deepEqual(grouping.byUri([moved, copy], ws).get(uri)?.map((f) => f.span.start), [10, 30]);
});

test("a line that comes to name a global where a moved line named it: the live service reports both, as a fresh one does", async () => {
  const { workspaceOf, WS, findingsOf } = await import("../helpers");
  const text = (globals: string) => `[globals]\n${globals}\n[from-internal]\nexten => 100,1,NoOp(\${USED})\n`;
  const shown = (on: ReturnType<typeof workspaceOf>) => findingsOf(on).filter((f) => f.code === "globals/unused-global").map((f) => `${f.line}:${f.span.start}`);
  const service = workspaceOf({ "extensions.conf": text("USED=1\nB=1\nSPARE=2") });
  assert.deepEqual(shown(service), ["3:17", "4:21"]);
  // Typed over B's line: SPARE's line moves in place, and the new text names SPARE at the offset SPARE had (the same
  // rule, message and span as the moved line's finding before the edit).
  const edited = text("USED=1\n    SPARE=2\nSPARE=2");
  service.setDocument(WS + "extensions.conf", edited);
  assert.deepEqual(shown(service), shown(workspaceOf({ "extensions.conf": edited })));
  assert.deepEqual(shown(service), ["3:21", "4:29"]);
});

test("the secret guard masks a finding by the secrets its line holds now: an edited secret, and a line that moved", () => {
  // A rule that quotes the line it reports on: the guard in the runner is what keeps its secret out.
  const quoting: Rule = {
    code: "test/quoting",
    area: "peer",
    severity: "warning",
    summary: "quotes a secret line",
    workspaceReads: ["sip"],
    checkWorkspace(workspace, ctx) {
      const doc = workspace.document("/ws/sip.conf")!;
      const at = doc.text.indexOf("secret=");
      const end = doc.text.indexOf("\n", at);
      ctx.report({ uri: doc.uri, span: { start: at, end }, message: `line says ${doc.text.slice(at, end)}` });
    },
  };
  const runner = new RuleRunner([quoting]);
  const ws = new Workspace();
  const messages = () => [...runner.run(ws).values()].flat().map((f) => f.message);
  for (const text of ["[p]\nsecret=FirstPass1\n", "[p]\nsecret=SecondPass2\n", "; moved\n[p]\nsecret=SecondPass2\n", "; moved\n[p]\nsecret=Third3\n"]) {
    ws.setDocument("/ws/sip.conf", text);
    const [message] = messages();
    assert.match(message, /^line says secret=/);
    for (const secret of ["FirstPass1", "SecondPass2", "Third3"]) assert.ok(!message.includes(secret), `${secret} in ${message}`);
  }
});
