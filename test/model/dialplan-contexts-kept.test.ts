// Contexts kept across edits: a rebuilt dialplan keeps the context objects an edit did not touch (model/dialplan-build.ts),
// a context rule checks again only the contexts whose sections changed (rules/run.ts), and findings kept on a context
// whose lines moved point at the moved text, quick-fix edits included, exactly as a fresh analysis would.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Workspace } from "../../server/src/service/model/workspace";
import { dialplanIndex } from "../../server/src/service/model/dialplan";
import { RuleRunner } from "../../server/src/service/rules/run";
import type { Rule } from "../../server/src/service/rules/types";
import type { DialplanStep } from "../../server/src/service/model/dialplan-types";
import type { DialplanLine } from "../../server/src/service/parse/dialplan-syntax";
import { findingsOf, findingTexts, workspaceOf, WS } from "../helpers";

const URI = WS + "extensions.conf";
const TEXT = [
  "[alpha]",
  "exten => 100,1,Answer()",
  "same => n,Hangup()",
  "[beta]",
  "exten => 200,1,Answer()",
  "same => n,Hangup()",
  "[gamma]",
  "exten => 300,1,Answer()",
  "same => n,Hangup()",
  "[omega]",
  "exten => 900,1,Hangup()",
  "",
].join("\n");

function contextsOf(ws: Workspace) {
  return dialplanIndex(ws).dialplans[0].contexts;
}

test("a rebuilt dialplan keeps the contexts an edit did not touch, and lists every step in file order", () => {
  const ws = new Workspace();
  ws.setDocument(URI, TEXT);
  const before = new Map(contextsOf(ws));
  // Same length: no line moves, only [beta] changes.
  ws.setDocument(URI, TEXT.replace("200,1,Answer", "201,1,Answer"));
  const after = contextsOf(ws);
  assert.equal(after.get("alpha"), before.get("alpha"));
  assert.equal(after.get("gamma"), before.get("gamma"));
  assert.notEqual(after.get("beta"), before.get("beta"));
  assert.equal(after.get("beta")!.steps[0].extensionText, "201");
  // A longer line in [alpha] moves every line below: those contexts are kept, their steps following the moved lines
  // (a new placement says their offsets changed).
  const placement = after.get("gamma")!.placement;
  ws.setDocument(URI, TEXT.replace("100,1,Answer()", "100,1,Answer(5)"));
  const moved = contextsOf(ws);
  assert.equal(moved.get("gamma"), after.get("gamma"));
  assert.notEqual(moved.get("gamma")!.placement, placement);
  assert.notEqual(moved.get("alpha"), after.get("alpha"));
  const fresh = new Workspace();
  fresh.setDocument(URI, TEXT.replace("100,1,Answer()", "100,1,Answer(5)"));
  assert.deepEqual(describe(ws), describe(fresh));
});

/** Every step with what it holds of its line's offsets, and every include with its name's place. */
function describe(w: Workspace): string[] {
  const dialplan = dialplanIndex(w).dialplans[0];
  const steps = dialplan.steps.map((s) => {
    const spans = [s.option.node.line, s.extensionSpan, s.label?.span, s.line.application?.span, s.line.argumentsSpan, ...s.args.map((a) => a.span)];
    return `${s.context.name} ${s.extensionText} ${s.priority} ${JSON.stringify(spans)}`;
  });
  const includes = [...dialplan.contexts.values()].flatMap((c) => c.includes.map((i) => `${c.name} includes ${i.name} at ${i.span.start}-${i.span.end}`));
  return [...steps, ...includes];
}

test("a kept context whose lines moved holds the offsets a fresh build gives: labels, includes, arguments", () => {
  const text = "[top]\nexten => 1,1,NoOp()\n[mid]\ninclude => top\nexten => 2,1(start),Dial(SIP/a,30)\nsame => n(end),Hangup()\n[last]\nexten => 9,1,Hangup()\n";
  const ws = new Workspace();
  ws.setDocument(URI, text);
  const mid = contextsOf(ws).get("mid");
  for (const edited of [text.replace("NoOp()", "NoOp(longer)"), text.replace("NoOp()", "NoOp"), text]) {
    ws.setDocument(URI, edited);
    assert.equal(contextsOf(ws).get("mid"), mid, "kept across every move");
    const fresh = new Workspace();
    fresh.setDocument(URI, edited);
    assert.deepEqual(describe(ws), describe(fresh));
  }
});

