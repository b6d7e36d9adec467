// Contexts spliced after an edit (model/context-splice.ts): the new context takes the replaced one's steps and
// extensions around the edited lines and builds only the window between. Whatever the edit, the spliced context must
// read as a context built from scratch: the same steps with the same facts, the same extensions with the same lines,
// labels and order, the same includes, and every step and extension belonging to it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { dialplanIndex } from "../../server/src/service/model/dialplan";
import { sectionStepBounds } from "../../server/src/service/model/built-contexts";
import type { DialplanContext, DialplanStep } from "../../server/src/service/model/dialplan-types";
import { Workspace } from "../../server/src/service/model/workspace";
import { WS } from "../helpers";

const URI = WS + "extensions.conf";

/** A context of many short extensions (and an include, a hint, a label), then a small one. */
function dialplanText(extensions = 120): string {
  const lines = ["[big]", "include => other", "exten => 500,hint,SIP/500"];
  for (let n = 0; n < extensions; n++) {
    const name = n % 7 === 0 ? `_9${n}XX` : String(1000 + n);
    lines.push(`exten => ${name},1,NoOp(${n})`, `same => n(dial),Dial(SIP/t/\${EXTEN})`);
    if (n % 3 === 0) lines.push("same => n,Hangup()");
  }
  lines.push("include => more", "[other]", "exten => 9,1,Hangup()", "");
  return lines.join("\n");
}

function contextOf(ws: Workspace, name = "big"): DialplanContext {
  return dialplanIndex(ws).dialplans[0].contexts.get(name)!;
}

/** A context as plain data: what a splice must give as a build from scratch gives it. */
function described(context: DialplanContext): unknown {
  const stepIndex = new Map<DialplanStep, number>(context.steps.map((step, i) => [step, i]));
  const extIndex = new Map(context.extensions.map((ext, i) => [ext, i]));
  const index = (step: DialplanStep | undefined) => (step === undefined ? -1 : stepIndex.get(step) ?? "foreign");
  for (const step of context.steps) assert.equal(step.context, context, "every step belongs to the context");
  for (const ext of context.extensions) assert.equal(ext.context, context, "every extension belongs to the context");
  return {
    bounds: sectionStepBounds(context),
    steps: context.steps.map((step) => ({
      line: step.option.node.line.start,
      text: `${step.option.node.key}=>${step.option.node.value}`,
      section: context.sections.indexOf(step.option.section!),
      facts: [step.extensionText, step.cid, step.priority, step.isHint, step.dropped, step.priorityIfLabelClosed, step.firstOfCarrierEntry, step.application],
      extension: step.extension === undefined ? -1 : extIndex.get(step.extension) ?? "foreign",
      conflictsWith: index(step.conflictsWith),
      args: step.args.map((arg) => [arg.text, arg.span.start]),
      label: step.label && [step.label.text, step.label.span.start],
    })),
    extensions: context.extensions.map((ext) => ({
      name: ext.name,
      cid: ext.cid,
      key: ext.parsed.key,
      steps: ext.steps.map(index),
      lines: ext.lines.map(index),
      labels: [...ext.labels].map(([label, step]) => [label, index(step)]),
    })),
    includes: context.includes.map((include) => [include.name, include.span.start, include.span.end, context.sections.indexOf(include.option.section!)]),
    others: context.otherOptions.map((option) => [option.node.key, context.sections.indexOf(option.section!)]),
  };
}

