// dialplan/channel-string: Dial destinations malformed for their technology (after resolving globals), unknown
// technologies, and chan_sip on an Asterisk without it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkFixture, checkNoFix } from "../../fixture";
import { findingsOf, workspaceOf, WS } from "../../helpers";

// Ported from test/rules/dialplan.test.ts ("channel strings per technology, globals resolved; chan_sip gone on 22").
const CHANNELS = `
  //- extensions.conf
  [globals]
  BADPJ=PJSIP/carrier/
  GOOD=SIP/carrier
  [test]
  exten => _9X.,1,Dial(PJSIP/carrier/\${EXTEN:1})
  same => n,Dial(SIP//\${EXTEN:1})
  same => n,Dial(FOO/bar)
  same => n,Dial(\${GOOD}/\${EXTEN:1})
  same => n,Dial(PJSIP/\${EXTEN:1}@carrier)
  same => n,Dial(IAX2/user:pw@host.example.com/\${EXTEN:1})
  same => n,Dial(Local/\${EXTEN}@test&SIP/\${EXTEN:1}@carrier)
`;
const BAD_SHAPES = (sip: string) =>
  CHANNELS.replace("Dial(PJSIP/carrier/${EXTEN:1})\n", "Dial(PJSIP/carrier/${EXTEN:1})\n                       ^^^^^^^^^^^^^^^^^^^^^^^^ warning dialplan/channel-string: puts '${EXTEN:1}' after a slash\n")
    .replace("Dial(SIP//${EXTEN:1})\n", `Dial(SIP//\${EXTEN:1})\n                 ^^^^^^^^^^^^^^^ ${sip}\n`)
    .replace("Dial(FOO/bar)\n", "Dial(FOO/bar)\n                 ^^^^^^^ warning dialplan/channel-string: uses channel technology 'FOO', which Asterisk does not have\n");

test("a number after PJSIP's slash, an empty peer and an unknown technology are warnings; well-formed SIP, PJSIP, IAX2 and Local are not", () => {
  checkFixture(BAD_SHAPES("warning dialplan/channel-string: has an empty peer name"), { only: ["dialplan/channel-string"] });
});

test("on Asterisk 22 every chan_sip destination is an error, also through a global and after '&'", () => {
  checkFixture(
    BAD_SHAPES("error dialplan/channel-string: dials through chan_sip, which Asterisk 22 no longer has")
      .replace("Dial(${GOOD}/${EXTEN:1})\n", "Dial(${GOOD}/${EXTEN:1})\n                 ^^^^^^^^^^^^^^^^^^ error dialplan/channel-string: resolves to 'SIP/carrier/${EXTEN:1}', which dials through chan_sip\n")
      .replace("@test&SIP/${EXTEN:1}@carrier)\n", "@test&SIP/${EXTEN:1}@carrier)\n                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error dialplan/channel-string: removed in 21\n"),
    { only: ["dialplan/channel-string"], settings: { asteriskVersion: 22 } },
  );
});

test("a global that resolves to a bad shape is reported with what it resolves to; a near-miss technology gets 'did you mean'", () => {
  checkFixture(`
    //- extensions.conf
    [globals]
    BADPJ=PJSIP/carrier/
    [test]
    exten => _9X.,1,Dial(\${BADPJ}\${EXTEN:1})
                         ^^^^^^^^^^^^^^^^^^ warning dialplan/channel-string: '\${BADPJ}\${EXTEN:1}' resolves to 'PJSIP/carrier/\${EXTEN:1}'
    same => n,Dial(PSJIP/carrier)
                   ^^^^^^^^^^^^^ warning dialplan/channel-string: Did you mean 'PJSIP'?
  `, { only: ["dialplan/channel-string"] });
});

test("there is no fix (the right destination is the author's call)", () => {
  checkNoFix(CHANNELS, { code: "dialplan/channel-string" });
});

test("its severity follows the harm: Dial through chan_sip on an Asterisk without it fails every call, so an error", () => {
  checkFixture(`
    //- extensions.conf
    [test]
    exten => _9X.,1,Dial(SIP/carrier/\${EXTEN:1})
                         ^^^^^^^^^^^^^^^^^^^^^^ error dialplan/channel-string: removed in 21
    same => n,Hangup()
  `, { only: ["dialplan/channel-string"], settings: { asteriskVersion: 22 } });
});

