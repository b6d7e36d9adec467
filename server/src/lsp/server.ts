// The LSP adapter: the only module that speaks the protocol. It keeps documents in the language service, analyses
// as soon as the event queue is empty (stale work is dropped, not delayed), publishes the edited document first and
// the other open documents after it, scans the workspace folders in the background, and clears diagnostics on close.
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  CodeActionKind,
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceEdit,
  WorkDoneProgress,
} from "vscode-languageserver/node";
import { ResponseError } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { LanguageService } from "../service/language-service";
import type { Finding, QuickFix } from "../service/rules/types";
import type { ServiceSettings } from "../service/settings";
import { LineIndex } from "../service/text/span";
import { collectFiles, loadFile, loadIncludedFiles, readTextFile } from "../host/files";
import { findProjectConfig, mergeSettings } from "../host/config";
import { toCompletionItem, toDiagnostic, toDocumentSymbol, toRange } from "./convert";
import { GENERATED_CONF_REQUEST, GeneratedDocs, type GeneratedConfParams } from "./generated-docs";

/** The initial scan gives the message loop a turn after this long, so requests (shutdown too) are answered. */
const SCAN_SLICE_MS = 50;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith("file:") ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

function pathToUri(file: string): string {
  return pathToFileURL(file).toString();
}