test("each offset a step of a moved context holds is where a fresh build puts it, whichever is read first", () => {
  // The steps of a kept context follow their moved lines only when read: each accessor must follow by itself.
  const text = "[top]\nexten => 1,1,NoOp()\n[mid]\nexten => 2,1(start),Dial(SIP/a,30)\nsame => n(end),Hangup(16)\n";
  const edited = text.replace("NoOp()", "NoOp(longer)");
  const readers: Record<string, (s: DialplanStep) => unknown> = {
    args: (s) => s.args.map((a) => a.span),
    label: (s) => s.label?.span,
    extensionSpan: (s) => s.extensionSpan,
    line: (s) => s.line.application?.span,
  };
  const fresh = new Workspace();
  fresh.setDocument(URI, edited);
  for (const [name, read] of Object.entries(readers)) {
    const ws = new Workspace();
    ws.setDocument(URI, text);
    const mid = contextsOf(ws).get("mid")!;
    ws.setDocument(URI, edited);
    assert.equal(contextsOf(ws).get("mid"), mid);
    assert.deepEqual(mid.steps.map(read), contextsOf(fresh).get("mid")!.steps.map(read), name);
  }
});

/** A context rule that counts the contexts it checks and reports each context's first step, with a fix on it. */
function countingRule(checked: string[]): Rule {
  return {
    code: "test/first-step",
    area: "dialplan",
    severity: "warning",
    summary: "reports the first step of every context",
    checkContext(context, ctx) {
      checked.push(context.name);
      const first = context.steps[0];
      if (!first) return;
      const app = first.line.application!.span;
      ctx.report({ uri: first.uri, span: app, message: `first of ${context.name}`, data: { fixes: [{ title: "rename", edits: [{ uri: first.uri, span: app, newText: "NoOp" }] }] } });
    },
  };
}

test("a context rule checks again only the contexts an edit touched; kept findings follow moved lines, fixes too", () => {
  const checked: string[] = [];
  const runner = new RuleRunner([countingRule(checked)]);
  const ws = new Workspace();
  ws.setDocument(URI, TEXT);
  runner.run(ws);
  assert.deepEqual(checked, ["alpha", "beta", "gamma", "omega"]);
  checked.length = 0;
  ws.setDocument(URI, TEXT.replace("200,1,Answer", "201,1,Answer"));
  runner.run(ws);
  // (The file's last section may be read again: what follows it is not known to be the same.)
  assert.deepEqual(checked.filter((name) => name !== "omega"), ["beta"]);
  // A longer first line moves everything below: [beta] and [gamma] are not checked again, yet their findings and
  // fix edits are where a fresh analysis puts them.
  checked.length = 0;
  const longer = TEXT.replace("200,1,Answer", "201,1,Answer").replace("100,1,Answer()", "100,1,Answer(5)");
  ws.setDocument(URI, longer);
  const live = findingTexts(runner.run(ws));
  assert.deepEqual(checked.filter((name) => name !== "omega"), ["alpha"]);
  const fresh = new Workspace();
  fresh.setDocument(URI, longer);
  assert.deepEqual(live, findingTexts(new RuleRunner([countingRule([])]).run(fresh)));
});

test("priority-gap keeps a context's findings only while the jumps of the whole dialplan are the same", () => {
  const text = "[gap]\nexten => 100,1,Answer()\nsame => 2,NoOp()\nsame => 4,Hangup()\n[other]\nexten => 200,1,Answer()\nsame => n,Hangup()\n[last]\nexten => 9,1,Hangup()\n";
  const service = workspaceOf({ "extensions.conf": text });
  const gaps = () => service.diagnostics(URI).filter((f) => f.code === "dialplan/priority-gap").length;
  assert.equal(gaps(), 1);
  // A Goto in another context that lands on priority 4 makes the gap a landing place: [gap] is untouched, yet re-checked.
  service.setDocument(URI, text.replace("same => n,Hangup()", "same => n,Goto(gap,100,4)"));
  assert.equal(gaps(), 0);
  service.setDocument(URI, text);
  assert.equal(gaps(), 1);
});

test("a kept finding whose fix edits a node's own span is moved once when the line moves (not twice)", () => {
  // unknown-keyword's fix edits the key's span: the same object a re-parse moves in place when a line above grows.
  const text = "[ctx]\n;exten => 4,n,Hangup\nexten => 5,1,NoOp()\nsamw=> n,hangup\n[last]\nexten => 9,1,Hangup()\n";
  const grown = text.replace(";exten => 4,n,Hangup", ";exten => 4,n,Hangup;note");
  const keyword = (files: Record<string, string>, service = workspaceOf(files)) =>
    JSON.stringify(service.diagnostics(URI).filter((f) => f.code === "dialplan/unknown-keyword").map((f) => [f.span, f.data]));
  const live = workspaceOf({ "extensions.conf": text });
  keyword({}, live);
  live.setDocument(URI, grown);
  assert.equal(keyword({}, live), keyword({ "extensions.conf": grown }));
  assert.match(keyword({}, live), /"start":52,"end":56/);
});

