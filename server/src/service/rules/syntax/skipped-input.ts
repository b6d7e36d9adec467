// syntax/file-too-large and syntax/include-skipped: input the service refused to analyse, said once where it is.
import { formatSize, includeKey, skippedInput } from "../../model/skipped-input";
import type { Rule } from "../types";

const LIMIT_SETTING = "the vicidialCarriers.maxFileSize setting, or --max-file-size on the command line";

export const fileTooLarge: Rule = {
  code: "syntax/file-too-large",
  area: "syntax",
  severity: "warning",
  summary: "A file larger than the size limit is not analysed at all (no diagnostics, hovers or completions in it); the limit is a setting.",
  checkWorkspace(workspace, ctx) {
    for (const note of skippedInput(workspace).oversize.values()) {
      if (!workspace.document(note.uri)) continue;
      ctx.report({
        uri: note.uri,
        span: { start: 0, end: 0 },
        message: `This file is ${formatSize(note.size)}, over the ${formatSize(note.limit)} limit: it was not analysed (no diagnostics, hovers or completions). Raise the limit with ${LIMIT_SETTING}.`,
      });
    }
  },
};

export const includeSkipped: Rule = {
  code: "syntax/include-skipped",
  area: "syntax",
  severity: "warning",
  summary: "An `#include` target that is not a regular file (a device, FIFO or directory) or is over the size limit is not read, so its sections are not checked.",
  checkWorkspace(workspace, ctx) {
    const notes = skippedInput(workspace).includes;
    if (notes.size === 0) return;
    for (const doc of workspace.documents()) {
      if (!doc.conf) continue;
      for (const line of doc.conf.lines) {
        if (line.kind !== "directive" || (line.name !== "include" && line.name !== "tryinclude")) continue;
        const note = notes.get(includeKey(doc.uri, line.argument));
        if (!note) continue;
        const why =
          note.reason === "not-a-file"
            ? "it is not a regular file (a device, FIFO or directory), which Asterisk cannot load either"
            : note.reason === "too-large"
              ? `it is ${formatSize(note.size ?? 0)}, over the ${formatSize(note.limit)} limit (${LIMIT_SETTING})`
              : "it could not be read";
        ctx.report({ uri: doc.uri, span: line.argumentSpan, message: `'${line.argument.trim()}' was not read: ${why}. Its sections are not checked.` });
      }
    }
  },
};
