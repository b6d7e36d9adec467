// The VS Code client: starts the bundled language server over IPC for Asterisk conf files and VICIdial records.
import * as path from "node:path";
import type { ExtensionContext } from "vscode";
import { commands, window, workspace, type OutputChannel } from "vscode";
import { ExecuteCommandRequest } from "vscode-languageclient/node";
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
  context.subscriptions.push(commands.registerCommand("vicidialCarriers.routeNumber", () => routeNumber(context)));
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}

let routeOutput: OutputChannel | undefined;

/** "VICIdial: Route a number…": asks for a dialed number, lets the server route it, shows the answer. */
async function routeNumber(context: ExtensionContext): Promise<void> {
  if (!client) return;
  const number = await window.showInputBox({
    title: "VICIdial: Route a number",
    prompt: "Number as VICIdial dials it, dial prefix included (e.g. 919995551234)",
    validateInput: (value) => (/^[0-9*#+A-Za-z_-]+$/.test(value.trim()) ? undefined : "Digits (and * # +) only"),
  });
  if (!number) return;
  const answer = (await client.sendRequest(ExecuteCommandRequest.type, { command: "vicidial.route", arguments: [number.trim()] })) as { text?: string } | null;
  if (!routeOutput) {
    routeOutput = window.createOutputChannel("VICIdial Route");
    context.subscriptions.push(routeOutput);
  }
  routeOutput.clear();
  routeOutput.append(answer?.text ?? `No answer for ${number}: is a dialplan open in the workspace?\n`);
  routeOutput.show(true);
}
