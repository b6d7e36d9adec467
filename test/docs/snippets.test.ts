// Every snippet, inserted with its default placeholder values, must analyse without an error-level finding.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { lint } from "../helpers";
import { expandSnippet } from "./snippet-body";

const ROOT = path.resolve(__dirname, "../../..");

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

function snippetsOf(file: string): [string, Snippet][] {
  return Object.entries(JSON.parse(fs.readFileSync(path.join(ROOT, "snippets", file), "utf8")) as Record<string, Snippet>);
}

/** Peers and globals the conf snippets refer to, so that they are checked in a realistic workspace. */
const SCAFFOLD_SIP = [
  "[general]",
  "context=default",
  // Guests refused, as in VICIdial's stock sip.conf: otherwise they would reach the carrier Dial in [default].
  "allowguest=no",
  "",
  "[carrier_peer]",
  "type=peer",
  "host=192.0.2.10",
  "context=trunkinbound",
  "disallow=all",
  "allow=ulaw",
  "",
].join("\n");
const GLOBALS = "[globals]\nSIPTRUNK=SIP/carrier_peer\nPRIMARYTRUNK=SIP/carrier_peer\nBACKUPTRUNK=SIP/carrier_peer\n\n";

/** Where each conf snippet is typed: the file and the text around it. A new conf snippet needs an entry here. */
const PLACES: Record<string, { file: string; before: string; after?: string }> = {
  "VICIdial carrier dialplan entry": { file: "extensions.conf", before: GLOBALS + "[vicidial-auto-external]\n" },
  "VICIdial carrier route with failover": { file: "extensions.conf", before: GLOBALS + "[vicidial-auto-external]\n" },
  "Carrier global string": {
    file: "extensions.conf",
    before: "[globals]\n",
    after: "\n\n[default]\nexten => _91NXXNXXXXXX,1,Dial(${SIPTRUNK}/${EXTEN:1},,To)\n",
  },
  "chan_sip carrier peer": { file: "sip.conf", before: "[general]\ncontext=default\n\n" },
  "chan_sip register line": { file: "sip.conf", before: "[general]\ncontext=default\n" },
  "PJSIP carrier (aor, identify, endpoint)": { file: "pjsip.conf", before: "" },
};

function assertNoErrors(name: string, files: Record<string, string>): void {
  const errors = lint(files).filter((f) => f.severity === "error");
  assert.deepEqual(
    errors.map((f) => `${f.file}:${f.line} ${f.code} ${f.message}`),
    [],
    `snippet '${name}' expands to:\n${Object.values(files).join("\n----\n")}`,
  );
}

test("every snippet file has prefix, body and description for each snippet", () => {
  for (const file of ["asterisk.json", "vicidial-carrier.json", "vicidial-template.json"]) {
    const entries = snippetsOf(file);
    assert.ok(entries.length > 0, `${file} is empty`);
    for (const [name, snippet] of entries) {
      assert.ok(snippet.prefix.length > 0, `${file}: '${name}' has no prefix`);
      assert.ok(snippet.description.length > 20, `${file}: '${name}' needs a description`);
      assert.ok(snippet.body.length > 0, `${file}: '${name}' has no body`);
    }
  }
});

test("asterisk conf snippets analyse without errors where they are meant to be typed", () => {
  for (const [name, snippet] of snippetsOf("asterisk.json")) {
    const place = PLACES[name];
    assert.ok(place, `conf snippet '${name}' has no entry in PLACES: say which file and context it belongs to`);
    const text = place.before + expandSnippet(snippet.body) + (place.after ?? "\n");
    const files: Record<string, string> = { [place.file]: text };
    if (place.file !== "sip.conf") files["sip.conf"] = SCAFFOLD_SIP;
    assertNoErrors(name, files);
  }
});

test("carrier snippets are whole carriers that analyse without errors", () => {
  for (const [name, snippet] of snippetsOf("vicidial-carrier.json")) {
    const text = expandSnippet(snippet.body);
    assert.match(text, /^carrier_id: \S+/m, `'${name}' has no carrier_id`);
    assert.match(text, /^\[\[account_entry\]\]$/m, `'${name}' has no account entry`);
    assert.match(text, /^\[\[dialplan_entry\]\]$/m, `'${name}' has no dialplan entry`);
    assertNoErrors(name, { "snippet.carrier": text });
  }
});

test("template snippets analyse without errors, alone and used by a carrier", () => {
  for (const [name, snippet] of snippetsOf("vicidial-template.json")) {
    const text = expandSnippet(snippet.body);
    const id = /^template_id: (\S+)/m.exec(text)?.[1];
    assert.ok(id, `'${name}' has no template_id`);
    assertNoErrors(name, { "snippet.conftemplate": text });
    const carrier = [
      "carrier_id: USESTEMPLATE",
      "protocol: SIP",
      "server_ip: 0.0.0.0",
      "active: Y",
      `template_id: ${id}`,
      "globals_string: TEMPLATED = SIP/templated_peer",
      "[[account_entry]]",
      "[templated_peer]",
      "type=peer",
      "host=192.0.2.10",
      "",
    ].join("\n");
    assertNoErrors(name, { "snippet.conftemplate": text, "uses.carrier": carrier });
  }
});

test("snippet secrets are placeholders, never real-looking passwords", () => {
  for (const file of ["asterisk.json", "vicidial-carrier.json", "vicidial-template.json"]) {
    for (const [name, snippet] of snippetsOf(file)) {
      const text = expandSnippet(snippet.body);
      for (const match of text.matchAll(/^(?:secret|password|md5secret|remotesecret|[a-z_]+\/password)\s*=\s*(.*)$/gim)) {
        assert.match(match[1], /^CHANGE_ME/, `${file}: '${name}' has a secret that is not a CHANGE_ME placeholder`);
      }
      for (const match of text.matchAll(/register\s*=>\s*[^:@\s]+:([^@\s]*)@/g)) {
        assert.match(match[1], /^CHANGE_ME/, `${file}: '${name}' has a register password that is not a placeholder`);
      }
    }
  }
});

test("the snippet expander follows VS Code's placeholder rules", () => {
  assert.equal(expandSnippet(["[${1:peer}]", "aors=${1}", "allow=${2|ulaw,alaw|}$0"]), "[peer]\naors=peer\nallow=ulaw");
  assert.equal(expandSnippet("Dial(\\${${2:TRUNK}}/\\${EXTEN:${3:1}})"), "Dial(${TRUNK}/${EXTEN:1})");
  assert.equal(expandSnippet("${1}-${1:late}"), "late-late");
});