test("a Goto kept with its untouched context is checked again once the context it jumps to changes", () => {
  const text = "[from]\nexten => 100,1,Goto(to,200,1)\n[to]\nexten => 200,1,Answer()\nsame => n,Hangup()\n[last]\nexten => 9,1,Hangup()\n";
  const service = workspaceOf({ "extensions.conf": text });
  const jumps = () => service.diagnostics(URI).filter((f) => f.code === "dialplan/goto-target").map((f) => f.message);
  assert.deepEqual(jumps(), []);
  // [from] is untouched (same length, nothing moves): its Goto now points at an extension [to] no longer has.
  service.setDocument(URI, text.replace("exten => 200,1,Answer()", "exten => 201,1,Answer()"));
  assert.equal(jumps().length, 1);
  assert.match(jumps()[0], /'200' in \[to\]/);
  service.setDocument(URI, text);
  assert.deepEqual(jumps(), []);
});

test("a join of per-step items keeps the order of the dialplan's steps, and reads only the steps of rebuilt contexts", async () => {
  const { StepJoin } = await import("../../server/src/service/model/dialplan-joins");
  // [a] comes back after [b]: its second section's steps follow [b]'s in the dialplan's order.
  const text = "[a]\nexten => 1,1,NoOp(a1)\n[b]\nexten => 2,1,NoOp(b1)\n[a]\nexten => 3,1,NoOp(a2)\n[last]\nexten => 9,1,NoOp(z)\n";
  const seen: string[] = [];
  const join = new StepJoin<string, undefined>((step) => {
    seen.push(step.args[0].text);
    return [step.args[0].text, "any"];
  });
  const ws = new Workspace();
  ws.setDocument(URI, text);
  const dialplan = () => dialplanIndex(ws).dialplans[0];
  assert.deepEqual(join.of(dialplan(), undefined), dialplan().steps.flatMap((s) => [s.args[0].text, "any"]));
  assert.deepEqual(join.of(dialplan(), undefined).filter((x) => x !== "any"), ["a1", "b1", "a2", "z"]);
  assert.deepEqual([...join.distinct(dialplan(), undefined)].sort(), ["a1", "a2", "any", "b1", "z"]);
  assert.equal(join.some(dialplan(), undefined), true);
  seen.length = 0;
  ws.setDocument(URI, text.replace("NoOp(b1)", "NoOp(b2)"));
  assert.deepEqual(join.of(dialplan(), undefined).filter((x) => x !== "any"), ["a1", "b2", "a2", "z"]);
  assert.deepEqual(seen.filter((x) => x !== "z"), ["b2"], "only [b] is read again");
  assert.equal(new StepJoin<string, undefined>(() => []).some(dialplan(), undefined), false);
});

test("a join's distinct items are counted from the last ones of the unit: the same set while they are the same", async () => {
  const { StepJoin } = await import("../../server/src/service/model/dialplan-joins");
  const text = "[a]\nexten => 1,1,NoOp(x)\n[b]\nexten => 2,1,NoOp(y)\nsame => n,NoOp(x)\n[last]\nexten => 9,1,NoOp(z)\n";
  const join = new StepJoin<string, undefined>((step) => [step.args[0].text]);
  const ws = new Workspace();
  ws.setDocument(URI, text);
  const distinct = () => join.distinct(dialplanIndex(ws).dialplans[0], undefined);
  const first = distinct();
  assert.deepEqual([...first].sort(), ["x", "y", "z"]);
  // [b] rebuilt with the same items in another order, then [a] losing 'x' that [b] still has: the same set.
  ws.setDocument(URI, text.replace("NoOp(y)\nsame => n,NoOp(x)", "NoOp(x)\nsame => n,NoOp(y)"));
  assert.equal(distinct(), first);
  ws.setDocument(URI, text.replace("NoOp(x)", "NoOp(y)"));
  assert.equal(distinct(), first);
  // An item no step has any more, and a new one: a new set, as a fresh join gives it.
  ws.setDocument(URI, text.replace(/NoOp\(x\)/g, "NoOp(w)"));
  const changed = distinct();
  assert.notEqual(changed, first);
  assert.deepEqual([...changed].sort(), ["w", "y", "z"]);
  const fresh = new Workspace();
  fresh.setDocument(URI, text.replace(/NoOp\(x\)/g, "NoOp(w)"));
  assert.deepEqual([...changed].sort(), [...join.distinct(dialplanIndex(fresh).dialplans[0], undefined)].sort());
});

