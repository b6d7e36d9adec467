// Findings kept across rebuilds (rules/kept-reports.ts): a check runs again only when what it lists as read differs,
// and a register rule's findings follow register lines that moved, as a fresh analysis reports them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Workspace } from "../../server/src/service/model/workspace";
import { reportKept } from "../../server/src/service/rules/kept-reports";
import type { FindingInput, RuleContext } from "../../server/src/service/rules/types";
import { LanguageService } from "../../server/src/service/language-service";

function contextOf(workspace: Workspace, found: FindingInput[]): RuleContext {
  return { workspace, asteriskVersion: 18, report: (finding) => found.push(finding) };
}

test("reportKept runs its check again only when an input differs, and reports the kept findings every time", () => {
  const workspace = new Workspace();
  const found: FindingInput[] = [];
  let runs = 0;
  const list = [1, 2];
  const check = (ctx: RuleContext) => {
    runs++;
    ctx.report({ uri: "/x", span: { start: 0, end: 1 }, message: "m" });
  };
  reportKept(contextOf(workspace, found), "k", [list, "a"], check);
  reportKept(contextOf(workspace, found), "k", [list, "a"], check);
  assert.equal(runs, 1);
  assert.equal(found.length, 2, "reported both times");
  reportKept(contextOf(workspace, found), "k", [[1, 2], "a"], check);
  assert.equal(runs, 2, "another list object is another input");
  reportKept({ ...contextOf(workspace, found), asteriskVersion: 20 }, "k", [[1, 2], "a"], check);
  assert.equal(runs, 3, "another Asterisk version");
});

test("a check that says it read more than its inputs is run again next time", () => {
  const workspace = new Workspace();
  const found: FindingInput[] = [];
  let runs = 0;
  const inputs = ["same"];
  const check = (_ctx: RuleContext, readsMore: () => void) => {
    runs++;
    if (runs === 1) readsMore();
  };
  reportKept(contextOf(workspace, found), "m", inputs, check);
  reportKept(contextOf(workspace, found), "m", inputs, check);
  assert.equal(runs, 2, "the first run read more: not kept");
  reportKept(contextOf(workspace, found), "m", inputs, check);
  assert.equal(runs, 2, "the second run read only its inputs: kept");
});

const SIP = "[general]\ncontext=default\nregister => user1:pw@10.0.0.1\nregister => user1:pw@10.0.0.1\nregister => tcp://u2:pw@10.0.0.2\n#include peers.conf\n";
const PEERS = "[p1]\ntype=peer\nhost=10.0.0.9\n";

function findings(service: LanguageService): string[] {
  return [...service.allDiagnostics()].flatMap(([uri, list]) => list.map((f) => `${uri} ${f.code} ${f.span.start}-${f.span.end} ${JSON.stringify(f.related ?? [])} ${JSON.stringify(f.data ?? null)}`));
}

test("register findings kept across edits elsewhere follow their lines when those move", () => {
  const live = new LanguageService();
  live.setDocument("/ws/sip.conf", SIP);
  live.setDocument("/ws/peers.conf", PEERS);
  const codes = findings(live).map((row) => row.split(" ")[1]);
  assert.ok(codes.includes("register/duplicate") && codes.includes("register/transport-disabled"), codes.join(", "));
  const steps: [string, string][] = [
    ["/ws/peers.conf", PEERS.replace("10.0.0.9", "10.0.0.8")],
    ["/ws/sip.conf", SIP.replace("context=default", "context=inbound")],
    ["/ws/sip.conf", SIP.replace("context=default", "context=x")],
  ];
  const texts = new Map([["/ws/sip.conf", SIP], ["/ws/peers.conf", PEERS]]);
  for (const [uri, text] of steps) {
    texts.set(uri, text);
    live.setDocument(uri, text);
    const fresh = new LanguageService();
    for (const [u, t] of texts) fresh.setDocument(u, t);
    assert.deepEqual(findings(live), findings(fresh), `after editing ${uri}`);
  }
});
