// Step rules (`Rule.checkStep`): a rebuilt context takes the findings of the steps at its kept ends from the rule's
// run on the context it replaced (rules/step-findings.ts), so an edit in a large context re-checks only the steps it
// made or gave other facts, and the findings read as a fresh analysis gives them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { keptEnds } from "../../server/src/service/model/context-ends";
import { dialplanIndex } from "../../server/src/service/model/dialplan";
import type { DialplanContext } from "../../server/src/service/model/dialplan-types";
import { Workspace } from "../../server/src/service/model/workspace";
import { RuleRunner } from "../../server/src/service/rules/run";
import type { Rule } from "../../server/src/service/rules/types";
import { findingsOf, findingTexts, workspaceOf, WS } from "../helpers";

const URI = WS + "extensions.conf";

/** A step rule that notes each step it checks and reports every Dial's destination, with a fix on it. */
function dialRule(checked: string[]): Rule {
  return {
    code: "test/dial-step",
    area: "dialplan",
    severity: "warning",
    summary: "reports every Dial",
    checkStep(step, ctx) {
      checked.push(`${step.extensionText}:${step.priority}`);
      if (step.application !== "Dial") return;
      const span = step.args[0].span;
      ctx.report({ uri: step.uri, span, message: `Dial in ${step.extensionText} at ${step.priority}`, data: { fixes: [{ title: "x", edits: [{ uri: step.uri, span, newText: "x" }] }] } });
    },
  };
}

const TEXT = "[big]\nexten => 100,1,Answer()\nsame => n,Dial(SIP/a)\nsame => n,NoOp(pad)\nsame => n,Dial(SIP/b)\nexten => 200,1,Dial(SIP/c)\n[last]\nexten => 9,1,Hangup()\n";

test("a rebuilt context re-checks only the steps an edit made, and its findings read as a fresh run's", () => {
  const checked: string[] = [];
  const runner = new RuleRunner([dialRule(checked)]);
  const ws = new Workspace();
  ws.setDocument(URI, TEXT);
  runner.run(ws);
  const edits = [
    TEXT.replace("NoOp(pad)", "NoOp(pad2)"),
    TEXT.replace("NoOp(pad)", "NoOp(a longer pad)"),
    TEXT.replace("NoOp(pad)", "NoOp"),
  ];
  for (const [k, edited] of edits.entries()) {
    checked.length = 0;
    ws.setDocument(URI, edited);
    const live = findingTexts(runner.run(ws));
    const fresh = new Workspace();
    fresh.setDocument(URI, edited);
    assert.deepEqual(live, findingTexts(new RuleRunner([dialRule([])]).run(fresh)), edited);
    // Each rebuild of [big] checks the edited line alone, the first one too: a first build keeps nothing on its lines,
    // but the steps at the kept ends take their findings from its run.
    const inBig = checked.filter((step) => step !== "9:1");
    assert.deepEqual(inBig, ["100:3"], `${k}: ${edited}`);
  }
});

test("a step whose line is the same but whose facts changed is checked again", () => {
  const checked: string[] = [];
  const runner = new RuleRunner([dialRule(checked)]);
  const ws = new Workspace();
  const steps = (text: string) => {
    checked.length = 0;
    ws.setDocument(URI, text);
    const found = findingTexts(runner.run(ws));
    return { found, checked: checked.filter((step) => step !== "9:1") };
  };
  steps(TEXT);
  steps(TEXT.replace("NoOp(pad)", "NoOp(p)"));
  // The `same` lines below `exten => 100` now belong to 101: the same lines, other facts.
  const renamed = steps(TEXT.replace("exten => 100,1", "exten => 101,1"));
  assert.deepEqual(renamed.checked, ["101:1", "101:2", "101:3", "101:4"]);
  assert.match(renamed.found.join("\n"), /Dial in 101 at 2/);
});