test("what a kept context's lines read stays right when they move: variable uses kept, not read again", async () => {
  const { usesIn } = await import("../../server/src/service/rules/globals/variable-reads");
  const text = "[top]\nexten => 1,1,NoOp()\n[mid]\nexten => 2,1,Dial(SIP/${TRUNK}/${EXTEN:1})\nsame => n,Set(X=${UNSET})\n[last]\nexten => 9,1,Hangup()\n";
  const ws = new Workspace();
  ws.setDocument(URI, text);
  const usesOf = (w: Workspace) => usesIn(dialplanIndex(w).dialplans[0], w);
  const described = (w: Workspace) => usesOf(w).map((u) => `${u.name} ${JSON.stringify([u.span, u.whole, u.offset, u.length])} ${u.line?.option.line.start}`);
  const first = described(ws);
  // A rebuild first ([top] edited): a first build keeps nothing on its lines.
  ws.setDocument(URI, text.replace("NoOp()", "NoOp(x)"));
  const kept = usesOf(ws);
  for (const edited of [text.replace("NoOp()", "NoOp(a longer one)"), text.replace("NoOp()", "NoOp")]) {
    ws.setDocument(URI, edited);
    const fresh = new Workspace();
    fresh.setDocument(URI, edited);
    assert.deepEqual(described(ws), described(fresh));
    assert.ok(usesOf(ws).every((use, i) => use === kept[i]), "the same use objects, where their lines are now");
  }
  // Edits above them in their own context: a line added (the lines below it move in place, at new line numbers), then
  // that line changed alone. Either way the lines below keep their uses.
  for (const added of ["NoOp(new)", "NoOp(a longer new one)"]) {
    const inMid = text.replace("[mid]\n", `[mid]\nexten => 2,0,${added}\n`);
    const rebuilt = usesOf(ws);
    ws.setDocument(URI, inMid);
    const fresh = new Workspace();
    fresh.setDocument(URI, inMid);
    assert.deepEqual(described(ws), described(fresh));
    assert.ok(usesOf(ws).every((use, i) => use === rebuilt[i]), "kept in a rebuilt context");
  }
  assert.equal(first.length, 3);
});

test("goto-target's findings on a kept context follow its lines when an edit above moves them", () => {
  // The edit is in [edited], which the jumps do not look up: [jumps] keeps what its lines found, moved along.
  const text = "[edited]\nexten => 0,1,NoOp()\n[top]\nexten => 1,1,NoOp(top)\n[jumps]\nexten => 2,1,Goto(nowhere,s,1)\nsame => n,Goto(top,1,5)\n[last]\nexten => 9,1,Hangup()\n";
  const service = workspaceOf({ "extensions.conf": text });
  const gotoFindings = (s: typeof service) => s.diagnostics(URI).filter((f) => f.code === "dialplan/goto-target").map((f) => `${f.span.start}-${f.span.end} ${f.message}`);
  assert.equal(gotoFindings(service).length, 2);
  for (const edited of [text.replace("NoOp()", "NoOp(a longer one)"), text.replace("NoOp()", "NoOp"), text]) {
    service.setDocument(URI, edited);
    assert.deepEqual(gotoFindings(service), gotoFindings(workspaceOf({ "extensions.conf": edited })));
  }
});

test("a Goto line's findings kept with its node hold in a rebuilt context only when they read nothing of it", () => {
  // `Goto(5)` reads its own extension (no extension part): giving 100 a priority 5 clears the finding; `Goto(far,9,1)`
  // reads only [far], so an edit elsewhere in [c] keeps what it found, and an edit to [far] does not.
  const text = "[c]\nexten => 100,1,Goto(5)\nsame => n,Goto(far,9,1)\nsame => n,Hangup()\n[far]\nexten => 8,1,Hangup()\n";
  const service = workspaceOf({ "extensions.conf": text });
  const gotoLines = () => findingsOf(service).filter((f) => f.code === "dialplan/goto-target").map((f) => f.line).sort();
  assert.deepEqual(gotoLines(), [2, 3]);
  const longer = text.replace("same => n,Hangup()", "same => n,NoOp(4)\nsame => n,Hangup()");
  service.setDocument(URI, longer);
  assert.deepEqual(gotoLines(), [2, 3], "still no priority 5");
  service.setDocument(URI, longer.replace("NoOp(4)", "NoOp(4)\nsame => n,NoOp(5)"));
  assert.deepEqual(gotoLines(), [3], "priority 5 now exists in 100");
  service.setDocument(URI, longer.replace("NoOp(4)", "NoOp(4)\nsame => n,NoOp(5)").replace("exten => 8,", "exten => 9,"));
  assert.deepEqual(gotoLines(), [], "[far] now has extension 9");
});

test("shadowed patterns follow edits to the names of a rebuilt context, and to nothing else of it", () => {
  const text = "[out]\nexten => _9[0-4]X,1,NoOp(low)\nexten => _9[5-9]X,1,NoOp(high)\nexten => _9XX,1,NoOp(never)\nsame => n,Hangup()\n";
  const service = workspaceOf({ "extensions.conf": text });
  const shadowedLines = () => findingsOf(service).filter((f) => f.code === "pattern/shadowed").map((f) => `${f.line} ${f.message.slice(0, 17)}`);
  assert.deepEqual(shadowedLines(), ["4 '_9XX' never runs"]);
  service.setDocument(URI, text.replace("same => n,Hangup()", "same => n,NoOp(x)\nsame => n,Hangup()"));
  assert.deepEqual(shadowedLines(), ["4 '_9XX' never runs"], "a step edited: the same finding");
  service.setDocument(URI, text.replace("_9[5-9]X", "_9[5-8]X"));
  assert.deepEqual(shadowedLines(), [], "an earlier pattern narrowed: 99 reaches _9XX now");
  service.setDocument(URI, "[pad]\nexten => 1,1,NoOp()\n" + text);
  assert.deepEqual(shadowedLines(), ["6 '_9XX' never runs"], "moved lines: the finding where the line is now");
});

