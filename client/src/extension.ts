// The VS Code client: starts the bundled language server over IPC for Asterisk conf files and VICIdial records.
import * as path from "node:path";
import type { ExtensionContext } from "vscode";
import { workspace } from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join("dist", "server.js"));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6009"] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "asterisk" },
      { scheme: "file", language: "vicidial-carrier" },
      { scheme: "file", language: "vicidial-template" },
      { scheme: "untitled", language: "asterisk" },
      { scheme: "untitled", language: "vicidial-carrier" },
      { scheme: "untitled", language: "vicidial-template" },
    ],
    synchronize: {
      configurationSection: "vicidialCarriers",
      fileEvents: workspace.createFileSystemWatcher("**/*.{conf,carrier,conftemplate}"),
    },
  };
  client = new LanguageClient("vicidialCarriers", "VICIdial Carriers", serverOptions, clientOptions);
  await client.start();
  context.subscriptions.push({ dispose: () => void client?.stop() });
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
