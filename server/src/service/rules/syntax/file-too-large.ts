// syntax/file-too-large: a document over the size limit, kept empty; said once at its start.
import { LIMIT_SETTING, formatSize, skippedInput } from "../../model/skipped-input";
import type { Rule } from "../types";

export const fileTooLarge: Rule = {
  code: "syntax/file-too-large",
  area: "syntax",
  severity: "warning",
  summary: "A file larger than the size limit is not analysed at all (no diagnostics, hovers or completions in it); the limit is a setting.",
  workspaceReads: ["skipped"],
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
