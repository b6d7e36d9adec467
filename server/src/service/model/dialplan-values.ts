// What dialplan text turns into at run time, as far as a static look can tell: `${VAR}` / `${VAR:offset:length}` /
// `${GLOBAL(VAR)}` substitution, Asterisk's substring rule, and the targets of Goto, Gosub and Macro. Channel strings are
// model/channel-strings.ts, the variables a step reads and sets model/dialplan-variables.ts.
import { splitArguments, type Token } from "../parse/dialplan-syntax";
import type { Span } from "../text/span";
import { findMatch, type Dialplan, type DialplanExtension, type DialplanIndex, type DialplanStep } from "./dialplan";

/** pbx_variables.c `substring`: negative offset counts from the end, negative length drops from the end. */
export function substring(value: string, offset: number, length: number = Number.MAX_SAFE_INTEGER): string {
  const lr = value.length;
  if (offset === 0 && length >= lr) return value;
  if (offset < 0) offset = Math.max(0, lr + offset);
  if (offset >= lr) return "";
  if (length >= 0) return value.slice(offset, offset + Math.min(length, lr - offset));
  return lr > offset - length ? value.slice(offset, lr + length) : "";
}

/** The index range [start, end) of a `total`-long string that `substring` keeps. */
export function substringRange(total: number, offset: number, length: number = Number.MAX_SAFE_INTEGER): [number, number] {
  if (offset === 0 && length >= total) return [0, total];
  if (offset < 0) offset = Math.max(0, total + offset);
  if (offset >= total) return [total, total];
  if (length >= 0) return [offset, offset + Math.min(length, total - offset)];
  return total > offset - length ? [offset, total + length] : [offset, offset];
}

export function parseIntStrict(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  return /^-?\d+$/.test(t) ? Number(t) : undefined;
}

export interface SubstitutionEnv {
  /** The dialed number, for EXTEN. */
  exten?: string;
  /** Value of a variable (globals, earlier Set()s), or undefined when unknown. */
  lookup(name: string): string | undefined;
}

export interface Substituted {
  value: string;
  /** Names that could not be resolved (their `${...}` text stays in `value`). */
  unresolved: string[];
}

/** Replaces what can be known of `${...}` in a text; the rest stays as written. */
export function substitute(text: string, env: SubstitutionEnv, depth = 0): Substituted {
  // Most values hold no variable at all: nothing to copy.
  if (!text.includes("${")) return { value: text, unresolved: [] };
  const unresolved: string[] = [];
  let out = "";
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== "$" || text[i + 1] !== "{") {
      out += text[i];
      continue;
    }
    let level = 0;
    let j = i + 1;
    for (; j < text.length; j++) {
      if (text[j] === "{") level++;
      else if (text[j] === "}" && --level === 0) break;
    }
    if (j >= text.length) {
      out += text.slice(i);
      unresolved.push(text.slice(i + 2));
      break;
    }
    const inner = depth < 8 ? substitute(text.slice(i + 2, j), env, depth + 1) : { value: text.slice(i + 2, j), unresolved: [] };
    unresolved.push(...inner.unresolved);
    const resolved = evaluateVariable(inner.value, env, depth);
    if (resolved === undefined) {
      out += "${" + inner.value + "}";
      // A name still holding an unresolved `${...}` is not a name yet: the inner reference was recorded already.
      if (!inner.value.includes("${")) unresolved.push(/^[\w.-]+/.exec(inner.value)?.[0] ?? inner.value);
    } else out += resolved;
    i = j;
  }
  return { value: out, unresolved };
}

function evaluateVariable(body: string, env: SubstitutionEnv, depth: number): string | undefined {
  const fn = /^GLOBAL\(([^)]*)\)$/i.exec(body);
  if (fn) {
    const value = env.lookup(fn[1].trim());
    return value === undefined ? undefined : depth < 8 ? substitute(value, env, depth + 1).value : value;
  }
  const match = /^([A-Za-z_][\w]*)(?::(-?\d+)(?::(-?\d+))?)?$/.exec(body);
  if (!match) return undefined;
  const name = match[1];
  let value: string | undefined;
  if (name === "EXTEN") value = env.exten;
  else {
    const raw = env.lookup(name);
    value = raw === undefined ? undefined : depth < 8 ? substitute(raw, env, depth + 1).value : raw;
  }
  if (value === undefined) return undefined;
  if (match[2] === undefined) return value;
  return substring(value, Number(match[2]), match[3] === undefined ? undefined : Number(match[3]));
}

// ---- Goto targets ----------------------------------------------------------------------------------------------

export interface GotoTarget {
  context?: Token;
  extension?: Token;
  priority: Token;
  /** For GotoIf: which side of the `?...:...` this target is. */
  branch?: "true" | "false";
}

export function tokenOf(text: string, start: number, end: number): Token {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { text: text.slice(s, e), span: { start: s, end: e } };
}

/** `[[context,]extension,]priority` from comma-separated parts. */
export function gotoTarget(parts: Token[]): GotoTarget | undefined {
  if (parts.length === 0 || parts.length > 3) return undefined;
  if (parts.length === 1) return { priority: parts[0] };
  if (parts.length === 2) return { extension: parts[0], priority: parts[1] };
  return { context: parts[0], extension: parts[1], priority: parts[2] };
}

