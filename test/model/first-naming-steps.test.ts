// model/first-naming-steps.ts: the first `exten` line of each extension text in a context, which a rebuilt context
// takes from the replaced one at its kept ends; after any edit it is the list a fresh build gives.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Workspace } from "../../server/src/service/model/workspace";
import { dialplanIndex } from "../../server/src/service/model/dialplan";
import { firstNamingSteps } from "../../server/src/service/model/first-naming-steps";
import { WS } from "../helpers";

const URI = WS + "extensions.conf";

/** Each context's first naming lines, as "context: line text". */
function naming(ws: Workspace): string[] {
  const text = ws.document(URI)!.text;
  return [...dialplanIndex(ws).dialplans[0].contexts.values()].flatMap((context) =>
    firstNamingSteps(context).map((step) => `${context.name}: ${text.slice(step.option.node.line.start, step.option.node.line.end)}`),
  );
}

test("after edits that change which line names an extension first, below and above the edit too, the list is a fresh build's", () => {
  const lines = ["[big]"];
  // Priorities that differ from line to line: no line is dropped as a repeat, so a line that comes to name its text
  // first, or stops doing so, may lie in the kept tail of the rebuilt context.
  for (let n = 0; n < 40; n++) lines.push(`exten => ${n % 13},${2 * n + 1},NoOp(a${n})`, `same => n,NoOp(b${n})`);
  lines.push("[last]", "exten => 9,1,NoOp(z)", "");
  const ws = new Workspace();
  ws.setDocument(URI, lines.join("\n"));
  naming(ws);
  let state = 5;
  const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let round = 0; round < 120; round++) {
    const i = 1 + Math.floor(random() * (lines.length - 4));
    const roll = random();
    if (lines[i].startsWith("exten")) lines[i] = roll < 0.5 ? lines[i].replace(/=> \d+/, `=> ${Math.floor(random() * 15)}`) : lines[i].replace(/exten => \d+,\d+/, "same => n");
    else if (lines[i].startsWith("same")) lines[i] = `exten => ${Math.floor(random() * 15)},${500 + round},NoOp(c${round})`;
    ws.setDocument(URI, lines.join("\n"));
    const fresh = new Workspace();
    fresh.setDocument(URI, lines.join("\n"));
    assert.deepEqual(naming(ws), naming(fresh), `round ${round}`);
  }
});