test("a dialplan's kept findings follow a global another extensions file changes, and an edit of a peer file keeps them", () => {
  // extensions_extra.conf is a unit of its own: its [globals] still give TRUNK its value for extensions.conf (the last
  // definition anywhere), so changing it re-checks extensions.conf's Dial, which is the same dialplan object.
  const main = "[from-carrier]\nexten => _X.,1,Dial(${TRUNK}/${EXTEN})\n";
  const extra = "[globals]\nTRUNK=SIP/carrier\n";
  const service = workspaceOf({ "extensions.conf": main, "extensions_extra.conf": extra, "sip.conf": "[carrier]\ntype=peer\nhost=10.0.0.1\n" });
  const channel = () => findingsOf(service).filter((f) => f.code === "dialplan/channel-string").map((f) => `${f.file}:${f.line}`);
  assert.deepEqual(channel(), []);
  service.setDocument(WS + "sip.conf", "[carrier]\ntype=peer\nhost=10.0.0.2\n");
  assert.deepEqual(channel(), []);
  service.setDocument(WS + "extensions_extra.conf", extra.replace("SIP/carrier", "SPI/carrier"));
  assert.deepEqual(channel(), ["extensions.conf:2"]);
  service.setDocument(WS + "sip.conf", "[carrier]\ntype=peer\nhost=10.0.0.3\n");
  assert.deepEqual(channel(), ["extensions.conf:2"]);
  service.setDocument(WS + "extensions_extra.conf", extra);
  assert.deepEqual(channel(), []);
});

test("after edits of its own file, a dialplan's kept findings still follow a global another extensions file changes", () => {
  // The second edit of extensions.conf finds the Dial line's own findings kept under the same globals: the global the
  // line reads must still count among what the rebuilt dialplan's findings read, or the change of TRUNK below goes
  // unseen (the dialplan object stays the same while extensions.conf does).
  // Edited in another context (the Dial's context kept), in the Dial's own (rebuilt twice, its Dial line taken from
  // the context it replaced), and in its header (a new context each time, its Dial line's findings kept on the line).
  const mains = [
    (noop: string) => `[from-carrier]\nexten => _X.,1,Dial(\${TRUNK}/\${EXTEN})\n[other]\nexten => 1,1,NoOp(${noop})\n`,
    (noop: string) => `[from-carrier]\nexten => _X.,1,Dial(\${TRUNK}/\${EXTEN})\nexten => 1,1,NoOp(${noop})\n`,
    (name: string) => `[from-carrier-${name}]\nexten => _X.,1,Dial(\${TRUNK}/\${EXTEN})\n`,
  ];
  for (const main of mains) {
    const extra = "[globals]\nTRUNK=SIP/carrier\n";
    const service = workspaceOf({ "extensions.conf": main("a"), "extensions_extra.conf": extra });
    const channel = () => findingsOf(service).filter((f) => f.code === "dialplan/channel-string").map((f) => `${f.file}:${f.line}`);
    assert.deepEqual(channel(), []);
    service.setDocument(WS + "extensions.conf", main("b"));
    assert.deepEqual(channel(), []);
    service.setDocument(WS + "extensions.conf", main("c"));
    assert.deepEqual(channel(), []);
    service.setDocument(WS + "extensions_extra.conf", extra.replace("SIP/carrier", "SPI/carrier"));
    assert.deepEqual(channel(), ["extensions.conf:2"], main("c"));
  }
});

test("edit after edit in a rebuilt context, its Dial lines' findings are a fresh analysis's, where the lines are now", () => {
  // A rebuilt context takes the findings of the Dial lines at its kept ends from the context it replaced, moved along
  // with their lines when an edit above changed a line's length; only the lines between are checked again.
  const lines = ["[globals]", "TRUNK=SIP/carrier", "[out]", "exten => s,1,NoOp(start)"];
  for (let n = 0; n < 7; n++) lines.push(`exten => _9${n}X.,1,Dial(${n % 3 === 0 ? "FOO" : "SIP"}/carrier/\${EXTEN:2})`);
  lines.push("exten => _97X.,1,Dial(${TRUNK}/${EXTEN:2})");
  const service = workspaceOf({ "extensions.conf": lines.join("\n") });
  const places = (on: typeof service) => findingsOf(on).filter((f) => f.code === "dialplan/channel-string").map((f) => `${f.line}@${f.span.start}-${f.span.end}`);
  // Lines (1-based): 5, 8 and 11 dial FOO; 6, 7, 9, 10 SIP; 12 the global TRUNK.
  const edits: [number, (line: string) => string][] = [
    [6, (l) => l.replace("SIP/", "BAR/")],
    [3, (l) => l.replace("start", "the very start")],
    [10, (l) => l.replace("FOO/", "SIP/")],
    [3, (l) => l.replace("the very start", "go")],
    [6, (l) => l.replace("BAR/", "SIP/")],
    [1, (l) => l.replace("SIP/carrier", "SPI/carrier")],
    [8, (l) => l.replace("SIP/", "IAX2/")],
  ];
  for (const [at, change] of edits) {
    lines[at] = change(lines[at]);
    service.setDocument(WS + "extensions.conf", lines.join("\n"));
    assert.deepEqual(places(service), places(workspaceOf({ "extensions.conf": lines.join("\n") })), `after editing line ${at + 1}: ${lines[at]}`);
  }
  assert.deepEqual(
    places(service).map((place) => place.split("@")[0]),
    ["5", "8", "12"],
    "FOO on lines 5 and 8, and the global on line 12 now SPI",
  );
});
