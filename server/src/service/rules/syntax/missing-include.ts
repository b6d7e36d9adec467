// syntax/missing-include: `#include` of a file that does not exist (Asterisk rejects the including file).
import type { Rule } from "../types";
import { isGlobPattern } from "../../util/glob";

function parentOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash >= 0 ? path.slice(0, slash) : "";
}

/** Whether some checked document sits in the folder an `#include` argument points into. */
function folderIsChecked(uris: string[], fromUri: string, argument: string): boolean {
  const arg = argument.trim();
  if (arg.startsWith("/")) {
    // An absolute path (/etc/asterisk/sub/x.conf): compare the folder's own name with the documents' folders.
    const folder = parentOf(arg);
    const name = folder.slice(folder.lastIndexOf("/") + 1);
    return uris.some((uri) => uri !== fromUri && parentOf(uri).endsWith("/" + name));
  }
  const parts: string[] = [];
  for (const part of (parentOf(fromUri) + "/" + parentOf(arg)).split("/")) {
    if (part === "..") parts.pop();
    else if (part !== "." && part !== "") parts.push(part);
  }
  const folder = (fromUri.startsWith("/") ? "/" : "") + parts.join("/");
  return uris.some((uri) => parentOf(uri) === folder);
}

export const missingInclude: Rule = {
  code: "syntax/missing-include",
  area: "syntax",
  severity: "error",
  summary: "`#include` names a file that cannot be found; Asterisk refuses to load the including file (`#tryinclude` is fine). A warning when nothing of the included file's folder was checked (a partial copy), and for a pattern (`dir/*.conf`) that matches none of the files checked: on the server they fail the same way only if nothing is there either.",
  checkUnit(unit, ctx) {
    for (const directive of unit.directives) {
      const { node } = directive;
      if (node.name === "exec") {
        ctx.report({
          uri: directive.uri,
          span: node.nameSpan,
          severity: "information",
          message: "#exec runs only when asterisk.conf sets execincludes=yes; otherwise Asterisk ignores it with a warning.",
        });
        continue;
      }
      if (node.name !== "include" || node.argument.length === 0 || directive.target !== undefined) continue;
      if (isGlobPattern(node.argument)) {
        // config.c expands the pattern with glob(3); a pattern that matches nothing loads no file, which fails the
        // `#include` exactly like a missing file. The folder is often just not part of what was checked.
        ctx.report({
          uri: directive.uri,
          span: node.argumentSpan,
          severity: "warning",
          message: `No file checked matches '${node.argument}': Asterisk loads every file the pattern matches on the server, and rejects the whole file if it matches none there ("listed as a #include but it does not exist"). Use #tryinclude if the folder may be empty.`,
          data: { directiveSpan: node.nameSpan },
        });
        continue;
      }
      // The file's folder is part of what was checked but the file is not: it really looks missing. When nothing of
      // that folder was given (a copy of part of /etc/asterisk), we cannot tell.
      const folderGiven = folderIsChecked(ctx.workspace.documents().map((d) => d.uri), directive.uri, node.argument);
      ctx.report({
        uri: directive.uri,
        span: node.argumentSpan,
        severity: folderGiven ? "error" : "warning",
        message: folderGiven
          ? `Included file '${node.argument}' is not among the files checked: if it is missing on the server too, Asterisk rejects the whole file ("listed as a #include but it does not exist"). Use #tryinclude if it is optional.`
          : `Included file '${node.argument}' is not among the files checked (nothing from its folder is): if it is missing on the server too, Asterisk rejects the whole file ("listed as a #include but it does not exist"). Use #tryinclude if it is optional.`,
        data: { directiveSpan: node.nameSpan },
      });
    }
  },
  fix(finding) {
    const directiveSpan = finding.data?.directiveSpan as { start: number; end: number } | undefined;
    if (!directiveSpan) return [];
    return [{ title: "Make it optional with #tryinclude", edits: [{ uri: finding.uri, span: directiveSpan, newText: "tryinclude" }] }];
  },
};