test("a Goto line below an edit in the same context keeps what it found, moved to where a fresh analysis puts it", () => {
  // Each edit rebuilds [c] and moves the lines below the edited one: their findings are kept on their lines, moved.
  const text = "[c]\nexten => 100,1,NoOp()\nsame => n,Goto(nowhere,s,1)\nsame => n,Goto(c,100,7)\nsame => n,GotoIf($[1]?c,404,1)\n";
  const service = workspaceOf({ "extensions.conf": text });
  const gotoFindings = (s: typeof service) => s.diagnostics(URI).filter((f) => f.code === "dialplan/goto-target").map((f) => `${f.span.start}-${f.span.end} ${f.message}`);
  assert.equal(gotoFindings(service).length, 3);
  for (const edited of [text.replace("NoOp()", "NoOp(a)"), text.replace("NoOp()", "NoOp(a longer one)"), text.replace("NoOp()", "NoOp"), text]) {
    service.setDocument(URI, edited);
    assert.deepEqual(gotoFindings(service), gotoFindings(workspaceOf({ "extensions.conf": edited })), edited);
  }
});

test("goto-target's note on a context a missing #include may define sits where a fresh analysis puts it after lines move", () => {
  // Jumps to [elsewhere] are noted once (the first one, counting the others); [jumps] is kept by edits in [edited] and
  // rebuilt by edits in itself: either way, the lines that found it moved since.
  const text = "#include missing.conf\n[edited]\nexten => 0,1,NoOp()\n[jumps]\nexten => 2,1,NoOp()\nsame => n,Goto(elsewhere,s,1)\nsame => n,Goto(elsewhere,s,2)\n";
  const service = workspaceOf({ "extensions.conf": text });
  const notes = (s: typeof service) => s.diagnostics(URI).filter((f) => f.code === "dialplan/goto-target").map((f) => `${f.span.start}-${f.span.end} ${f.message}`);
  assert.match(notes(service).join(), /'elsewhere'.*\(1 more jump leads there\.\)/);
  const edits = [text.replace("0,1,NoOp()", "0,1,NoOp(longer)"), text.replace("2,1,NoOp()", "2,1,NoOp(x)"), text.replace("2,1,NoOp()", "2,1,NoOp"), text.replace("NoOp()", "NoOp"), text];
  for (const edited of edits) {
    service.setDocument(URI, edited);
    assert.deepEqual(notes(service), notes(workspaceOf({ "extensions.conf": edited })), edited);
  }
});

test("a join of items read from a line alone works out, in a rebuilt context, only the lines an edit made", async () => {
  const { StepJoin } = await import("../../server/src/service/model/dialplan-joins");
  const text = "[a]\nexten => 1,1,NoOp(a1)\nsame => n,NoOp(a2)\nsame => n,NoOp(a3)\n[last]\nexten => 9,1,NoOp(z)\n";
  const seen: string[] = [];
  const join = new StepJoin<string, undefined>(
    (step) => {
      seen.push(step.args[0].text);
      return [step.args[0].text];
    },
    { readsLineAlone: true },
  );
  const ws = new Workspace();
  const items = () => join.of(dialplanIndex(ws).dialplans[0], undefined);
  ws.setDocument(URI, text);
  items();
  // Each rebuild of [a] works out only the line it made: the first one takes its ends' items from the first build's
  // shares (a first build keeps nothing on its lines), the next ones keep what the lines gave.
  seen.length = 0;
  ws.setDocument(URI, text.replace("NoOp(a2)", "NoOp(b2)"));
  assert.deepEqual(items(), ["a1", "b2", "a3", "z"]);
  assert.deepEqual(seen.filter((x) => x !== "z"), ["b2"]);
  seen.length = 0;
  ws.setDocument(URI, text.replace("NoOp(a2)", "NoOp(a longer one)"));
  assert.deepEqual(items(), ["a1", "a longer one", "a3", "z"]);
  assert.deepEqual(seen.filter((x) => x !== "z"), ["a longer one"]);
  seen.length = 0;
  ws.setDocument(URI, text);
  assert.deepEqual(items(), ["a1", "a2", "a3", "z"]);
  assert.deepEqual(seen.filter((x) => x !== "z"), ["a2"]);
});

