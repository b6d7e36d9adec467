// The LSP adapter: the only part that speaks the protocol. It answers `initialize` at once, pulls settings and
// reads the workspace folders in the background, keeps the language service in step with the editor's documents,
// reloads files changed on disk, and leaves analysis and publishing to the AnalysisScheduler (sliced, stale work dropped, edited document first).
import {
  CodeActionKind,
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { LanguageService } from "../service/language-service";
import type { ServiceSettings } from "../service/settings";
import { readTextFile } from "../host/files";
import { AnalysisScheduler, IDLE_DELAY_MS } from "./analysis-scheduler";
import { lineIndexes, maskServerLogs, safelyWith, type ServerContext } from "./context";
import { Publisher } from "./publishing";
import { registerEditingRequests } from "./editing-requests";
import { GeneratedDocs } from "./generated-docs";
import { registerNavigationRequests, ROUTE_COMMAND } from "./navigation-requests";
import { folderOf, pathToUri, uriToPath } from "./paths";
import { pullSettings } from "./settings-sync";
import { handleFileChanges, handleFolderChanges, registerWatchers } from "./file-watch";
import { loadIncludes, scanWorkspace } from "./workspace-scan";

export function startServer(connection: Connection): void {
  const service = new LanguageService();
  const generated = new GeneratedDocs();
  maskServerLogs(connection, (text) => service.mask(text));
  const ctx: ServerContext = {
    connection,
    service,
    generated,
    documents: new TextDocuments(TextDocument),
    client: { workspaceFolders: [], canPullConfiguration: false, canReportProgress: false, canWatchFiles: false, canChangeFolders: false },
    indexOf: lineIndexes(service, generated),
    safely: safelyWith(connection),
  };
  const publisher = new Publisher(ctx);
  const scheduler = new AnalysisScheduler({
    startAnalysis: () => service.startAnalysis(),
    startIdleWork: () => service.startIdleWork(),
    extraFindings: () => generated.diagnostics(),
    openDocuments: () => ctx.documents.all().map((d) => d.uri),
    publish: (uri, all) => publisher.publish(uri, all),
    safely: ctx.safely,
    defer: (next) => void setImmediate(next),
    whenQuiet: (next) => void setTimeout(next, IDLE_DELAY_MS).unref(),
  });

  const resettle = async () => {
    await ctx.safely("settings", Promise.resolve(), () => pullSettings(ctx));
    publisher.forget();
  };
  const hooks = { settingsChanged: resettle, reanalyse: () => scheduler.schedule() };

  connection.onInitialize((params) => initialize(ctx, params));
  connection.onInitialized(async () => {
    try {
      registerWatchers(ctx, ctx.client.canWatchFiles);
      handleFolderChanges(ctx, hooks, ctx.client.canChangeFolders);
      await ctx.safely("settings", Promise.resolve(), () => pullSettings(ctx));
      await scanWorkspace(ctx);
    } finally {
      scheduler.ready();
    }
  });
  connection.onDidChangeConfiguration(async () => {
    await resettle();
    scheduler.schedule();
  });
  handleFileChanges(ctx, hooks);
  syncDocuments(ctx, scheduler, publisher);
  registerEditingRequests(ctx);
  registerNavigationRequests(ctx);
  ctx.documents.listen(connection);
  connection.listen();
}

function initialize(ctx: ServerContext, params: InitializeParams): InitializeResult {
  const { client, service } = ctx;
  client.canPullConfiguration = params.capabilities.workspace?.configuration === true;
  client.canReportProgress = params.capabilities.window?.workDoneProgress === true;
  client.canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  client.canChangeFolders = params.capabilities.workspace?.workspaceFolders === true;
  client.workspaceFolders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => p !== undefined);
  const root = client.workspaceFolders.length === 0 && params.rootUri ? uriToPath(params.rootUri) : undefined;
  if (root) client.workspaceFolders = [root];
  // Each workspace folder of a multi-root workspace is a system of its own (see Workspace.setSystemRoots).
  service.setSystemRoots(client.workspaceFolders.map(pathToUri));
  client.initOptions = params.initializationOptions as Partial<ServiceSettings> | undefined;
  if (client.initOptions) service.configure(client.initOptions);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      completionProvider: { triggerCharacters: ["=", ",", "/", "$", "{", ">", ":", "("] },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      documentSymbolProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      signatureHelpProvider: { triggerCharacters: ["(", ",", "?", ":"], retriggerCharacters: [","] },
      executeCommandProvider: { commands: [ROUTE_COMMAND] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: "vicidial-carriers", version: "0.1.0" },
  };
}

/** Keeps the service's documents in step with the editor's; a closed file falls back to its text on disk. */
function syncDocuments(ctx: ServerContext, scheduler: AnalysisScheduler, publisher: Publisher): void {
  const { documents, service, generated } = ctx;
  const update = (document: TextDocument, opened: boolean) => {
    if (generated.owns(document.uri)) {
      generated.setDocument(document.uri, document.getText(), document.languageId);
      return scheduler.schedule();
    }
    service.setDocument(document.uri, document.getText(), document.languageId);
    if (opened) loadIncludes(ctx);
    scheduler.schedule(document.uri);
  };
  documents.onDidOpen((event) => update(event.document, true));
  documents.onDidChangeContent((event) => update(event.document, false));
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    restoreFromDisk(ctx, uri);
    publisher.forget(uri);
    void ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
    scheduler.schedule();
  });
}

function restoreFromDisk(ctx: ServerContext, uri: string): void {
  const { service } = ctx;
  const file = uriToPath(uri);
  const inWorkspace = file !== undefined && folderOf(ctx.client.workspaceFolders, file) !== undefined;
  const onDisk = inWorkspace ? readTextFile(file, service.currentSettings.maxFileSize) : undefined;
  if (onDisk && "text" in onDisk) service.setDocument(uri, onDisk.text);
  else if (onDisk && "skipped" in onDisk && onDisk.skipped === "too-large") service.setOversizeDocument(uri, onDisk.size ?? 0);
  else service.removeDocument(uri);
}

if (require.main === module) {
  startServer(createConnection(ProposedFeatures.all));
}
