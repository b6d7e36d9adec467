// What the build works out of a step line's extension field alone (model/dialplan-context-build.ts): its text as
// Asterisk keys it, and for an extension's opening line its parsed name and identity key. Kept on the parsed line in
// a rebuilt context (model/line-work.ts): a keystroke in a generated context of thousands of lines rebuilds it whole,
// and most of its lines open an extension of their own.
import type { DialplanLine } from "../parse/dialplan-syntax";
import type { DialplanStep } from "./dialplan-types";
import { parseExtension, type ParsedExtension } from "./extension-pattern";
import { LineWork } from "./line-work";
import { withoutBlanks } from "../text/blanks";

/** An `exten` line's extension as Asterisk keys it (blanks removed). */
const EXTENSION_TEXTS = new LineWork<string>();

export function extensionTextOf(line: DialplanLine, keeps: boolean): string {
  const kept = EXTENSION_TEXTS.get(line);
  if (kept !== undefined) return kept;
  const text = withoutBlanks(line.extension?.text ?? "");
  if (keeps) EXTENSION_TEXTS.set(line, text);
  return text;
}

/** An extension's identity: its parsed name's key, with the caller id it matches. */
export function keyOf(parsed: ParsedExtension, cid: string | undefined): string {
  return cid === undefined ? parsed.key : parsed.key + "\u0000" + cid;
}

/** An extension's name parsed, and its identity key: worked out of an `exten` line alone (its name and caller id). */
export interface Naming {
  parsed: ParsedExtension;
  key: string;
}

const namings = new LineWork<Naming>();

/**
 * The naming of a step that opens an extension: kept on an `exten` line (`keeps`: in a rebuilt context); a `same`
 * line's name comes from the lines above it.
 */
export function namingOf(step: DialplanStep, line: DialplanLine, keeps: boolean): Naming {
  const work = (): Naming => {
    const parsed = parseExtension(step.extensionText);
    return { parsed, key: keyOf(parsed, step.cid) };
  };
  return step.isExten ? namings.of(line, keeps, work) : work();
}
