// The project's lint settings on disk: `.vicidial-lint.json`, or a `vicidialLint` key in package.json, in the folder
// the check starts from or the nearest folder above it. The CLI uses them as they are; the LSP server lays the editor
// settings over them (the editor wins per rule code and per file glob; its Asterisk version wins when it sets one).
import * as fs from "node:fs";
import * as path from "node:path";
import type { ServiceSettings } from "../service/settings";

export const CONFIG_FILE = ".vicidial-lint.json";
export const PACKAGE_KEY = "vicidialLint";

const SEVERITIES = new Set(["error", "warning", "information", "hint", "off"]);
const KINDS = new Set(["sip", "iax", "pjsip", "pjsip_wizard", "extensions", "generic", "carrier", "template"]);
const VERSIONS = new Set([16, 18, 20, 22]);
const KEYS = new Set(["severity", "fileAssociations", "asteriskVersion"]);

export class ConfigError extends Error {}

export interface ProjectConfig {
  /** Where the settings came from (`.vicidial-lint.json` or package.json). */
  file: string;
  settings: Partial<ServiceSettings>;
}

/** The nearest project settings at or above `startDir`; undefined when there are none. Throws ConfigError when malformed. */
export function findProjectConfig(startDir: string): ProjectConfig | undefined {
  let dir = path.resolve(startDir);
  for (;;) {
    const own = path.join(dir, CONFIG_FILE);
    if (fs.existsSync(own)) return readProjectConfig(own);
    const pkg = path.join(dir, "package.json");
    if (fs.existsSync(pkg)) {
      const json = parseJson(pkg);
      if (json && typeof json === "object" && PACKAGE_KEY in json) {
        return { file: pkg, settings: validate((json as Record<string, unknown>)[PACKAGE_KEY], `${pkg} (${PACKAGE_KEY})`) };
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Reads one settings file (`.vicidial-lint.json` form). Throws ConfigError when it is missing or malformed. */
export function readProjectConfig(file: string): ProjectConfig {
  return { file, settings: validate(parseJson(file), file) };
}

function parseJson(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(`${file}: ${code === "ENOENT" ? "no such file" : "cannot be read"}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new ConfigError(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

function validate(value: unknown, where: string): Partial<ServiceSettings> {
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new ConfigError(`${where}: expected an object`);
  const input = value as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!KEYS.has(key)) throw new ConfigError(`${where}: unknown key '${key}' (expected severity, fileAssociations, asteriskVersion)`);
  }
  const settings: Partial<ServiceSettings> = {};
  if (input.severity !== undefined) settings.severities = stringMap(input.severity, SEVERITIES, `${where}: severity`) as ServiceSettings["severities"];
  if (input.fileAssociations !== undefined) {
    settings.fileAssociations = stringMap(input.fileAssociations, KINDS, `${where}: fileAssociations`) as ServiceSettings["fileAssociations"];
  }
  if (input.asteriskVersion !== undefined) {
    const version = input.asteriskVersion;
    if (typeof version !== "number" || !VERSIONS.has(version)) throw new ConfigError(`${where}: asteriskVersion must be 16, 18, 20 or 22`);
    settings.asteriskVersion = version as ServiceSettings["asteriskVersion"];
  }
  return settings;
}

function stringMap(value: unknown, allowed: Set<string>, where: string): Record<string, string> {
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new ConfigError(`${where}: expected an object`);
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v !== "string" || !allowed.has(v)) throw new ConfigError(`${where}: '${key}' must be one of ${[...allowed].join(", ")}`);
    out[key] = v;
  }
  return out;
}

/** Editor settings laid over the project's: per-key merge for severities and associations; the editor's version wins when set. */
export function mergeSettings(project: Partial<ServiceSettings>, editor: Partial<ServiceSettings>): Partial<ServiceSettings> {
  return {
    severities: { ...project.severities, ...editor.severities },
    // The editor's globs are tried first (the first glob that matches a name decides).
    fileAssociations: {
      ...editor.fileAssociations,
      ...Object.fromEntries(Object.entries(project.fileAssociations ?? {}).filter(([glob]) => !(glob in (editor.fileAssociations ?? {})))),
    },
    asteriskVersion: editor.asteriskVersion ?? project.asteriskVersion ?? 18,
  };
}
