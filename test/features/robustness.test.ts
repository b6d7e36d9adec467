// Bad input never crashes the service: every example file, damaged many ways with a seeded generator, still yields
// diagnostics without internal errors, and hover, completion, outline, navigation and quick fixes all answer.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { LanguageService } from "../../server/src/service/language-service";
import { generator } from "../fuzz/generate";

const EXAMPLES = path.resolve(__dirname, "../../../examples");
/** Characters and fragments that mean something to one of our parsers. */
const PIECES = [";", "[", "]", "(", ")", "=", "=>", ",", "\n", "\r", "$", "{", "}", "\\", "'", '"', "/", "@", ":", "!", "+", "_", ".", "X", "#", "[[", "]]", "${", "exten =>", "register =>", "type=", "\t", " ", "-"];

function examples(): { name: string; text: string }[] {
  const result: { name: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else result.push({ name: path.relative(EXAMPLES, full), text: fs.readFileSync(full, "utf8") });
    }
  };
  walk(EXAMPLES);
  return result;
}

function damage(text: string, random: () => number): string {
  let result = text;
  const edits = 1 + Math.floor(random() * 6);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * (result.length + 1));
    const choice = random();
    if (choice < 0.4) result = result.slice(0, at) + PIECES[Math.floor(random() * PIECES.length)] + result.slice(at);
    else if (choice < 0.8) result = result.slice(0, at) + result.slice(at + 1 + Math.floor(random() * 12));
    else result = result.slice(0, at) + result.slice(at, at + 40) + result.slice(at);
  }
  return result;
}

test("damaged example files never make a rule or a feature fail", { timeout: 120_000 }, () => {
  const files = examples();
  const random = generator(20261123);
  // A deterministic sample over whole-example workspaces; test/fuzz mutates inputs at scale (2,000 per run).
  for (let round = 0; round < 25; round++) {
    const service = new LanguageService();
    const texts = new Map<string, string>();
    for (const file of files) {
      const text = random() < 0.5 ? damage(file.text, random) : file.text;
      texts.set("/ws/" + file.name, text);
      service.setDocument("/ws/" + file.name, text);
    }
    const diagnostics = service.allDiagnostics();
    for (const [uri, findings] of diagnostics) {
      const text = texts.get(uri)!;
      for (const finding of findings) {
        assert.ok(!finding.message.startsWith("Internal error"), `round ${round}: ${finding.message}`);
        assert.ok(finding.span.start >= 0 && finding.span.start <= finding.span.end && finding.span.end <= text.length, `round ${round}: ${finding.code} span out of ${uri}`);
      }
      for (const fix of service.quickFixes(findings)) {
        for (const edit of fix.edits) {
          const length = texts.get(edit.uri)?.length ?? -1;
          assert.ok(edit.span.start >= 0 && edit.span.end <= length && edit.span.start <= edit.span.end, `round ${round}: fix '${fix.title}' edits outside ${edit.uri}`);
        }
      }
      const probes = [0, text.length, ...Array.from({ length: 8 }, () => Math.floor(random() * (text.length + 1)))];
      for (const offset of probes) {
        service.hover(uri, offset);
        service.completions(uri, offset);
        service.definition(uri, offset);
        service.signatureHelp(uri, offset);
      }
      service.symbols(uri);
    }
  }
});

