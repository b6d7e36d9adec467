// The layers of server/src hold: the language service is pure (no LSP, no fs, no adapters), knowledge is data,
// each layer imports only the layers below it, and no module imports itself back through a cycle.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "../../..");
const SRC = path.join(ROOT, "server/src");

/** Service layers from the bottom up: a module may import its own layer or a lower one. */
const SERVICE_LAYERS: readonly string[][] = [
  ["text", "util", "settings.ts", "kinds.ts"],
  ["parse"],
  ["knowledge"],
  ["model", "secrets.ts", "document-secrets.ts", "workspace-masker.ts"],
  ["rules", "suppression.ts"],
  ["features", "output-masking.ts", "shown-findings.ts"],
  ["language-service.ts"],
];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith(".ts") ? [full] : [];
  });
}

/** Every `import ... from "x"` / `export ... from "x"` / `require("x")` of a file. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const found: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s+"([^"]+)"/g)) found.push(m[1]);
  for (const m of text.matchAll(/\brequire\("([^"]+)"\)/g)) found.push(m[1]);
  return found;
}

function resolveLocal(from: string, spec: string): string | undefined {
  if (!spec.startsWith(".")) return undefined;
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base + ".ts", path.join(base, "index.ts")]) if (fs.existsSync(candidate)) return candidate;
  return undefined;
}

function serviceLayer(file: string): number {
  const rel = path.relative(path.join(SRC, "service"), file).split(path.sep);
  const head = rel[0];
  const index = SERVICE_LAYERS.findIndex((names) => names.includes(head));
  assert.ok(index >= 0, `service file in no layer: ${path.relative(ROOT, file)}`);
  return index;
}

const FILES = sourceFiles(SRC);
assert.ok(FILES.length > 100, `no sources under ${SRC}`);
const GRAPH = new Map(FILES.map((f) => [f, importsOf(f)]));
const rel = (f: string) => path.relative(ROOT, f);

test("the language service imports no adapter, no LSP library and no file system", () => {
  const bad: string[] = [];
  for (const [file, specs] of GRAPH) {
    if (!file.startsWith(path.join(SRC, "service") + path.sep)) continue;
    for (const spec of specs) {
      const local = resolveLocal(file, spec);
      const outside = local && !local.startsWith(path.join(SRC, "service") + path.sep);
      if (outside || /^(vscode|node:fs|fs$|node:child_process|node:net|node:timers)/.test(spec)) bad.push(`${rel(file)} -> ${spec}`);
    }
  }
  assert.deepEqual(bad, []);
});

test("only the LSP adapter imports vscode-languageserver; only the client imports vscode", () => {
  const bad: string[] = [];
  for (const [file, specs] of GRAPH) {
    for (const spec of specs) {
      if (spec.startsWith("vscode-languageserver") && !file.startsWith(path.join(SRC, "lsp") + path.sep)) bad.push(`${rel(file)} -> ${spec}`);
      if (spec === "vscode") bad.push(`${rel(file)} -> ${spec}`);
    }
  }
  assert.deepEqual(bad, []);
});

test("service layers import only themselves and the layers below (text, parse, knowledge, model, rules, features)", () => {
  const bad: string[] = [];
  for (const [file, specs] of GRAPH) {
    if (!file.startsWith(path.join(SRC, "service") + path.sep)) continue;
    const own = serviceLayer(file);
    for (const spec of specs) {
      const target = resolveLocal(file, spec);
      if (!target || !target.startsWith(path.join(SRC, "service") + path.sep)) continue;
      if (serviceLayer(target) > own) bad.push(`${rel(file)} -> ${rel(target)}`);
    }
  }
  assert.deepEqual(bad, []);
});

/** The service folder a file sits in (`features`, `rules` ...) and its path below that folder. */
function serviceFolder(file: string): { head: string; rest: string } {
  const parts = path.relative(path.join(SRC, "service"), file).split(path.sep);
  return { head: parts[0], rest: parts.slice(1).join("/") };
}

/** Every import of a service file that resolves to another service file, as [from, to] folders and paths. */
function serviceEdges(): { file: string; target: string }[] {
  const edges: { file: string; target: string }[] = [];
  for (const [file, specs] of GRAPH) {
    if (!file.startsWith(path.join(SRC, "service") + path.sep)) continue;
    for (const spec of specs) {
      const target = resolveLocal(file, spec);
      if (target && target.startsWith(path.join(SRC, "service") + path.sep)) edges.push({ file, target });
    }
  }
  return edges;
}

test("features take model logic from model/, never from rules/ (only the type-only rules/types)", () => {
  const bad = serviceEdges()
    .filter(({ file, target }) => serviceFolder(file).head === "features" && serviceFolder(target).head === "rules" && serviceFolder(target).rest !== "types.ts")
    .map(({ file, target }) => `${rel(file)} -> ${rel(target)}`);
  assert.deepEqual(bad, []);
});

test("knowledge/ is data: it imports no model, rules or features module", () => {
  const bad = serviceEdges()
    .filter(({ file, target }) => serviceFolder(file).head === "knowledge" && ["model", "rules", "features"].includes(serviceFolder(target).head))
    .map(({ file, target }) => `${rel(file)} -> ${rel(target)}`);
  assert.deepEqual(bad, []);
});

test("no import cycle between modules", () => {
  const edges = new Map(FILES.map((f) => [f, GRAPH.get(f)!.map((s) => resolveLocal(f, s)).filter((t): t is string => !!t)]));
  const state = new Map<string, "open" | "done">();
  const cycles: string[] = [];
  for (const start of FILES) {
    if (state.has(start)) continue;
    // Iterative depth-first search; the stack holds [file, index of the next edge].
    const stack: [string, number][] = [[start, 0]];
    state.set(start, "open");
    while (stack.length) {
      const top = stack[stack.length - 1];
      const next = edges.get(top[0])![top[1]++];
      if (next === undefined) {
        state.set(top[0], "done");
        stack.pop();
      } else if (state.get(next) === "open") {
        const from = stack.findIndex(([f]) => f === next);
        cycles.push(stack.slice(from).map(([f]) => rel(f)).concat(rel(next)).join(" -> "));
      } else if (!state.has(next)) {
        state.set(next, "open");
        stack.push([next, 0]);
      }
    }
  }
  assert.deepEqual(cycles, []);
});