test("a setting the findings depend on drops the kept findings of every step", () => {
  // ICES is gone from Asterisk 20 (an error there) but ships with 16.
  const text = "[c]\nexten => 1,1,Answer()\nsame => n,ICES(http://x)\nsame => n,NoOp(x)\n[last]\nexten => 9,1,Hangup()\n";
  const service = workspaceOf({ "extensions.conf": text }, { asteriskVersion: 20 });
  const unknown = () => findingsOf(service).filter((f) => f.code === "dialplan/unknown-application").map((f) => f.line);
  // Analysed after each edit: the second rebuild of [c] finds the ICES line's findings kept.
  for (const edited of [text, text.replace("NoOp(x)", "NoOp(y)"), text]) {
    service.setDocument(URI, edited);
    assert.deepEqual(unknown(), [3]);
  }
  service.configure({ asteriskVersion: 16 });
  assert.deepEqual(unknown(), []);
});

/** The context `name` of the workspace's dialplan as now built. */
function contextOf(ws: Workspace, name: string): DialplanContext {
  return dialplanIndex(ws).dialplans[0].contexts.get(name)!;
}

const LONG = ["[long]", ...Array.from({ length: 12 }, (_, n) => `exten => ${100 + n},1,Dial(SIP/t${n})\nsame => n,NoOp(${n})`), "[last]", "exten => 9,1,Hangup()", ""].join("\n");

test("an edit inside a rebuilt context re-reads only the steps between the ends it shares with the context it replaced", () => {
  const runner = new RuleRunner([dialRule([])]);
  const ws = new Workspace();
  // A first build and two rebuilds; the ends are taken from the replaced context's run from the first rebuild on.
  for (const text of [LONG, LONG.replace("NoOp(3)", "NoOp(x)"), LONG]) {
    ws.setDocument(URI, text);
    runner.run(ws);
  }
  // A step turned into a comment: one step fewer, the steps below move back by one and their lines move in place.
  const edited = LONG.replace("same => n,NoOp(5)", "; a comment now: same => n,NoOp(5)");
  ws.setDocument(URI, edited);
  const context = contextOf(ws, "long");
  const ends = keptEnds(context)!;
  assert.deepEqual([ends.head, ends.tail, context.steps.length], [11, 12, 23]);
  // Every step at either end now reports a read of any of its properties.
  const read = new Set<number>();
  context.steps.forEach((step, i) => {
    if (i >= ends.head && i < context.steps.length - ends.tail) return;
    context.steps[i] = new Proxy(step, { get: (target, key) => (read.add(i), Reflect.get(target, key)) });
  });
  const live = findingTexts(runner.run(ws));
  assert.deepEqual([...read], []);
  const fresh = new Workspace();
  fresh.setDocument(URI, edited);
  assert.deepEqual(live, findingTexts(new RuleRunner([dialRule([])]).run(fresh)));
  assert.equal(live.filter((text) => /Dial in 1\d\d/.test(text)).length, 12);
});

test("findings taken from the replaced context's run stay with their steps when an edit leaves a step fewer", () => {
  // One extension per line, each a Dial: a line turned into a comment moves every step below it one place back.
  const text = ["[long]", ...Array.from({ length: 12 }, (_, n) => `exten => ${100 + n},1,Dial(SIP/t${n})`), "[last]", "exten => 9,1,Hangup()", ""].join("\n");
  const runner = new RuleRunner([dialRule([])]);
  const ws = new Workspace();
  const fewer = text.replace("exten => 103,", ";xten => 103,");
  for (const edited of [text, text.replace("SIP/t1)", "SIP/u1)"), text, fewer, fewer.replace("Dial(SIP/t7)", "NoOp(SIP/t7)"), fewer.replace("Dial(SIP/t10)", "NoOp(SIP/t10)")]) {
    ws.setDocument(URI, edited);
    const live = findingTexts(runner.run(ws));
    const fresh = new Workspace();
    fresh.setDocument(URI, edited);
    assert.deepEqual(live, findingTexts(new RuleRunner([dialRule([])]).run(fresh)), edited);
  }
});
