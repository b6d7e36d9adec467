// Which channel variables a dialplan step reads (`${VAR}` uses with their offsets) and sets (Set, MSet, the `=`
// arguments of applications that set variables, arrays), as far as a static look can tell.
import type { Token } from "../parse/dialplan-syntax";
import { variableReferences, type VariableReference } from "../parse/variable-references";
import type { Span } from "../text/span";
import type { DialplanStep } from "./dialplan";
import { tokenOf } from "./dialplan-values";

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
export function variableUses(text: string, range: Span): readonly VariableUse[] {
  return usesOfReferences(text, variableReferences(text, range));
}

/** The variables some references of `text` read (see `variableUses`). */
export function usesOfReferences(text: string, refs: readonly VariableReference[]): readonly VariableUse[] {
  // Most lines read no variable: no list is made for them.
  if (refs.length === 0) return NO_USES;
  const result: VariableUse[] = [];
  for (const ref of refs) {
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

const NO_USES: readonly VariableUse[] = Object.freeze([]);

export interface VariableSet {
  name: string;
  span: Span;
  global: boolean;
}

/** The applications `variablesSetBy` reads (lower case). */
const SETTING_APPLICATIONS = new Set(["set", "mset", "read", "readexten", "execif", "tryexec", "exec"]);
const NO_SETS: readonly VariableSet[] = Object.freeze([]);

/** The variable named by `text` from a token's start up to `upTo` (`_`/`__` and LOCAL()/GLOBAL() unwrapped). */
function nameFrom(text: string, token: Token, upTo: number): VariableSet | undefined {
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
}

/** Variables a step sets: Set/MSet (`_`/`__` prefixes and LOCAL()/GLOBAL() unwrapped), Read/ReadExten targets. */
export function variablesSetBy(step: DialplanStep, text: string): readonly VariableSet[] {
  const app = step.application.trim().toLowerCase();
  // Most steps run an application that sets nothing: no list is made for them.
  if (!SETTING_APPLICATIONS.has(app)) return NO_SETS;
  const result: VariableSet[] = [];
  const args = step.args;
  if (app === "set" || app === "mset") {
    for (const arg of app === "set" ? args.slice(0, 1) : args) {
      const eq = text.indexOf("=", arg.span.start);
      if (eq < 0 || eq >= arg.span.end) continue;
      const found = nameFrom(text, arg, eq);
      if (found) result.push(found);
      else result.push(...arrayNames(text, arg.span.start, eq));
    }
  } else if ((app === "read" || app === "readexten") && args.length > 0) {
    const found = nameFrom(text, args[0], args[0].span.end);
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
