// What every part of the LSP adapter shares: the connection, the language service, the open documents, the
// generated-conf documents, line indexes per uri, and `safely`, which turns a throw into a log line; every log line is
// masked (maskServerLogs).
import type { Connection } from "vscode-languageserver/node";
import type { TextDocuments } from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { LanguageService } from "../service/language-service";
import type { ServiceSettings } from "../service/settings";
import type { LineIndex } from "../service/text/span";
import { lineIndexOf, type AnalyzedDocument } from "../service/model/analyzed-document";
import type { GeneratedDocs } from "./generated-docs";

export interface ServerContext {
  connection: Connection;
  service: LanguageService;
  generated: GeneratedDocs;
  documents: TextDocuments<TextDocument>;
  /** Mutable start-up state, filled by `initialize`. */
  client: {
    workspaceFolders: string[];
    canPullConfiguration: boolean;
    canReportProgress: boolean;
    /** The client lets the server register file watchers (workspace/didChangeWatchedFiles). */
    canWatchFiles: boolean;
    /** The client tells the server when workspace folders are added or removed. */
    canChangeFolders: boolean;
    initOptions?: Partial<ServiceSettings>;
  };
  indexOf(uri: string): LineIndex | undefined;
  safely<T>(what: string, fallback: T, action: () => T): T;
}

/** The current revision of a document of `service`, or of a generated conf (see GeneratedDocs). */
export function documentOf(service: LanguageService, generated: GeneratedDocs, uri: string): AnalyzedDocument | undefined {
  return service.workspace.document(uri) ?? generated.serviceOf(uri)?.workspace.document(uri);
}

/** The line index of `documentOf`'s document. */
export function lineIndexes(service: LanguageService, generated: GeneratedDocs): (uri: string) => LineIndex | undefined {
  return (uri) => {
    const doc = documentOf(service, generated, uri);
    return doc && lineIndexOf(doc);
  };
}

export function safelyWith(connection: Connection): ServerContext["safely"] {
  return (what, fallback, action) => {
    try {
      return action();
    } catch (error) {
      connection.console.error(`${what} failed: ${error instanceof Error ? error.message : String(error)}`);
      return fallback;
    }
  };
}

const LOG_LEVELS = ["error", "warn", "info", "log", "debug"] as const;

/**
 * Every log line of the server leaves through `connection.console`: ours (`safely`), the protocol library's (it logs
 * a malformed message whole, document text included) and `console.*`, which the library sends there over stdio. The
 * secrets are masked at that one door. An uncaught error is written to stderr masked too, and ends the process.
 */
export function maskServerLogs(connection: Connection, mask: (text: string) => string): void {
  const remote = connection.console as unknown as Record<(typeof LOG_LEVELS)[number], (message: string) => void>;
  for (const level of LOG_LEVELS) {
    const write = remote[level].bind(remote);
    remote[level] = (message: string) => write(mask(String(message)));
  }
  process.on("uncaughtException", (error) => {
    process.stderr.write(mask(`vicidial language server: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`) + "\n");
    process.exit(1);
  });
}
