// The LSP part of `npm run bench`: drives the bundled dist/server.js over stdio the way an editor does and times
// cold start -> first diagnostics, a one-line edit -> its diagnostics, and reads the server's resident memory.
import * as fs from "node:fs";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import * as path from "node:path";
import { LspClient, SERVER } from "../test/lsp/lsp-client";
import { median } from "./in-process";

interface PublishDiagnostics {
  uri: string;
  diagnostics: { code?: string | number }[];
}

const CAPABILITIES = { workspace: { configuration: true }, textDocument: { publishDiagnostics: { relatedInformation: true } } };

/** Starts the server on `folder` (or none) and answers its configuration requests with defaults. */
async function start(folder: string | undefined): Promise<LspClient> {
  const client = new LspClient(process.execPath, [SERVER, "--stdio"]);
  client.onRequest("workspace/configuration", (params) => (params as { items: unknown[] }).items.map(() => ({})));
  const workspaceFolders = folder ? [{ uri: pathToFileURL(folder).toString(), name: "bench" }] : null;
  await client.request("initialize", { processId: process.pid, rootUri: null, workspaceFolders, capabilities: CAPABILITIES }, 60_000);
  client.notify("initialized", {});
  return client;
}

/** Resident set size of a process in MB (Linux /proc; null elsewhere). */
function rssMB(pid: number | undefined): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmRSS:\s*(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 102.4) / 10 : null;
  } catch {
    return null;
  }
}

const isFor = (uri: string) => (p: PublishDiagnostics) => p.uri === uri;

/**
 * Opens `file` (after starting the server on `folder`) and times spawn -> its first diagnostics; then `edits` one-line
 * edits that switch `allow=ulaw` on one line to `allow=ulw` and back (each changes the diagnostics, so each is
 * published), timed from didChange to the diagnostics for that document.
 */
export async function measureLsp(
  folder: string | undefined,
  file: string,
  text: string,
  edits: number,
): Promise<{ firstDiagnosticsMs: number; editMs: number[]; rssMB: number | null }> {
  const started = performance.now();
  const client = await start(folder);
  try {
    const uri = pathToFileURL(file).toString();
    client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "asterisk", version: 1, text } });
    await client.waitForNotification<PublishDiagnostics>("textDocument/publishDiagnostics", isFor(uri), 0, 120_000);
    const firstDiagnosticsMs = performance.now() - started;
    const lines = text.split("\n");
    const target = lines.findIndex((line, i) => i > lines.length / 2 && line === "allow=ulaw");
    const editMs: number[] = [];
    for (let i = 0; i < edits && target >= 0; i++) {
      const [from, to] = i % 2 === 0 ? ["allow=ulaw", "allow=ulw"] : ["allow=ulw", "allow=ulaw"];
      const seen = client.notifications.length;
      const before = performance.now();
      client.notify("textDocument/didChange", {
        textDocument: { uri, version: i + 2 },
        contentChanges: [{ range: { start: { line: target, character: 0 }, end: { line: target, character: from.length } }, text: to }],
      });
      const unknown = to === "allow=ulw";
      await client.waitForNotification<PublishDiagnostics>(
        "textDocument/publishDiagnostics",
        (p) => p.uri === uri && p.diagnostics.some((d) => d.code === "codec/unknown-name") === unknown,
        seen,
        60_000,
      );
      editMs.push(performance.now() - before);
    }
    return { firstDiagnosticsMs, editMs, rssMB: rssMB(client.process.pid) };
  } finally {
    client.kill();
    await client.exited;
  }
}

/**
 * `measureLsp` with cold starts repeated: one run with `edits` edits, then `starts - 1` more starts that only wait for
 * the first diagnostics. A process start is the noisiest figure of the bench (one sample could be off by a third on
 * this machine): the first-diagnostics figure is the median of the starts, each sample listed.
 */
export async function measureLspStarts(
  folder: string | undefined,
  file: string,
  text: string,
  edits: number,
  starts: number,
): Promise<{ firstDiagnosticsMs: number; firstDiagnosticsSamples: number[]; editMs: number[]; rssMB: number | null }> {
  const first = await measureLsp(folder, file, text, edits);
  const samples = [first.firstDiagnosticsMs];
  for (let i = 1; i < starts; i++) samples.push((await measureLsp(folder, file, text, 0)).firstDiagnosticsMs);
  return { ...first, firstDiagnosticsMs: median(samples), firstDiagnosticsSamples: samples };
}

/** Writes `files` into a fresh folder under `dir`; returns the folder. */
export function writeFolder(dir: string, files: Map<string, string>): string {
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, text] of files) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}