/** Seeded edits of a step line: its application, priority or extension changed, the line copied or removed, a line added. */
function randomEdit(text: string, next: (n: number) => number): string {
  const lines = text.split("\n");
  const steps = lines.map((line, i) => (/^(exten|same) =>/.test(line) ? i : -1)).filter((i) => i >= 0 && i < lines.length - 3);
  const at = steps[next(steps.length)];
  const line = lines[at];
  switch (next(9)) {
    case 0:
      lines[at] = line.replace(/NoOp|Dial|Hangup/, (app) => (app === "NoOp" ? "Noop" : app === "Dial" ? "Dail" : "NoOp"));
      break;
    case 1:
      lines[at] = line.replace(/,(\d+|n(\(\w+\))?|hint),/, (_m, p: string) => (p === "1" ? ",n," : p.startsWith("n") ? ",2," : ",1,"));
      break;
    case 2:
      lines[at] = line.replace(/^exten => [^,]+/, `exten => ${2000 + next(50)}`);
      break;
    case 3:
      lines.splice(at, 0, line);
      break;
    case 4:
      lines.splice(at, 1);
      break;
    case 5:
      lines.splice(at + 1, 0, `same => n,Set(X=${next(100)})`);
      break;
    case 6:
      lines[at] = line.replace(/^same =>/, "exten => 77,").replace(/^exten => [^,]+,,/, "exten => 77,");
      break;
    case 7:
      lines[at] = line + " ; note";
      break;
    default:
      lines[at] = line.replace(/,n,/, ",n(again),");
  }
  return lines.join("\n");
}

test("a context spliced after any of many random edits reads as one built from scratch", () => {
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const ws = new Workspace();
  let text = dialplanText();
  ws.setDocument(URI, text);
  let previous = contextOf(ws);
  let spliced = 0;
  for (let round = 0; round < 250; round++) {
    text = randomEdit(text, next);
    ws.setDocument(URI, text);
    const context = contextOf(ws);
    const fresh = new Workspace();
    fresh.setDocument(URI, text);
    assert.deepEqual(described(context), described(contextOf(fresh)), `round ${round}`);
    // A splice keeps the replaced context's first step (the hint, never edited) as it is; a build makes it anew.
    if (context !== previous && context.steps[0] === previous.steps[0]) spliced++;
    previous = context;
  }
  // Edits that scatter an extension's lines (a line renamed to an extension named elsewhere) build it whole.
  assert.ok(spliced >= 100, `the edits mostly splice the context (${spliced} of 250)`);
});

test("the steps around an edit are the replaced context's own, and only the edited extension's lines are new", () => {
  const ws = new Workspace();
  const text = dialplanText();
  ws.setDocument(URI, text);
  contextOf(ws);
  // The first rebuild builds the context whole and keeps its extensions by key; the next one splices.
  ws.setDocument(URI, text.replace("NoOp(50)", "NoOp(fifty)"));
  const rebuilt = contextOf(ws);
  ws.setDocument(URI, text.replace("NoOp(50)", "NoOp(5)"));
  const spliced = contextOf(ws);
  const fresh = spliced.steps.filter((step, i) => step !== rebuilt.steps[i]);
  assert.deepEqual(
    fresh.map((step) => step.option.node.value),
    ["1050,1,NoOp(5)", "n(dial),Dial(SIP/t/${EXTEN})"],
    "extension 1050's two lines are built again, every other step is taken over",
  );
  const ext = spliced.extensions.find((e) => e.name === "1050")!;
  assert.notEqual(ext, rebuilt.extensions.find((e) => e.name === "1050"));
  assert.equal(spliced.extensions.find((e) => e.name === "1049"), rebuilt.extensions.find((e) => e.name === "1049"));
  assert.deepEqual(spliced.extensions.map((e) => e.name), rebuilt.extensions.map((e) => e.name));
});

test("an extension whose lines lie far apart, or a priority given as a label, has the context built whole", () => {
  const far = ["[big]", "exten => 100,1,NoOp(first)", ...Array.from({ length: 100 }, (_, n) => `exten => ${200 + n},1,NoOp()`), "exten => 100,2,Hangup()", ""].join("\n");
  const labels = dialplanText(20).replace("exten => 1001,1,NoOp(1)", "exten => 1001,1,NoOp(1)\nexten => 1001,dial,NoOp(jump)");
  for (const text of [far, labels]) {
    const ws = new Workspace();
    ws.setDocument(URI, text);
    contextOf(ws);
    ws.setDocument(URI, text.replace("NoOp(first)", "NoOp(1st)").replace("NoOp(2)", "NoOp(two)"));
    const rebuilt = contextOf(ws);
    const edited = text.replace("NoOp(first)", "NoOp(I)").replace("NoOp(2)", "NoOp(II)");
    ws.setDocument(URI, edited);
    const again = contextOf(ws);
    assert.notEqual(again.steps[0], rebuilt.steps[0], "built whole: no step is taken over");
    const fresh = new Workspace();
    fresh.setDocument(URI, edited);
    assert.deepEqual(described(again), described(contextOf(fresh)));
  }
});