export function startServer(connection: Connection): void {
  const service = new LanguageService();
  const generated = new GeneratedDocs();
  const documents = new TextDocuments(TextDocument);
  const indexes = new Map<string, { text: string; index: LineIndex }>();
  const published = new Map<string, string>();
  let workspaceFolders: string[] = [];
  let canPullConfiguration = false;
  let initOptions: Partial<ServiceSettings> | undefined;
  let canReportProgress = false;

  const indexOf = (uri: string): LineIndex | undefined => {
    const text = service.workspace.document(uri)?.text ?? generated.text(uri);
    if (text === undefined) return undefined;
    const cached = indexes.get(uri);
    if (cached && cached.text === text) return cached.index;
    const index = new LineIndex(text);
    indexes.set(uri, { text, index });
    return index;
  };

  const safely = <T>(what: string, fallback: T, action: () => T): T => {
    try {
      return action();
    } catch (error) {
      connection.console.error(service.mask(`${what} failed: ${error instanceof Error ? error.message : String(error)}`));
      return fallback;
    }
  };

  // Analysis runs once the queue of incoming messages is drained (setImmediate), so a burst of changes costs one
  // analysis. Publishing starts with the documents that changed; the others follow one per turn, and a newer change
  // makes the rest of that round stale (it starts over with fresh findings).
  let generation = 0;
  let pending: NodeJS.Immediate | undefined;
  const changed = new Set<string>();
  /** Until settings are pulled and the workspace folders read, analysis waits (no findings under wrong settings). */
  let starting = true;

  const publish = (uri: string, all: Map<string, Finding[]>) => {
    const index = indexOf(uri);
    if (!index || !documents.get(uri)) return;
    const diagnostics = (all.get(uri) ?? []).map((f) => toDiagnostic(f, index, indexOf));
    const key = JSON.stringify(diagnostics);
    if (published.get(uri) === key) return;
    published.set(uri, key);
    void connection.sendDiagnostics({ uri, diagnostics });
  };

  const analyse = () => {
    pending = undefined;
    if (starting) return; // start-up schedules one analysis when it is done
    const round = generation;
    const all = safely("analysis", undefined, () => new Map([...service.allDiagnostics(), ...generated.diagnostics()]));
    if (!all) return;
    const first = [...changed].filter((uri) => documents.get(uri));
    changed.clear();
    for (const uri of first) safely("publish", undefined, () => publish(uri, all));
    const rest = documents.all().map((d) => d.uri).filter((uri) => !first.includes(uri));
    const next = () => {
      if (round !== generation) return; // stale: a newer analysis publishes these
      const uri = rest.shift();
      if (uri === undefined) return;
      safely("publish", undefined, () => publish(uri, all));
      if (rest.length > 0) setImmediate(next);
    };
    next();
  };

  const schedule = (uri?: string) => {
    generation++;
    if (uri) changed.add(uri);
    pending ??= setImmediate(analyse);
  };

  const loadIncludes = () =>
    safely("loading includes", undefined, () => loadIncludedFiles(service, uriToPath, pathToUri));

  /** Reads and parses the workspace folders, giving the message loop a turn every few ms, with progress. */
  const scanWorkspace = async () => {
    const files = safely("workspace scan", [] as string[], () => collectFiles(workspaceFolders, service.currentSettings.fileAssociations));
    if (files.length === 0) return;
    let token: string | undefined;
    try {
      if (canReportProgress) {
        token = await connection.sendRequest("window/workDoneProgress/create", { token: "vicidial-scan" }).then(
          () => "vicidial-scan",
          () => undefined, // the client declined: scan without progress
        );
        if (token) void connection.sendProgress(WorkDoneProgress.type, token, { kind: "begin", title: "VICIdial: reading the workspace", percentage: 0 });
      }
      let sliceStart = Date.now();
      for (let i = 0; i < files.length; i++) {
        if (Date.now() - sliceStart > SCAN_SLICE_MS) {
          if (token) void connection.sendProgress(WorkDoneProgress.type, token, { kind: "report", percentage: Math.round((100 * i) / files.length) });
          await nextTurn();
          sliceStart = Date.now();
        }
        const uri = pathToUri(files[i]);
        if (documents.get(uri) || service.hasDocument(uri)) continue;
        try {
          loadFile(service, files[i], uri); // a file that is not text is left out
        } catch {
          // Unreadable files are left out of the workspace.
        }
      }
      await nextTurn();
      loadIncludes();
    } finally {
      if (token) void connection.sendProgress(WorkDoneProgress.type, token, { kind: "end" });
    }
  };

  // The project's .vicidial-lint.json (or package.json "vicidialLint") under the editor's settings: the editor wins.
  const projectSettings = (): Partial<ServiceSettings> =>
    safely("settings file", {}, () => (workspaceFolders[0] ? (findProjectConfig(workspaceFolders[0])?.settings ?? {}) : {}));

  const pullSettings = async () => {
    if (!canPullConfiguration) {
      service.configure(mergeSettings(projectSettings(), initOptions ?? {}));
      return;
    }
    const config = (await connection.workspace.getConfiguration("vicidialCarriers")) as Partial<{
      severity: ServiceSettings["severities"];
      fileAssociations: ServiceSettings["fileAssociations"];
      asteriskVersion: ServiceSettings["asteriskVersion"] | null;
      maxFileSize: number;
    }> | null;
    service.configure(
      mergeSettings(projectSettings(), {
        severities: config?.severity ?? {},
        fileAssociations: config?.fileAssociations ?? {},
        asteriskVersion: config?.asteriskVersion ?? undefined,
        ...(typeof config?.maxFileSize === "number" && config.maxFileSize > 0 ? { maxFileSize: config.maxFileSize } : {}),
      }),
    );
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    canReportProgress = params.capabilities.window?.workDoneProgress === true;
    workspaceFolders = (params.workspaceFolders ?? [])
      .map((f) => uriToPath(f.uri))
      .filter((p): p is string => p !== undefined);
    if (workspaceFolders.length === 0 && params.rootUri) {
      const root = uriToPath(params.rootUri);
      if (root) workspaceFolders = [root];
    }
    // Each workspace folder of a multi-root workspace is a system of its own (see Workspace.setSystemRoots).
    service.setSystemRoots(workspaceFolders.map(pathToUri));
    const options = params.initializationOptions as Partial<ServiceSettings> | undefined;
    initOptions = options;
    if (options) service.configure(options);
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
        executeCommandProvider: { commands: ["vicidial.route"] },
      },
      serverInfo: { name: "vicidial-carriers", version: "0.1.0" },
    };
  });

  connection.onInitialized(async () => {
    try {
      await safely("settings", Promise.resolve(), pullSettings);
      await scanWorkspace();
    } finally {
      starting = false;
      schedule();
    }
  });

  connection.onDidChangeConfiguration(async () => {
    await safely("settings", Promise.resolve(), pullSettings);
    published.clear();
    schedule();
  });

  documents.onDidOpen((event) => {
    if (generated.owns(event.document.uri)) return (generated.setDocument(event.document.uri, event.document.getText(), event.document.languageId), schedule());
    service.setDocument(event.document.uri, event.document.getText(), event.document.languageId);
    loadIncludes();
    schedule(event.document.uri);
  });

  documents.onDidChangeContent((event) => {
    if (generated.owns(event.document.uri)) return (generated.setDocument(event.document.uri, event.document.getText(), event.document.languageId), schedule());
    service.setDocument(event.document.uri, event.document.getText(), event.document.languageId);
    schedule(event.document.uri);
  });

  documents.onDidClose((event) => {
    const uri = event.document.uri;
    const file = uriToPath(uri);
    const onDisk = file && workspaceFolders.some((folder) => !path.relative(folder, file).startsWith("..")) ? readTextFile(file, service.currentSettings.maxFileSize) : undefined;
    if (onDisk && "text" in onDisk) service.setDocument(uri, onDisk.text);
    else if (onDisk && "skipped" in onDisk && onDisk.skipped === "too-large") service.setOversizeDocument(uri, onDisk.size ?? 0);
    else service.removeDocument(uri);
    published.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
    schedule();
  });

  connection.onHover((params) =>
    safely("hover", null, () => {
      const index = indexOf(params.textDocument.uri);
      if (!index) return null;
      const result = (generated.serviceOf(params.textDocument.uri) ?? service).hover(params.textDocument.uri, index.offsetAt(params.position));
      if (!result) return null;
      return { contents: { kind: "markdown", value: result.markdown }, range: result.span ? toRange(index, result.span) : undefined };
    }),
  );

  connection.onCompletion((params) =>
    safely("completion", [], () => {
      const index = indexOf(params.textDocument.uri);
      if (!index) return [];
      return service.completions(params.textDocument.uri, index.offsetAt(params.position)).map((e) => toCompletionItem(e, index));
    }),
  );

  connection.onCodeAction((params) =>
    safely("code action", [], () => {
      const uri = params.textDocument.uri;
      const index = indexOf(uri);
      if (!index) return [];
      const start = index.offsetAt(params.range.start);
      const end = index.offsetAt(params.range.end);
      const sentCodes = new Set(params.context.diagnostics.map((d) => String(d.code)));
      const current = service.findingsAt(uri, start, end);
      const findings = sentCodes.size > 0 ? current.filter((f) => sentCodes.has(f.code)) : current;
      const fixes = [...service.quickFixes(findings), ...service.suppressionFixes(findings)];
      return fixes.map((fix) => toCodeAction(fix, findings, indexOf));
    }),
  );

  connection.onDocumentSymbol((params) =>
    safely("symbols", [], () => {
      const index = indexOf(params.textDocument.uri);
      return index ? (generated.serviceOf(params.textDocument.uri) ?? service).symbols(params.textDocument.uri).map((s) => toDocumentSymbol(s, index)) : [];
    }),
  );

  // Dialplan navigation (globals, contexts, labels, peers), signature help, and "route a number".
  const toLocation = (loc: { uri: string; span: { start: number; end: number } }) => {
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
      return {
        signatures: [
          {
            label: help.label,
            documentation: help.documentation,
            parameters: help.parameters.map((p) => ({ label: p.label, documentation: { kind: "markdown" as const, value: p.documentation } })),
          },
        ],
        activeSignature: 0,
        activeParameter: help.activeParameter,
      };
    }),
  );

  connection.onExecuteCommand((params) =>
    safely("route", null, () => {
      if (params.command !== "vicidial.route") return null;
      const [number, context] = (params.arguments ?? []) as [unknown, unknown];
      if (typeof number !== "string" || number.trim().length === 0) return null;
      const fileOf = (uri: string) => {
        const file = uriToPath(uri);
        if (!file) return uri;
        const folder = workspaceFolders.find((f) => !path.relative(f, file).startsWith(".."));
        return folder ? path.relative(folder, file) : file;
      };
      return service.route(number.trim(), typeof context === "string" && context.trim() ? context.trim() : undefined, fileOf);
    }),
  );

  connection.onRequest(GENERATED_CONF_REQUEST, (params: GeneratedConfParams) => safely("generated conf", null, () => generated.render(service, params)));

  documents.listen(connection);
  connection.listen();
}

function toCodeAction(fix: QuickFix, findings: Finding[], indexOf: (uri: string) => LineIndex | undefined): CodeAction {
  const changes: WorkspaceEdit["changes"] = {};
  for (const edit of fix.edits) {
    const index = indexOf(edit.uri);
    if (!index) continue;
    (changes[edit.uri] ??= []).push({ range: toRange(index, edit.span), newText: edit.newText });
  }
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    isPreferred: fix.isPreferred,
    edit: { changes },
    diagnostics: undefined,
  };
}

if (require.main === module) {
  startServer(createConnection(ProposedFeatures.all));
}