test("a join whose items are the same for the same step takes a rebuilt context's end items as they were", async () => {
  const { StepJoin } = await import("../../server/src/service/model/dialplan-joins");
  const text = "[a]\nexten => 1,1,NoOp(a1)\nsame => n,NoOp(a2)\nsame => n,NoOp(a3)\nsame => n,NoOp(a4)\n[last]\nexten => 9,1,NoOp(z)\n";
  const seen: string[] = [];
  // An item per step that the step's line and facts decide (its priority here), holding no step and no offset.
  const join = new StepJoin<string, undefined>(
    (step) => {
      seen.push(step.args[0].text);
      return [`${step.args[0].text}@${step.priority}`];
    },
    { sameAtKeptEnds: true },
  );
  const ws = new Workspace();
  const items = () => join.of(dialplanIndex(ws).dialplans[0], undefined);
  ws.setDocument(URI, text);
  const first = items();
  // A first build notes no step's items (a CLI run), so the first rebuild asks every step; the next ones, the middle.
  ws.setDocument(URI, text.replace("NoOp(a2)", "NoOp(c2)"));
  items();
  seen.length = 0;
  ws.setDocument(URI, text.replace("NoOp(a2)", "NoOp(b2)"));
  assert.deepEqual(items(), ["a1@1", "b2@2", "a3@3", "a4@4", "z@1"]);
  assert.deepEqual(seen.filter((x) => x !== "z"), ["b2"], "the steps at the ends are not asked");
  // A line that gives the steps after it other facts: they are not at the kept ends, and are asked again.
  seen.length = 0;
  ws.setDocument(URI, text.replace("same => n,NoOp(a2)", "same => 5,NoOp(a2)"));
  assert.deepEqual(items(), ["a1@1", "a2@5", "a3@6", "a4@7", "z@1"]);
  assert.deepEqual(seen.filter((x) => x !== "z"), ["a2", "a3", "a4"]);
  assert.notEqual(items(), first);
});

test("a join of items kept on their lines that work their offsets out from the line's node is right after edits above, in and below", async () => {
  const { StepJoin } = await import("../../server/src/service/model/dialplan-joins");
  // An item holds its line and an offset relative to the line's value span object, which a re-parse moves in place.
  interface Item {
    line: DialplanLine;
    relative: number;
  }
  const text = "[a]\nexten => 1,1,NoOp(a1)\nsame => n,NoOp(a2)\nsame => n,NoOp(a3)\n[last]\nexten => 9,1,NoOp(z)\n";
  const seen: string[] = [];
  const join = new StepJoin<Item, undefined>(
    (step) => {
      seen.push(step.args[0].text);
      const line = step.lineKey;
      return [{ line, relative: step.args[0].span.start - line.option.valueSpan.start }];
    },
    { readsLineAlone: true },
  );
  const ws = new Workspace();
  const items = () => join.of(dialplanIndex(ws).dialplans[0], undefined);
  const at = (item: Item) => item.line.option.valueSpan.start + item.relative;
  // Each item is where a fresh join puts it.
  const check = (now: string) => {
    const got = items();
    assert.deepEqual(got.map(at), dialplanIndex(ws).dialplans[0].steps.map((step) => step.args[0].span.start), now);
    return got;
  };
  ws.setDocument(URI, text);
  check(text);
  ws.setDocument(URI, text.replace("NoOp(a3)", "NoOp(b3)"));
  const before = check("first rebuild");
  seen.length = 0;
  // An edit below a1: a1's item is the same object; a longer a2 moves a3's line, whose item is kept too.
  ws.setDocument(URI, text.replace("NoOp(a2)", "NoOp(a much longer one)"));
  const after = check("a2 longer");
  assert.equal(after[0], before[0], "a line above the edit keeps its item");
  assert.equal(after[3], before[3], "[last] keeps its item");
  for (const edited of [text.replace("NoOp(a1)", "NoOp(x)"), text]) {
    ws.setDocument(URI, edited);
    check(edited);
  }
  // Only the lines each edit made were read again (each edit starts from the text, so the line the one before changed
  // comes back too).
  assert.deepEqual(seen.filter((x) => x !== "z"), ["a much longer one", "a3", "x", "a2", "a1"]);
});

test("a Dial line's kept findings below an edit in the same context are where a fresh analysis puts them", () => {
  // channel-string keeps each Dial line's findings on its line while the line starts where it did: typing above it,
  // in the same context (rebuilt) or in the one before (kept, its lines moved), moves it, and its findings are worked
  // out again there.
  const text = "[top]\nexten => 1,1,NoOp()\n[c]\nexten => 100,1,NoOp()\nsame => n,Dial(SPI/peer)\nsame => n,Dial(SIP)\n[last]\nexten => 9,1,Hangup()\n";
  const service = workspaceOf({ "extensions.conf": text });
  const channel = (s: typeof service) => s.diagnostics(URI).filter((f) => f.code === "dialplan/channel-string").map((f) => `${f.span.start}-${f.span.end} ${f.message}`);
  assert.equal(channel(service).length, 2);
  const inC = (noOp: string) => text.replace("100,1,NoOp()", `100,1,${noOp}`);
  const inTop = (noOp: string) => text.replace("1,1,NoOp()", `1,1,${noOp}`);
  for (const edited of [inC("NoOp(a)"), inC("NoOp(a longer one)"), inC("NoOp"), text, inTop("NoOp(a)"), inTop("NoOp(a longer one)"), inTop("NoOp"), text]) {
    service.setDocument(URI, edited);
    assert.deepEqual(channel(service), channel(workspaceOf({ "extensions.conf": edited })), edited);
  }
});

