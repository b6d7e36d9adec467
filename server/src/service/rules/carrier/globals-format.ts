// carrier/globals-format: a carrier's globals_string that is not one `NAME = value` line of at most 255 characters,
// or whose NAME cannot be read back as ${NAME}. Lines without `=` are left to syntax/missing-equals.
import type { Rule } from "../types";
import { clip } from "./field-common";

const MAX_LENGTH = 255;

/** Why a character breaks `${NAME}`, for the characters that do. */
function breaksReference(c: string): string | undefined {
  if (c === ":") return "':' starts a substring offset in ${NAME:offset}";
  if (c === "(" || c === ")") return "'(' and ')' make ${NAME(...)} a function call";
  if ("${}[]".includes(c)) return `'${c}' is part of Asterisk's \${...} and $[...] syntax`;
  return undefined;
}

export const globalsFormat: Rule = {
  code: "carrier/globals-format",
  area: "carrier",
  severity: "error",
  summary: "A carrier's globals string is not a single `NAME = value` line of at most 255 characters, or NAME has characters a variable reference cannot contain.",
  checkDocument(doc, ctx) {
    if (doc.record?.kind !== "carrier") return;
    const field = doc.record.fields.get("globals_string");
    const tree = doc.fieldTrees.get("globals_string");
    if (!field || !tree || field.value.length === 0) return;
    const text = doc.text;

    const firstBreak = field.value.indexOf("\n");
    if (firstBreak >= 0) {
      let start = field.valueSpan.start + firstBreak + 1;
      while (start < field.valueSpan.end && /\s/.test(text[start])) start++;
      ctx.report({
        uri: doc.uri,
        span: { start, end: field.valueSpan.end },
        message:
          "The globals string is a single-line field: the admin form deletes line breaks, so these lines are glued onto the end of the first one. " +
          "Expected one 'NAME = value' line per carrier.",
      });
    }

    const saved = field.value.replace(/[\r\n]/g, "");
    if (saved.length > MAX_LENGTH) {
      const start = firstBreak < 0 ? field.valueSpan.start + MAX_LENGTH : field.valueSpan.start;
      ctx.report({
        uri: doc.uri,
        span: { start, end: field.valueSpan.end },
        message: `The globals string is ${saved.length} characters long: VICIdial keeps the first ${MAX_LENGTH} and cuts off the rest. Expected a shorter 'NAME = value'.`,
      });
    }

    for (const line of tree.lines) {
      if (line.kind === "section" || line.kind === "directive") {
        const content = line.kind === "section" ? { start: line.nameSpan.start - 1, end: line.line.end } : line.line;
        ctx.report({
          uri: doc.uri,
          span: content,
          message:
            line.kind === "section"
              ? `'[${clip(line.name, 40)}]' is not a global: it ends the [globals] section of extensions.conf, so every global written after it becomes an option of context [${clip(line.name, 40)}]. Expected 'NAME = value'.`
              : `'#${line.name}' is not a global: VICIdial writes it into the globals area of extensions-vicidial.conf. Expected 'NAME = value'.`,
        });
        continue;
      }
      if (line.kind !== "option" || line.key.length === 0) continue;
      const reasons = new Set<string>();
      let space = false;
      for (const c of line.key) {
        if (/\s/.test(c)) space = true;
        const reason = breaksReference(c);
        if (reason) reasons.add(reason);
      }
      const name = clip(line.key, 40);
      if (reasons.size > 0) {
        ctx.report({
          uri: doc.uri,
          span: line.keySpan,
          message: `Global name '${name}' cannot be read back: ${[...reasons].join("; ")}. Expected letters, digits and '_' (for example TRUNK_MAIN).`,
        });
      } else if (space) {
        ctx.report({
          uri: doc.uri,
          span: line.keySpan,
          severity: "warning",
          message: `Global name '${name}' has a space: Asterisk keeps it as part of the name, so only \${${name}} with the same space reads it. Expected letters, digits and '_' (for example ${line.key.replace(/\s+/g, "_")}).`,
        });
      }
    }
  },
};
