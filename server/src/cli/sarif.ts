// `--format sarif`: SARIF 2.1.0 (what GitHub code scanning reads). One run; the driver lists every rule of the rule
// table with its summary and a help link into docs/rules.md; each result has its location and, where the rule offers
// one, the quick fixes as replacements (those whose new text holds no secret: lint-command leaves the others out).
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { ALL_RULES } from "../service/rules/registry";
import type { QuickFix, Severity } from "../service/rules/types";
import { LineIndex } from "../service/text/span";

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

export interface SarifFinding {
  /** Absolute path of the file. */
  uri: string;
  code: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fixes: QuickFix[];
}

export interface SarifTool {
  version: string;
  /** The docs/rules.md the help links point into (a URL, or the shipped file). */
  rulesDocUri: string;
  informationUri?: string;
}

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", information: "note", hint: "note" };

/** Anchor of an area's table in docs/rules.md (`## syntax` → `#syntax`). */
export function helpUri(rulesDocUri: string, code: string): string {
  return `${rulesDocUri}#${code.split("/")[0]}`;
}

/** The rules doc shipped with the package, as a file URL (used when package.json names no homepage). */
export function shippedRulesDoc(packageRoot: string): string {
  return pathToFileURL(path.join(packageRoot, "docs", "rules.md")).href;
}

export function toSarif(findings: SarifFinding[], tool: SarifTool, cwd: string, textOf: (uri: string) => string | undefined): object {
  const ruleIndex = new Map(ALL_RULES.map((rule, i) => [rule.code, i]));
  const indexes = new Map<string, LineIndex>();
  const indexOf = (uri: string) => {
    let index = indexes.get(uri);
    if (!index) indexes.set(uri, (index = new LineIndex(textOf(uri) ?? "")));
    return index;
  };
  const root = pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep).href;
  const artifact = (uri: string) => {
    const relative = path.relative(cwd, uri);
    if (relative && !relative.startsWith("..") && !path.isAbsolute(relative)) {
      return { uri: relative.split(path.sep).map(encodeURIComponent).join("/"), uriBaseId: "SRCROOT" };
    }
    return { uri: pathToFileURL(uri).href };
  };
  const region = (uri: string, span: { start: number; end: number }) => {
    const index = indexOf(uri);
    const start = index.positionAt(span.start);
    const end = index.positionAt(span.end);
    return { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
  };
  const results = findings.map((f) => {
    const result: Record<string, unknown> = {
      ruleId: f.code,
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifact(f.uri),
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
          },
        },
      ],
    };
    const index = ruleIndex.get(f.code);
    if (index !== undefined) result.ruleIndex = index;
    if (f.fixes.length > 0) {
      result.fixes = f.fixes.map((fix) => ({
        description: { text: fix.title },
        artifactChanges: [...groupBy(fix.edits, (e) => e.uri)].map(([uri, edits]) => ({
          artifactLocation: artifact(uri),
          replacements: edits.map((e) => ({ deletedRegion: region(uri, e.span), insertedContent: { text: e.newText } })),
        })),
      }));
    }
    return result;
  });
  const driver: Record<string, unknown> = {
    name: "vicidial-lint",
    version: tool.version,
    semanticVersion: tool.version,
    rules: ALL_RULES.map((rule) => ({
      id: rule.code,
      name: rule.code.replace(/[/-](.)/g, (_m, c: string) => c.toUpperCase()).replace(/^./, (c) => c.toUpperCase()),
      shortDescription: { text: plain(rule.summary) },
      fullDescription: { text: plain(rule.summary) },
      helpUri: helpUri(tool.rulesDocUri, rule.code),
      help: { text: `${plain(rule.summary)} See ${helpUri(tool.rulesDocUri, rule.code)}`, markdown: `${rule.summary} See [docs/rules.md](${helpUri(tool.rulesDocUri, rule.code)}).` },
      defaultConfiguration: { level: LEVEL[rule.severity] },
      properties: { tags: [rule.area], quickFix: rule.fix !== undefined },
    })),
  };
  if (tool.informationUri) driver.informationUri = tool.informationUri;
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: { driver },
        originalUriBaseIds: { SRCROOT: { uri: root } },
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
}

/** A summary without Markdown backticks, for plain-text fields. */
function plain(text: string): string {
  return text.replace(/`/g, "'").replace(/\s*\r?\n\s*/g, " ");
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