/** Runs `rounds` random edits of `name` in `files`, comparing context `context` with a fresh build after each. */
function randomEditsMatch(files: Record<string, string>, name: string, context: string, edit: (text: string, next: (n: number) => number) => string, rounds: number): number {
  let seed = 11;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const ws = new Workspace();
  for (const [file, text] of Object.entries(files)) ws.setDocument(WS + file, text);
  const contextIn = (w: Workspace) => dialplanIndex(w).dialplans.flatMap((d) => [...d.contexts.values()]).find((c) => c.name === context)!;
  let previous = contextIn(ws);
  let spliced = 0;
  let text = files[name];
  for (let round = 0; round < rounds; round++) {
    text = edit(text, next);
    ws.setDocument(WS + name, text);
    const now = contextIn(ws);
    const fresh = new Workspace();
    for (const [file, original] of Object.entries(files)) fresh.setDocument(WS + file, file === name ? text : original);
    assert.deepEqual(described(now), described(contextIn(fresh)), `round ${round}: ${text}`);
    if (now !== previous && now.steps[0] === previous.steps[0]) spliced++;
    previous = now;
  }
  return spliced;
}

test("contexts of caller-id extensions, of two sections, and of VICIdial's carrier dialplan entries splice as a build would give them", () => {
  // Caller-id extensions, and the context opened a second time further down (an extension in both sections).
  const cid = dialplanText(60).replace(/exten => (10\d\d),1,/g, "exten => $1/55$1,1,") + "[big]\nexten => 1003,5,NoOp(again)\nexten => 7,1,NoOp(x)\nsame => n,Hangup()\n";
  assert.ok(randomEditsMatch({ "extensions.conf": cid }, "extensions.conf", "big", randomEdit, 150) >= 50);
  // Carriers: each record's dialplan entry goes into [vicidial-auto-external] after VICIdial's own `h` lines.
  const carrier = (id: string, pattern: string) =>
    [`carrier_id: ${id}`, `carrier_name: ${id}`, "protocol: SIP", "server_ip: 0.0.0.0", "active: Y", `globals_string: ${id}T = SIP/${id.toLowerCase()}`, "", "[[account_entry]]", `[${id.toLowerCase()}]`, "type=peer", "host=192.0.2.1", "", "[[dialplan_entry]]", `exten => ${pattern},1,AGI(agi://127.0.0.1:4577/call_log)`, `exten => ${pattern},n,Dial(\${${id}T}/\${EXTEN:1},\${CAMPDTO},To)`, `exten => ${pattern},n,Hangup()`, ""].join("\n");
  const files = { "a.carrier": carrier("ALPHA", "_91NXXNXXXXXX"), "b.carrier": carrier("BETA", "_92NXXNXXXXXX"), "c.carrier": carrier("GAMMA", "_93NXXNXXXXXX") };
  const recordEdit = (text: string, next: (n: number) => number) => {
    const lines = text.split("\n");
    const steps = lines.map((line, i) => (/^(exten|same) =>/.test(line) ? i : -1)).filter((i) => i >= 0);
    const at = steps[next(steps.length)];
    const choice = next(4);
    if (choice === 0) lines[at] = lines[at].includes(",n,") ? lines[at].replace(",n,", ",2,") : lines[at].replace(/,\d+,/, ",n,");
    else if (choice === 1) lines.splice(at + 1, 0, `same => n,NoOp(${next(100)})`);
    else if (choice === 2 && steps.length > 2) lines.splice(at, 1);
    else lines[at] = lines[at].replace(/\)$/, "x)");
    return lines.join("\n");
  };
  assert.ok(randomEditsMatch(files, "b.carrier", "vicidial-auto-external", recordEdit, 80) >= 40);
});
