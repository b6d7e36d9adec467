// syntax/include-skipped: an `#include` target the host did not read (not a regular file, or over the size limit).
import { LIMIT_SETTING, formatSize, includeKey, skippedInput } from "../../model/skipped-input";
import type { Rule } from "../types";

export const includeSkipped: Rule = {
  code: "syntax/include-skipped",
  area: "syntax",
  severity: "warning",
  summary: "An `#include` target that is not a regular file (a device, FIFO or directory) or is over the size limit is not read, so its sections are not checked.",
  workspaceReads: ["skipped"],
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