test("a rebuilt context whose Goto lines reused what they found still notes the contexts they look up", () => {
  // [from] is rebuilt twice (the second time its Goto lines reuse their kept jumps); then [to] changes while [from] is
  // kept: its Goto must be checked again, so the names its lines looked up must be the context's too.
  const text = "[from]\nexten => 100,1,NoOp()\nsame => n,Goto(to,200,1)\n[to]\nexten => 200,1,Answer()\n[last]\nexten => 9,1,Hangup()\n";
  const service = workspaceOf({ "extensions.conf": text });
  const jumps = () => service.diagnostics(URI).filter((f) => f.code === "dialplan/goto-target").length;
  assert.equal(jumps(), 0);
  for (const noOp of ["NoOp(a)", "NoOp(b)"]) {
    service.setDocument(URI, text.replace("NoOp()", noOp));
    assert.equal(jumps(), 0);
  }
  service.setDocument(URI, text.replace("NoOp()", "NoOp(b)").replace("exten => 200,1", "exten => 201,1"));
  assert.equal(jumps(), 1);
});

test("a Goto line kept in a rebuilt context is checked again when the same round also changed the context it jumps to", () => {
  // Both files change before one analysis: [from] is rebuilt (its NoOp), its Goto lines are the same nodes with
  // jumps kept on them, and [to] (in the included file) no longer has extension 200: those jumps no longer hold.
  const text = "#include to.conf\n[from]\nexten => 100,1,NoOp()\nsame => n,Goto(to,200,1)\nsame => n,Goto(to,200,1)\n[last]\nexten => 9,1,Hangup()\n";
  const to = "[to]\nexten => 200,1,Answer()\n";
  const service = workspaceOf({ "extensions.conf": text, "to.conf": to });
  const jumps = () => service.diagnostics(URI).filter((f) => f.code === "dialplan/goto-target").length;
  assert.equal(jumps(), 0);
  service.setDocument(URI, text.replace("NoOp()", "NoOp(a)"));
  assert.equal(jumps(), 0);
  service.setDocument(URI, text.replace("NoOp()", "NoOp(b)"));
  service.setDocument(WS + "to.conf", to.replace("200", "201"));
  assert.equal(jumps(), 2);
});

test("a join on a rebuilt context reads at its ends only the steps that had items in the context it replaced", async () => {
  const { StepJoin } = await import("../../server/src/service/model/dialplan-joins");
  // One extension per line: a line turned into a comment changes no other step's facts.
  const steps = Array.from({ length: 8 }, (_, n) => `exten => ${10 + n},1,${n % 3 === 0 ? "Dial" : "NoOp"}(s${n})`);
  const text = ["[a]", "exten => 1,1,NoOp(first)", ...steps, "[last]", "exten => 9,1,NoOp(z)", ""].join("\n");
  const seen: string[] = [];
  // Items hold their step (a Dial's), as DIAL_STEPS's do: the steps at the ends are read again for them.
  const join = new StepJoin<DialplanStep, undefined>((step) => {
    seen.push(step.args[0].text);
    return step.application === "Dial" ? [step] : [];
  });
  const ws = new Workspace();
  const dialplan = () => dialplanIndex(ws).dialplans[0];
  ws.setDocument(URI, text);
  join.of(dialplan(), undefined);
  // The first rebuild reads every step of [a]; the next one, its middle and the Dials at its ends.
  ws.setDocument(URI, text.replace("NoOp(s4)", "NoOp(x4)"));
  join.of(dialplan(), undefined);
  seen.length = 0;
  // s4 longer (the lines below move), s2 a comment (one step fewer: the steps below it are one place back).
  const edited = text.replace("NoOp(s4)", "NoOp(a longer s4)").replace("NoOp(s5)", "Dial(s5)").replace("exten => 12,1,NoOp(s2)", ";xten => 12,1,NoOp(s2)");
  ws.setDocument(URI, edited);
  const got = join.of(dialplan(), undefined);
  assert.deepEqual(seen.filter((x) => x !== "z").sort(), ["a longer s4", "s0", "s3", "s5", "s6"]);
  assert.deepEqual(got.map((step) => step.args[0].text), ["s0", "s3", "s5", "s6"]);
  const now = dialplan().steps;
  assert.ok(got.every((step) => now.includes(step)), "the items are the current steps");
  const fresh = new Workspace();
  fresh.setDocument(URI, edited);
  assert.deepEqual(got.map((step) => `${step.args[0].text} ${step.args[0].span.start}`), join.of(dialplanIndex(fresh).dialplans[0], undefined).map((step) => `${step.args[0].text} ${step.args[0].span.start}`));
});

