// dialplan/no-hangup: a carrier dialplan entry whose last step is not Hangup.
import type { Rule } from "../types";
import { fixesFromData, textOf, withFixes } from "./common";

/** Applications after which nothing runs in the extension. */
const ENDS_CALL = new Set(["hangup", "goto", "return", "congestion", "busy", "macroexit", "stackpop"]);

export const noHangup: Rule = {
  code: "dialplan/no-hangup",
  area: "dialplan",
  severity: "information",
  summary: "A carrier's dialplan entry does not end with Hangup: when every Dial fails the call falls off the end of the extension (VICIdial's entries all end with Hangup).",
  checkContext(context, ctx) {
    for (const ext of context.extensions) {
      const last = ext.steps[ext.steps.length - 1];
      if (!last || last.field !== "dialplan_entry" || !ext.parsed.isPattern) continue;
      if (ENDS_CALL.has(last.application.trim().toLowerCase())) continue;
      const lastLine = [...ext.lines].filter((s) => !s.isHint && s.uri === last.uri).sort((a, b) => a.option.node.line.start - b.option.node.line.start).pop() ?? last;
      const text = textOf(ctx.workspace, lastLine.uri) ?? "";
      const lineStart = lastLine.option.node.line.start;
      const indent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? "";
      // 'n' counts from the line above; when that is not the extension's last step (lines out of order) the new
      // step takes the number after the last one.
      const priority = lastLine === last ? "n" : last.priority !== undefined ? String(last.priority + 1) : undefined;
      // The extension as written, caller-ID match included ('_X./100' without '/100' is another extension).
      const written = lastLine.line.extension ? text.slice(lastLine.line.extension.span.start, (lastLine.line.callerId ?? lastLine.line.extension).span.end) : ext.name;
      const newLine = lastLine.line.keyword === "same" ? `same => ${priority},Hangup()` : `exten => ${written},${priority},Hangup()`;
      const at = lastLine.option.node.line.end;
      const eol = text[at] === "\r" ? "\r\n" : "\n";
      // Not after a line that leaves a ';--' block comment open, nor inside a one-line record field.
      const fixes = !ctx.workspace.canAddLineAfter(lastLine.uri, lineStart) || priority === undefined ? [] : [{ title: "Add 'Hangup()' as the last step", edits: [{ uri: last.uri, span: { start: at, end: at }, newText: `${eol}${indent}${newLine}` }], isPreferred: true }];
      ctx.report({
        uri: last.uri,
        span: last.line.application?.span ?? last.option.node.valueSpan,
        message: `'${ext.name}' ends with ${last.application || "this step"} at priority ${last.priority}: when the call gets past it (every Dial failed), it falls off the end of the extension instead of hanging up cleanly. VICIdial's carrier entries end with Hangup().`,
        data: withFixes(undefined, fixes),
      });
    }
  },
  fix: fixesFromData,
};
