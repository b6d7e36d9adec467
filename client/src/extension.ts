// The VS Code client: starts the bundled language server over IPC for Asterisk conf files and VICIdial records.
import * as path from "node:path";
import type { ExtensionContext } from "vscode";
import { commands, EventEmitter, languages, Uri, window, workspace, type OutputChannel, type TextDocumentContentProvider } from "vscode";
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
      { scheme: GENERATED_SCHEME, language: "asterisk" },
    ],
    // Files changed on disk are watched by the server (it registers its own watchers, as it does with every editor).
    synchronize: { configurationSection: "vicidialCarriers" },
  };
  client = new LanguageClient("vicidialCarriers", "VICIdial Carriers", serverOptions, clientOptions);
  await client.start();
  context.subscriptions.push({ dispose: () => void client?.stop() });
  context.subscriptions.push(commands.registerCommand("vicidialCarriers.routeNumber", () => routeNumber(context)));
  context.subscriptions.push(workspace.registerTextDocumentContentProvider(GENERATED_SCHEME, generatedContent));
  context.subscriptions.push(commands.registerCommand("vicidialCarriers.showGeneratedConf", () => showGeneratedConf()));
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

/** Read-only documents for the generated conf files; the server renders them, this keeps the last text of each. */
const GENERATED_SCHEME = "vicidial-generated";
const generatedTexts = new Map<string, string>();
const generatedChanged = new EventEmitter<Uri>();
const generatedContent: TextDocumentContentProvider = {
  onDidChange: generatedChanged.event,
  provideTextDocumentContent: (uri) => generatedTexts.get(uri.toString()) ?? "",
};

interface GeneratedConfResult {
  servers: string[];
  files: { name: string; uri: string; text: string }[];
}

/** "VICIdial: Show generated conf": pick a server and a file, open what VICIdial would write there. */
async function showGeneratedConf(): Promise<void> {
  if (!client) return;
  const { servers } = await client.sendRequest<GeneratedConfResult>("vicidial/generatedConf", {});
  const server =
    servers.length === 1
      ? servers[0]
      : servers.length > 1
        ? await window.showQuickPick(servers, { title: "VICIdial: Show generated conf", placeHolder: "Server IP" })
        : await window.showInputBox({ title: "VICIdial: Show generated conf", prompt: "No carrier names a server: IP of the server", value: "0.0.0.0" });
  if (!server) return;
  const { files } = await client.sendRequest<GeneratedConfResult>("vicidial/generatedConf", { server });
  const name = await window.showQuickPick(files.map((f) => f.name), { title: `Generated conf for ${server}` });
  const file = files.find((f) => f.name === name);
  if (!file) return;
  for (const f of files) generatedTexts.set(Uri.parse(f.uri).toString(), f.text);
  const uri = Uri.parse(file.uri);
  generatedChanged.fire(uri);
  let doc = await workspace.openTextDocument(uri);
  if (doc.languageId !== "asterisk") doc = await languages.setTextDocumentLanguage(doc, "asterisk");
  await window.showTextDocument(doc, { preview: false });
}
