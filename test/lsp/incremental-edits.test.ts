// The bundled server after random incremental edits sent the way an editor sends them (a range and its new text):
// characters typed and deleted, line breaks added, whole lines added and removed. Once the edits settle, the last
// diagnostics it published for each document are what a fresh analysis of the final texts gives, at the same
// positions, with messages that quote lines by their numbers now.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { LspClient, SERVER, scratchFolder, type Position, type Range } from "./lsp-client";
import { LanguageService } from "../../server/src/service/language-service";
import { LineIndex } from "../../server/src/service/text/span";

const { uriOf } = scratchFolder("lsp-edits");

interface Diagnostic {
  range: Range;
  code?: string | number;
  message: string;
}
interface PublishDiagnostics {
  uri: string;
  diagnostics: Diagnostic[];
}

const clients: LspClient[] = [];
after(() => clients.forEach((c) => c.kill()));

const DIALPLAN = [
  "[globals]",
  "TRUNK=SIP/carrier1",
  "TRUNK=SIP/carrier2",
  "[from-internal]",
  "exten => 100,1,Answer()",
  "same => n,Goto(sub,s,1)",
  "exten => 100,1,NoOp(again)",
  "exten => _9X.,1,Dial(${TRUNK}/${EXTEN:1},,T)",
  "exten => _9X.,2,Hangup()",
  "exten => _9X.,2,NoOp(dup)",
  "[sub]",
  "exten => s,1,NoOp(a)",
  "same => n(x),NoOp(b)",
  "same => n(x),NoOp(c)",
  "exten => _X.,1,NoOp(all)",
  "exten => 5,1,NoOp(shadowed)",
  "",
].join("\n");

const PEERS = ["[general]", "context=default", "[carrier1]", "type=peer", "host=192.0.2.1", "host=192.0.2.2", "register => user:pass@192.0.2.1", "register => user:pass@192.0.2.1", ""].join("\n");

/** One random edit of `text`: its range in the old text and the new text for it. */
function randomEdit(text: string, next: (n: number) => number): { start: number; end: number; newText: string } {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  const line = next(starts.length);
  const lineStart = starts[line];
  const lineEnd = line + 1 < starts.length ? starts[line + 1] : text.length;
  const at = lineStart + next(lineEnd - lineStart + 1);
  switch (next(6)) {
    case 0:
      return { start: at, end: at, newText: "x" };
    case 1:
      return { start: at, end: Math.min(at + 1, text.length), newText: "" };
    case 2:
      return { start: at, end: at, newText: "\n" };
    case 3:
      return { start: lineStart, end: lineStart, newText: ["exten => 100,1,NoOp(n)\n", "same => n(x),NoOp()\n", "host=192.0.2.9\n", "\n"][next(4)] };
    case 4:
      return { start: lineStart, end: lineEnd, newText: "" };
    default:
      return { start: lineStart, end: lineStart, newText: text.slice(lineStart, lineEnd) };
  }
}

/** The diagnostics a fresh analysis gives for each document, as the server would publish them (code, range, message). */
function expected(texts: Map<string, string>): Map<string, string[]> {
  const service = new LanguageService();
  for (const [uri, text] of texts) service.setDocument(uri, text, "asterisk");
  const found = new Map<string, string[]>();
  for (const [uri, text] of texts) {
    const index = new LineIndex(text);
    found.set(uri, service.diagnostics(uri).map((f) => shown(String(f.code), { start: index.positionAt(f.span.start), end: index.positionAt(f.span.end) }, f.message)));
  }
  return found;
}

const at = (p: Position) => `${p.line}:${p.character}`;
const shown = (code: string, range: Range, message: string) => `${at(range.start)}-${at(range.end)} ${code} ${message}`;

test("random incremental edits, lines added and removed among them, end with what a fresh analysis publishes", async () => {
  const client = new LspClient(process.execPath, [SERVER, "--stdio"]);
  clients.push(client);
  client.onRequest("workspace/configuration", (params) => (params as { items: unknown[] }).items.map(() => ({})));
  await client.request("initialize", { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: { workspace: { configuration: true } } });
  client.notify("initialized", {});
  const texts = new Map([
    [uriOf("extensions.conf"), DIALPLAN],
    [uriOf("sip.conf"), PEERS],
  ]);
  const versions = new Map<string, number>();
  for (const [uri, text] of texts) {
    versions.set(uri, 1);
    client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "asterisk", version: 1, text } });
  }
  let seed = 17;
  const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  const uris = [...texts.keys()];
  let quoting = 0;
  for (let round = 0; round < 4; round++) {
    for (let i = 0; i < 25; i++) {
      const uri = uris[next(uris.length)];
      const text = texts.get(uri)!;
      const edit = randomEdit(text, next);
      const index = new LineIndex(text);
      const version = versions.get(uri)! + 1;
      versions.set(uri, version);
      client.notify("textDocument/didChange", {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: index.positionAt(edit.start), end: index.positionAt(edit.end) }, text: edit.newText }],
      });
      texts.set(uri, text.slice(0, edit.start) + edit.newText + text.slice(edit.end));
    }
    const want = expected(texts);
    quoting += [...want.values()].flat().filter((d) => / line \d+/.test(d)).length;
    for (const uri of uris) {
      // The server publishes as it goes: the last list it sends for the document must be the fresh analysis's.
      const last = () => [...client.notifications].reverse().find((n) => n.method === "textDocument/publishDiagnostics" && (n.params as PublishDiagnostics).uri === uri)?.params as PublishDiagnostics | undefined;
      const asShown = (p: PublishDiagnostics | undefined) => (p?.diagnostics ?? []).map((d) => shown(String(d.code), d.range, d.message));
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline && JSON.stringify(asShown(last())) !== JSON.stringify(want.get(uri))) await new Promise((resolve) => setTimeout(resolve, 20));
      assert.deepEqual(asShown(last()), want.get(uri), `round ${round}: ${uri}\n${texts.get(uri)}`);
    }
  }
  assert.ok(quoting > 0, "some message quotes a line by number");
  assert.equal(await client.request("shutdown", null), null);
  client.notify("exit");
  assert.equal(await client.exited, 0, client.stderr);
});