test("huge names, values and patterns neither crash nor stall a rule or a feature", { timeout: 120_000 }, () => {
  const big = "a".repeat(100_000);
  const cases: Record<string, string> = {
    "sip.conf": `[general]\n[p]\ntype=peer\n${big}=1\nhost=${big}\nregister => ${big}@${big}\nallow=${big}\n[${big}](${big})\n`,
    "extensions.conf": `[x]\nexten => _${"X".repeat(30_000)}.,1,Dial(SIP/${big})\nexten => _[${"1-9".repeat(10_000)}],1,NoOp(\${${big}})\nsame => n,Goto(${big},1)\n`,
    "pjsip.conf": `[e]\ntype=endpoint\naors=${big}\n[i]\ntype=identify\nmatch=${big}\n`,
    "a.carrier": `carrier_id: ${big}\nserver_ip: ${big}\nprotocol: ${big}\nglobals_string: ${big}\n[[dialplan_entry]]\n${"'\\".repeat(30_000)}\n`,
  };
  for (const [name, text] of Object.entries(cases)) {
    const service = new LanguageService();
    service.setDocument("/ws/" + name, text);
    const findings = [...service.allDiagnostics().values()].flat();
    const failed = findings.filter((f) => f.message.startsWith("Internal error")).map((f) => f.code);
    assert.deepEqual(failed, [], `${name}: rules failed`);
    for (let offset = 0; offset < text.length; offset += 25_000) {
      service.hover("/ws/" + name, offset);
      service.completions("/ws/" + name, offset);
    }
  }
});

test("deep template chains, deeply nested expressions and long include chains are handled", { timeout: 120_000 }, () => {
  const chain = ["[general]", "[t0](!)", "type=peer", "allow=ulaw"];
  for (let i = 1; i < 15_000; i++) chain.push(`[t${i}](!,t${i - 1})`);
  chain.push("[p](t14999)", "host=192.0.2.1", "#include sip-inc0.conf");
  const files: Record<string, string> = {
    "sip.conf": chain.join("\n") + "\n",
    "extensions.conf": `[x]\nexten => s,1,Set(X=${"$[".repeat(5000)}1${"]".repeat(5000)})\nsame => n,NoOp(${"${".repeat(5000)}X${"}".repeat(5000)})\nsame => n,Dial(${"(".repeat(5000)})\n`,
  };
  for (let i = 0; i < 500; i++) files[`sip-inc${i}.conf`] = `#include sip-inc${i + 1}.conf\n[s${i}](t0)\n`;
  const service = new LanguageService();
  for (const [name, text] of Object.entries(files)) service.setDocument("/ws/" + name, text);
  const failed = [...service.allDiagnostics().values()].flat().filter((f) => f.message.startsWith("Internal error"));
  assert.deepEqual(failed.map((f) => `${f.code}: ${f.message.slice(0, 120)}`), []);
  const sip = files["sip.conf"];
  assert.match(service.hover("/ws/sip.conf", sip.indexOf("[p]") + 1)?.markdown ?? "", /t14999/);
  for (let offset = 0; offset < files["extensions.conf"].length; offset += 1000) service.hover("/ws/extensions.conf", offset);
});

test("3,000 PJSIP endpoints that each name the next one's aor, auth and identify are analysed, every reference resolved", { timeout: 120_000 }, () => {
  const count = 3000;
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const next = (i + 1) % count;
    const ip = `192.0.2.${(i % 250) + 1}`;
    lines.push(`[e${i}]`, "type=endpoint", `aors=e${next}`, `outbound_auth=a${next}`, `context=from-e${next}`);
    lines.push(`[e${i}]`, "type=aor", `contact=sip:e${i}@${ip}`);
    lines.push(`[a${i}]`, "type=auth", "auth_type=userpass", `username=u${i}`, `password=Pw${i}x`);
    lines.push(`[i${i}]`, "type=identify", `endpoint=e${next}`, `match=${ip}`);
  }
  const service = new LanguageService();
  service.setDocument("/ws/pjsip.conf", lines.join("\n") + "\n");
  const findings = [...service.allDiagnostics().values()].flat();
  assert.deepEqual(findings.map((f) => `${f.code}: ${f.message.slice(0, 100)}`), []);
  service.setDocument("/ws/pjsip.conf", lines.join("\n").replace("outbound_auth=a7\n", "outbound_auth=a7x\n") + "\n");
  const broken = [...service.allDiagnostics().values()].flat();
  assert.deepEqual(broken.map((f) => f.code), ["peer/unresolved-reference"], "the one name that resolves to nothing is found");
});
