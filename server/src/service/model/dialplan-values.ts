// What dialplan text turns into at run time, as far as a static look can tell: `${VAR}` / `${VAR:offset:length}` /
// `${GLOBAL(VAR)}` substitution, Asterisk's substring rule, channel strings per technology, Goto targets, and which
// variables a step reads and sets.
import { variableReferences, type Token } from "../parse/dialplan-syntax";
import type { Span } from "../text/span";
import type { DialplanStep } from "./dialplan";

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

// ---- Channel strings -------------------------------------------------------------------------------------------

export interface ChannelString {
  text: string;
  tech: string;
  resource: string;
  /** The peer/endpoint the channel goes through, when it names one (not a host or IP). */
  peer?: string;
  /** The number handed to the far end, when it can be told apart. */
  number?: string;
  /** Something wrong with the shape for this technology. */
  problem?: string;
}

function looksLikeHost(name: string): boolean {
  return /[.:]/.test(name) || /^\[/.test(name);
}

/** Splits one `Tech/resource` (no `&`) and checks its shape for SIP, IAX2 and PJSIP. */
export function parseChannel(text: string): ChannelString {
  const slash = text.indexOf("/");
  if (slash < 0) return { text, tech: "", resource: text, problem: "has no 'Tech/' part (expected e.g. SIP/peer/number)" };
  const tech = text.slice(0, slash);
  const resource = text.slice(slash + 1);
  const result: ChannelString = { text, tech, resource };
  const upper = tech.toUpperCase();
  if (resource.trim().length === 0) {
    result.problem = `names no resource after '${tech}/'`;
    return result;
  }
  if (upper === "SIP") {
    const inner = resource.indexOf("/");
    if (inner >= 0) {
      result.peer = resource.slice(0, inner);
      result.number = resource.slice(inner + 1);
      if (result.peer.includes("@")) result.peer = result.peer.slice(result.peer.lastIndexOf("@") + 1);
      if (result.peer.length === 0) result.problem = "has an empty peer name ('SIP//...')";
      else if (result.number.length === 0) result.problem = "ends with '/' but no number after it";
    } else if (resource.includes("@")) {
      const at = resource.lastIndexOf("@");
      result.number = resource.slice(0, at);
      result.peer = resource.slice(at + 1);
      if (result.peer.length === 0) result.problem = "has nothing after '@' (expected SIP/number@peer)";
    } else result.peer = resource;
    if (result.peer) result.peer = result.peer.replace(/:\d+$/, "");
  } else if (upper === "IAX2") {
    const parts = resource.split("/");
    let peer = parts[0];
    if (peer.includes("@")) peer = peer.slice(peer.lastIndexOf("@") + 1);
    result.peer = peer.replace(/:\d+$/, "");
    if (parts.length > 1) result.number = parts[1].split("@")[0];
    if (result.peer.length === 0) result.problem = "has an empty peer name (expected IAX2/peer/number)";
    else if (parts.length > 1 && parts[1].length === 0) result.problem = "ends with '/' but no number after it";
  } else if (upper === "PJSIP") {
    const inner = resource.indexOf("/");
    if (inner >= 0) {
      result.peer = resource.slice(0, inner);
      const rest = resource.slice(inner + 1);
      if (!/^sips?:/i.test(rest) && (!rest.startsWith("${") || rest.startsWith("${EXTEN"))) {
        result.problem = `puts '${maskChannelSecrets(rest)}' after a slash: PJSIP expects a SIP URI there (PJSIP/endpoint/sip:number@host); to dial a number through an endpoint write PJSIP/number@endpoint`;
      }
    } else if (resource.includes("@")) {
      const at = resource.lastIndexOf("@");
      result.number = resource.slice(0, at);
      result.peer = resource.slice(at + 1);
      if (result.peer.length === 0) result.problem = "has nothing after '@' (expected PJSIP/number@endpoint)";
    } else result.peer = resource;
  }
  if (result.peer !== undefined && (looksLikeHost(result.peer) || result.peer.includes("${"))) result.peer = undefined;
  return result;
}

/** Technologies Asterisk registers (case-insensitive); chan_sip is gone from 21 on. */
export const CHANNEL_TECHNOLOGIES = [
  "SIP",
  "PJSIP",
  "IAX2",
  "DAHDI",
  "Local",
  "Console",
  "Motif",
  "Skinny",
  "MGCP",
  "UNISTIM",
  "OOH323",
  "Multicast",
  "WebSocket",
  "AudioSocket",
  "ALSA",
  "Bridge",
  "Announcer",
  "Recorder",
  "CBAnn",
  "CBRec",
  "Surrogate",
  "Message",
  "Zap",
  "mISDN",
];

// ---- Goto targets ----------------------------------------------------------------------------------------------

export interface GotoTarget {
  context?: Token;
  extension?: Token;
  priority: Token;
  /** For GotoIf: which side of the `?...:...` this target is. */
  branch?: "true" | "false";
}

function tokenOf(text: string, start: number, end: number): Token {
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

// ---- Variables read and set --------------------------------------------------------------------------------------

export interface VariableUse {
  name: string;
  span: Span;
  /** `${NAME:offset:length}` parts, when written. */
  offset?: Token;
  length?: Token;
  /** Read through GLOBAL(NAME). */
  viaGlobal: boolean;
  /** The whole `${...}` (or `GLOBAL(...)`) text span. */
  whole: Span;
}

/** Variables a text range reads: `${NAME}`, `${NAME:o:l}`, `${GLOBAL(NAME)}` (functions other than GLOBAL skipped). */
export function variableUses(text: string, range: Span): VariableUse[] {
  const result: VariableUse[] = [];
  for (const ref of variableReferences(text, range)) {
    if (ref.isFunction) {
      if (ref.name.toUpperCase() === "GLOBAL") {
        const open = ref.nameSpan.end;
        const close = text.indexOf(")", open);
        if (close > open && close < ref.span.end) {
          const inner = tokenOf(text, open + 1, close);
          if (/^[A-Za-z_]\w*$/.test(inner.text)) result.push({ name: inner.text, span: inner.span, viaGlobal: true, whole: ref.span });
        }
      }
      continue;
    }
    // `${OUT_${TRUNK}}` reads one variable whose name is only known at run time; `${TRUNK}` is a use of its own.
    if (ref.name.length === 0 || ref.computedName) continue;
    result.push({ name: ref.name, span: ref.nameSpan, offset: ref.offset, length: ref.length, viaGlobal: false, whole: ref.span });
  }
  return result;
}

export interface VariableSet {
  name: string;
  span: Span;
  global: boolean;
}

/** Variables a step sets: Set/MSet (`_`/`__` prefixes and LOCAL()/GLOBAL() unwrapped), Read/ReadExten targets. */
export function variablesSetBy(step: DialplanStep, text: string): VariableSet[] {
  const app = step.application.trim().toLowerCase();
  const result: VariableSet[] = [];
  const args = step.args;
  const nameFrom = (token: Token, upTo: number): VariableSet | undefined => {
    const raw = text.slice(token.span.start, upTo);
    const lead = raw.length - raw.trimStart().length;
    let name = raw.trim();
    let start = token.span.start + lead;
    let global = false;
    const fn = /^(LOCAL|GLOBAL)\((.*)\)$/i.exec(name);
    if (fn) {
      global = fn[1].toUpperCase() === "GLOBAL";
      start += fn[1].length + 1;
      name = fn[2];
    } else {
      const stripped = name.replace(/^_{1,2}/, "");
      start += name.length - stripped.length;
      name = stripped;
    }
    return /^[A-Za-z_][\w]*$/.test(name) ? { name, span: { start, end: start + name.length }, global } : undefined;
  };
  if (app === "set" || app === "mset") {
    for (const arg of app === "set" ? args.slice(0, 1) : args) {
      const eq = text.indexOf("=", arg.span.start);
      if (eq < 0 || eq >= arg.span.end) continue;
      const found = nameFrom(arg, eq);
      if (found) result.push(found);
      else result.push(...arrayNames(text, arg.span.start, eq));
    }
  } else if ((app === "read" || app === "readexten") && args.length > 0) {
    const found = nameFrom(args[0], args[0].span.end);
    if (found) result.push(found);
  } else if ((app === "execif" || app === "tryexec" || app === "exec") && step.line.argumentsSpan) {
    result.push(...nestedSets(text, step.line.argumentsSpan));
  }
  return result;
}

/** `Set(ARRAY(A,B)=1,2)` sets A and B. */
function arrayNames(text: string, start: number, eq: number): VariableSet[] {
  const raw = text.slice(start, eq);
  const open = raw.search(/\S/);
  if (open < 0 || !/^ARRAY\(/i.test(raw.slice(open))) return [];
  const result: VariableSet[] = [];
  let at = start + open + "ARRAY(".length;
  for (const part of raw.slice(open + "ARRAY(".length).replace(/\)\s*$/, "").split(",")) {
    const lead = part.length - part.trimStart().length;
    const name = part.trim().replace(/^_{1,2}/, "");
    if (/^[A-Za-z_]\w*$/.test(name)) {
      const nameStart = at + lead + (part.trim().length - name.length);
      result.push({ name, span: { start: nameStart, end: nameStart + name.length }, global: false });
    }
    at += part.length + 1;
  }
  return result;
}

/** `Set(NAME=...)` / `MSet(...)` run by ExecIf / TryExec / Exec: `ExecIf($[...]?Set(__X=1):Set(Y=2))`. */
function nestedSets(text: string, range: Span): VariableSet[] {
  const result: VariableSet[] = [];
  const body = text.slice(range.start, range.end);
  const finder = /(^|[?:,(|\s])M?Set\(/gi;
  for (let match = finder.exec(body); match; match = finder.exec(body)) {
    let at = range.start + match.index + match[0].length;
    const eq = text.indexOf("=", at);
    if (eq < 0 || eq >= range.end) continue;
    const raw = text.slice(at, eq);
    const lead = raw.length - raw.trimStart().length;
    at += lead;
    let name = raw.trim();
    const fn = /^(LOCAL|GLOBAL)\((.*)\)$/i.exec(name);
    if (fn) {
      at += fn[1].length + 1;
      name = fn[2];
    }
    const stripped = name.replace(/^_{1,2}/, "");
    at += name.length - stripped.length;
    if (/^[A-Za-z_]\w*$/.test(stripped)) result.push({ name: stripped, span: { start: at, end: at + stripped.length }, global: fn?.[1].toUpperCase() === "GLOBAL" });
  }
  return result;
}

/** The step's argument text as Asterisk passes it (between the parentheses). */
export function argumentText(step: DialplanStep, text: string): string {
  const range = step.line.argumentsSpan;
  return range ? text.slice(range.start, range.end) : "";
}

/** Hides the password of `Tech/user:secret@host` channel strings (IAX2 and SIP allow one) before showing a value. */
export function maskChannelSecrets(value: string): string {
  return value.replace(/(\b[A-Za-z0-9]+\/[^/:@&\s,]*):([^@/&\s,]+)@/g, "$1:****@");
}
