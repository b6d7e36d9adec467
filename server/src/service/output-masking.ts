// Masking what the language service returns: every text of a finding, completion entry, outline symbol, signature
// help or route result goes through the workspace's SecretMasker; ids and spans are left as they are.
import type { Finding } from "./rules/types";
import type { SecretMasker } from "./secrets";
import type { CompletionEntry } from "./features/completion/index";
import type { OutlineSymbol } from "./features/symbols";
import type { SignatureHelpResult } from "./features/signature";

/** A finding with its message and related messages masked (the same object when nothing changed). */
export function maskFinding(finding: Finding, masker: SecretMasker): Finding {
  const message = masker.mask(finding.message);
  const related = finding.related?.map((r) => {
    const shown = masker.mask(r.message);
    return shown === r.message ? r : { ...r, message: shown };
  });
  if (message === finding.message && (!related || related.every((r, i) => r === finding.related![i]))) return finding;
  return { ...finding, message, ...(related ? { related } : {}) };
}

/** A copy of plain data with every string masked, except document ids (`uri`) that locate things. */
export function maskStrings<T>(value: T, masker: SecretMasker): T {
  const walk = (v: unknown, key?: string): unknown => {
    if (typeof v === "string") return key === "uri" ? v : masker.mask(v);
    if (Array.isArray(v)) return v.map((x) => walk(x));
    if (v && typeof v === "object") {
      const copy: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) copy[k] = k === "span" ? x : walk(x, k);
      return copy;
    }
    return v;
  };
  return walk(value) as T;
}

/** A completion entry with its label, detail, documentation and insert text masked. */
export function maskCompletion(entry: CompletionEntry, masker: SecretMasker): CompletionEntry {
  const shown = { ...entry, label: masker.mask(entry.label) };
  if (entry.detail !== undefined) shown.detail = masker.mask(entry.detail);
  if (entry.documentation !== undefined) shown.documentation = masker.mask(entry.documentation);
  if (entry.insertText !== undefined) shown.insertText = masker.mask(entry.insertText);
  return shown;
}

/** An outline symbol and its children with names and details masked. */
export function maskSymbol(symbol: OutlineSymbol, masker: SecretMasker): OutlineSymbol {
  return {
    ...symbol,
    name: masker.mask(symbol.name),
    detail: symbol.detail === undefined ? undefined : masker.mask(symbol.detail),
    children: symbol.children.map((child) => maskSymbol(child, masker)),
  };
}

/** Signature help with its documentation and each parameter's masked. */
export function maskSignatureHelp(help: SignatureHelpResult, masker: SecretMasker): SignatureHelpResult {
  return {
    ...help,
    documentation: masker.mask(help.documentation),
    parameters: help.parameters.map((p) => ({ ...p, documentation: masker.mask(p.documentation) })),
  };
}