test("a join's origin shares come in chunks of steps: after an edit of one line of a long context, only that line's chunk is a new array", async () => {
  const { StepJoin } = await import("../../server/src/service/model/dialplan-joins");
  const steps = Array.from({ length: 300 }, (_, i) => `same => n,NoOp(s${i})`);
  const text = ["[long]", "exten => 1,1,NoOp(first)", ...steps, "[last]", "exten => 9,1,NoOp(z)", ""].join("\n");
  const join = new StepJoin<string, undefined>((step) => [step.args[0].text], { readsLineAlone: true });
  const ws = new Workspace();
  const dialplan = () => dialplanIndex(ws).dialplans[0];
  const chunks = () => join.chunkedShares(dialplan(), undefined);
  ws.setDocument(URI, text);
  assert.deepEqual(chunks().flat(), join.of(dialplan(), undefined), "the chunks hold the items in order");
  // A rebuild first: a first build's context keeps nothing of the one before it.
  ws.setDocument(URI, text.replace("NoOp(s5)", "NoOp(t5)"));
  const before = chunks();
  assert.deepEqual(before.map((chunk) => chunk.length), [128, 128, 45, 1], "[long]'s 301 steps in chunks of 128, then [last]");
  ws.setDocument(URI, text.replace("NoOp(s200)", "NoOp(t200)"));
  const after = chunks();
  assert.deepEqual(after.flat(), join.of(dialplan(), undefined));
  assert.deepEqual(after.map((chunk, i) => chunk === before[i]), [false, false, true, true], "s5 is back in the first chunk; t200 in the second");
  ws.setDocument(URI, text.replace("NoOp(s250)", "NoOp(t250)"));
  const again = chunks();
  assert.deepEqual(again.map((chunk, i) => chunk === after[i]), [true, false, true, true]);
  // A line added: the chunks still hold every item in order, as a fresh join's do.
  const added = text.replace("same => n,NoOp(s10)\n", "same => n,NoOp(s10)\nsame => n,NoOp(new)\n");
  ws.setDocument(URI, added);
  const fresh = new Workspace();
  fresh.setDocument(URI, added);
  assert.deepEqual(chunks().flat(), join.chunkedShares(dialplanIndex(fresh).dialplans[0], undefined).flat());
  assert.ok(chunks().flat().includes("new"));
});

test("the numbers a dialplan's jumps name, joined by chunk of a large context, follow edits of one of its Goto lines", () => {
  // priority-gap reads the numbers any Goto names (StepJoin.distinct, one set per chunk of steps): 300 steps make
  // several chunks, and the edit changes the number a Goto in the middle one names.
  const steps = Array.from({ length: 300 }, (_, i) => `exten => ${1000 + i},1,NoOp(${i})`);
  steps[150] = "exten => 1150,1,Goto(gap,100,4)";
  const text = `[gap]\nexten => 100,1,Answer()\nsame => 2,NoOp()\nsame => 4,Hangup()\n[big]\n${steps.join("\n")}\n`;
  const service = workspaceOf({ "extensions.conf": text });
  const gaps = (s: typeof service) => s.diagnostics(URI).filter((f) => f.code === "dialplan/priority-gap").map((f) => `${f.span.start} ${f.message}`);
  assert.deepEqual(gaps(service), [], "4 is a landing place");
  for (const edited of [text.replace("Goto(gap,100,4)", "Goto(gap,100,5)"), text.replace("Goto(gap,100,4)", "Goto(gap,100,6)"), text]) {
    service.setDocument(URI, edited);
    assert.deepEqual(gaps(service), gaps(workspaceOf({ "extensions.conf": edited })), edited.slice(0, 0) + edited.match(/Goto\([^)]*\)/)![0]);
  }
  service.setDocument(URI, text.replace("Goto(gap,100,4)", "Goto(gap,100,5)"));
  assert.equal(gaps(service).length, 1, "no jump lands on 4 any more");
});

test("pattern problems kept on a rebuilt context's lines follow edits of other lines and of the pattern itself", () => {
  // pattern/catch-all reports the first line naming `_.`; each exten line's problems are kept on it once rebuilt.
  const text = "[c]\nexten => 100,1,NoOp()\nexten => _.,1,NoOp(all)\nexten => 200,1,Hangup()\n";
  const service = workspaceOf({ "extensions.conf": text });
  const found = (s: typeof service) => s.diagnostics(URI).filter((f) => f.code.startsWith("pattern/")).map((f) => `${f.code} ${f.span.start}-${f.span.end}`);
  assert.ok(found(service).some((f) => f.startsWith("pattern/catch-all")));
  for (const edited of [text.replace("NoOp()", "NoOp(longer)"), text.replace("Hangup()", "Hangup"), text.replace("_.,1", "_X.,1"), text.replace("_.,1", "_!,1"), text]) {
    service.setDocument(URI, edited);
    assert.deepEqual(found(service), found(workspaceOf({ "extensions.conf": edited })), edited);
  }
});