function splitTop(text: string, range: Span, separator: string): Token[] {
  const result: Token[] = [];
  let depth = 0;
  let start = range.start;
  for (let i = range.start; i <= range.end; i++) {
    if (i === range.end || (text[i] === separator && depth === 0)) {
      result.push(tokenOf(text, start, i));
      start = i + 1;
      continue;
    }
    const c = text[i];
    if (c === "(" || c === "{" || c === "[") depth++;
    else if (c === ")" || c === "}" || c === "]") depth = Math.max(0, depth - 1);
  }
  return result;
}

/** Index of the first top-level `ch` in a range (outside `${}`, `$[]`, `()`), or -1. */
export function topLevelIndex(text: string, range: Span, ch: string): number {
  let depth = 0;
  for (let i = range.start; i < range.end; i++) {
    const c = text[i];
    if (c === "(" || c === "{" || c === "[") depth++;
    else if (c === ")" || c === "}" || c === "]") depth = Math.max(0, depth - 1);
    else if (c === ch && depth === 0) return i;
  }
  return -1;
}

/** The jump targets of a Goto or GotoIf step (GotoIf: both branches, empty ones left out). */
export function gotoTargets(step: DialplanStep, text: string): GotoTarget[] {
  const app = step.application.trim().toLowerCase();
  const range = step.line.argumentsSpan;
  if (!range) return [];
  if (app === "goto") {
    const target = gotoTarget(splitTop(text, range, ","));
    return target ? [target] : [];
  }
  if (app !== "gotoif") return [];
  const question = topLevelIndex(text, range, "?");
  if (question < 0) return [];
  const colon = topLevelIndex(text, { start: question + 1, end: range.end }, ":");
  const branches: Span[] = colon < 0 ? [{ start: question + 1, end: range.end }] : [{ start: question + 1, end: colon }, { start: colon + 1, end: range.end }];
  const result: GotoTarget[] = [];
  branches.forEach((branch, i) => {
    const parts = splitTop(text, branch, ",");
    if (parts.length === 1 && parts[0].text.length === 0) return;
    const target = gotoTarget(parts);
    if (target) result.push({ ...target, branch: i === 0 ? "true" : "false" });
  });
  return result;
}

export function isDynamic(text: string): boolean {
  return text.includes("${") || text.includes("$[");
}

export interface Jump {
  context?: Token;
  extension?: Token;
}

/** Where a step can jump to: Goto/GotoIf, Gosub/GosubIf (`[[context,]exten,]priority(args)`), Macro/MacroIf. */
export function jumpTargets(step: DialplanStep, text: string, app = step.application.trim().toLowerCase()): Jump[] {
  if (app === "goto" || app === "gotoif") return gotoTargets(step, text).map((t) => ({ context: t.context, extension: t.extension }));
  const range = step.line.argumentsSpan;
  if (!range) return [];
  if (app === "gosub") {
    const target = gosubTarget(text, range);
    return target ? [target] : [];
  }
  if (app === "macro") {
    const name = step.args[0];
    return name && name.text.trim().length > 0 ? [{ context: macroContext(name), extension: { text: "s", span: name.span } }] : [];
  }
  if (app !== "gosubif" && app !== "macroif") return [];
  const question = topLevelIndex(text, range, "?");
  if (question < 0) return [];
  const colon = topLevelIndex(text, { start: question + 1, end: range.end }, ":");
  const branches: Span[] = colon < 0 ? [{ start: question + 1, end: range.end }] : [{ start: question + 1, end: colon }, { start: colon + 1, end: range.end }];
  const result: Jump[] = [];
  for (const branch of branches) {
    if (text.slice(branch.start, branch.end).trim().length === 0) continue;
    if (app === "gosubif") {
      const target = gosubTarget(text, branch);
      if (target) result.push(target);
    } else {
      const name = splitArguments(text, branch)[0];
      if (name && name.text.trim().length > 0) result.push({ context: macroContext(name), extension: { text: "s", span: name.span } });
    }
  }
  return result;
}

function macroContext(name: Token): Token {
  return { text: "macro-" + name.text.trim(), span: name.span };
}

function gosubTarget(text: string, range: Span): Jump | undefined {
  const parts = splitArguments(text, range).map((t) => ({ text: t.text.trim(), span: t.span }));
  if (parts.length === 3) return { context: parts[0], extension: parts[1] };
  if (parts.length === 2) return { extension: parts[0] };
  return parts.length === 1 ? {} : undefined;
}

/** The extension and priority a Goto target names, when they are known without running the call. */
export function resolveTarget(
  index: DialplanIndex,
  home: Dialplan,
  ext: DialplanExtension,
  target: GotoTarget,
  dialed: string,
): { ext: DialplanExtension; priority: number } | undefined {
  const contextName = target.context?.text ?? ext.context.name;
  if (isDynamic(contextName)) return undefined;
  let targetExt: DialplanExtension | undefined = ext;
  if (target.extension) {
    const name = target.extension.text.replace(/\$\{EXTEN\}/g, dialed);
    if (isDynamic(name)) return undefined;
    targetExt = findMatch(index, home, contextName, name)?.extension;
  } else if (target.context) targetExt = undefined;
  if (!targetExt) return undefined;
  const priority = target.priority.text.trim();
  if (/^\d+$/.test(priority)) return { ext: targetExt, priority: Number(priority) };
  const labelled = targetExt.labels.get(priority);
  return labelled?.priority !== undefined ? { ext: targetExt, priority: labelled.priority } : undefined;
}
