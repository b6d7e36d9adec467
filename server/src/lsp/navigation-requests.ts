// Requests that move around the dialplan and the workspace: definition, references, rename, signature help, the
// "route a number" command and the generated-conf request.
import * as path from "node:path";
import { ResponseError, type WorkspaceEdit } from "vscode-languageserver/node";
import type { Span } from "../service/text/span";
import type { ServerContext } from "./context";
import { toRange } from "./convert";
import { GENERATED_CONF_REQUEST, type GeneratedConfParams } from "./generated-docs";
import { folderOf, uriToPath } from "./paths";

export const ROUTE_COMMAND = "vicidial.route";

export function registerNavigationRequests(ctx: ServerContext): void {
  const { connection, service, indexOf, safely } = ctx;
  const toLocation = (loc: { uri: string; span: Span }) => {
    const index = indexOf(loc.uri);
    return index ? [{ uri: loc.uri, range: toRange(index, loc.span) }] : [];
  };

  connection.onDefinition((params) =>
    safely("definition", [], () => {
      const index = indexOf(params.textDocument.uri);
      return index ? service.definition(params.textDocument.uri, index.offsetAt(params.position)).flatMap(toLocation) : [];
    }),
  );

  connection.onReferences((params) =>
    safely("references", [], () => {
      const index = indexOf(params.textDocument.uri);
      if (!index) return [];
      return service.references(params.textDocument.uri, index.offsetAt(params.position), params.context.includeDeclaration).flatMap(toLocation);
    }),
  );

  connection.onPrepareRename((params) =>
    safely("prepare rename", null, () => {
      const index = indexOf(params.textDocument.uri);
      const found = index ? service.prepareRename(params.textDocument.uri, index.offsetAt(params.position)) : undefined;
      return found && index ? { range: toRange(index, found.span), placeholder: found.placeholder } : null;
    }),
  );

  connection.onRenameRequest((params) => {
    const index = indexOf(params.textDocument.uri);
    if (!index) return null;
    const result = safely("rename", undefined, () => service.rename(params.textDocument.uri, index.offsetAt(params.position), params.newName));
    if (!result) return null;
    if ("error" in result) return new ResponseError(-32803, result.error);
    const changes: WorkspaceEdit["changes"] = {};
    for (const edit of result.edits) {
      const target = indexOf(edit.uri);
      if (target) (changes[edit.uri] ??= []).push({ range: toRange(target, edit.span), newText: edit.newText });
    }
    return { changes };
  });

  connection.onSignatureHelp((params) =>
    safely("signature help", null, () => {
      const index = indexOf(params.textDocument.uri);
      const help = index ? service.signatureHelp(params.textDocument.uri, index.offsetAt(params.position)) : undefined;
      if (!help) return null;
      const parameters = help.parameters.map((p) => ({ label: p.label, documentation: { kind: "markdown" as const, value: p.documentation } }));
      return { signatures: [{ label: help.label, documentation: help.documentation, parameters }], activeSignature: 0, activeParameter: help.activeParameter };
    }),
  );

  connection.onExecuteCommand((params) =>
    safely("route", null, () => {
      if (params.command !== ROUTE_COMMAND) return null;
      const [number, context] = (params.arguments ?? []) as [unknown, unknown];
      if (typeof number !== "string" || number.trim().length === 0) return null;
      const fileOf = (uri: string) => {
        const file = uriToPath(uri);
        if (!file) return uri;
        const folder = folderOf(ctx.client.workspaceFolders, file);
        return folder ? path.relative(folder, file) : file;
      };
      return service.route(number.trim(), typeof context === "string" && context.trim() ? context.trim() : undefined, fileOf);
    }),
  );

  connection.onRequest(GENERATED_CONF_REQUEST, (params: GeneratedConfParams) => safely("generated conf", null, () => ctx.generated.render(service, params)));
}
