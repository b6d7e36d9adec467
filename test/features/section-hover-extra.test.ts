// Section-header hover: where a peer or PJSIP object is named (Dial lines, globals, register lines, other objects).
import { test } from "node:test";
import assert from "node:assert/strict";
import { cursor, workspaceOf, WS } from "../helpers";

function hoverAt(file: string, textWithMarker: string, others: Record<string, string> = {}): string {
  const { text, offset } = cursor(textWithMarker);
  return workspaceOf({ ...others, [file]: text }).hover(WS + file, offset)?.markdown ?? "";
}

const EXTENSIONS = [
  "[globals]",
  "TRUNK=SIP/acme",
  "PJTRUNK=pjacme",
  "[default]",
  "exten => _9X.,1,Dial(SIP/acme/${EXTEN:1})",
  "exten => _8X.,1,Dial(PJSIP/${EXTEN}@pjacme)",
  "exten => _7X.,1,Dial(IAX2/user:hunter2@acme/${EXTEN})",
].join("\n") + "\n";

test("section hover lists the Dial lines, globals and register lines naming a chan_sip peer", () => {
  const sip = "[general]\nregister => u:hunter2@acme/100\nregister => acme?u:hunter3@1.2.3.4\nregister => other:hunter4@5.6.7.8\n[ac|me]\ntype=peer\nhost=1.2.3.4\n";
  const markdown = hoverAt("sip.conf", sip, { "extensions.conf": EXTENSIONS });
  assert.match(markdown, /Named by:/);
  assert.match(markdown, /global `TRUNK` \(extensions\.conf line 2\)/);
  assert.match(markdown, /`Dial` in `_9X\.` of `\[default\]` \(extensions\.conf line 5\)/);
  assert.match(markdown, /register line \(line 2\), by its host/);
  assert.match(markdown, /register line \(line 3\), by its `peer\?` prefix/);
  assert.doesNotMatch(markdown, /line 4\)/, "the unrelated register line is not listed");
  assert.doesNotMatch(markdown, /line 7/, "an IAX2 Dial does not name a SIP peer");
  assert.doesNotMatch(markdown, /hunter/, "no secret in the hover");
});

test("section hover says when nothing dials a peer, and lists nothing for others", () => {
  const lonely = hoverAt("sip.conf", "[general]\n[lo|nely]\ntype=peer\nhost=1.2.3.4\n", { "extensions.conf": EXTENSIONS });
  assert.match(lonely, /No Dial line or global of the workspace names it/);
  assert.doesNotMatch(lonely, /Named by/);
  const noDialplan = hoverAt("sip.conf", "[general]\n[lo|nely]\ntype=peer\nhost=1.2.3.4\n", {});
  assert.doesNotMatch(noDialplan, /No Dial line/, "without any dialplan in the workspace there is nothing to say");
  const template = hoverAt("sip.conf", "[general]\n[tm|pl](!)\ntype=peer\n[acme](tmpl)\n", { "extensions.conf": EXTENSIONS });
  assert.doesNotMatch(template, /Named by|No Dial line/);
});

test("section hover lists the PJSIP objects and dialplan lines naming an object", () => {
  const pjsip = [
    "[t]", "type=transport", "bind=0.0.0.0",
    "[pjacme]", "type=aor", "contact=sip:sip.acme.example",
    "[pjacme]", "type=auth", "password=hunter2",
    "[pjacme]", "type=endpoint", "aors=pjacme", "outbound_auth=pjacme", "transport=t",
    "[pjacme]", "type=identify", "endpoint=pjacme",
    "[reg]", "type=registration", "outbound_auth=pjacme", "transport=t",
  ].join("\n") + "\n";
  const endpoint = hoverAt("pjsip.conf", pjsip.replace("[pjacme]\ntype=endpoint", "[pja|cme]\ntype=endpoint"), { "extensions.conf": EXTENSIONS });
  assert.match(endpoint, /global `PJTRUNK`/);
  assert.match(endpoint, /`Dial` in `_8X\.`/);
  assert.match(endpoint, /`\[pjacme\]` identify, `endpoint=` \(line 15\)/);
  const auth = hoverAt("pjsip.conf", pjsip.replace("[pjacme]\ntype=auth", "[pjac|me]\ntype=auth"));
  assert.match(auth, /`\[pjacme\]` endpoint, `outbound_auth=` \(line 10\)/);
  assert.match(auth, /`\[reg\]` registration, `outbound_auth=` \(line 18\)/);
  assert.doesNotMatch(auth, /identify, `endpoint=`/);
  assert.doesNotMatch(auth, /hunter/);
  const transport = hoverAt("pjsip.conf", pjsip.replace("[t]", "[|t]"));
  assert.match(transport, /`\[pjacme\]` endpoint, `transport=`/);
  assert.match(transport, /`\[reg\]` registration, `transport=`/);
  const aor = hoverAt("pjsip.conf", pjsip.replace("[pjacme]\ntype=aor", "[pjac|me]\ntype=aor"));
  assert.match(aor, /`\[pjacme\]` endpoint, `aors=`/);
  assert.doesNotMatch(aor, /outbound_auth=/, "the aor is not named by outbound_auth");
});
