// What every part of the LSP adapter shares: the connection, the language service, the open documents, the
// generated-conf documents, line indexes per uri, and `safely`, which turns a throw into a log line (secrets masked).
import type { Connection } from "vscode-languageserver/node";
import type { TextDocuments } from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { LanguageService } from "../service/language-service";
import type { ServiceSettings } from "../service/settings";
import { LineIndex } from "../service/text/span";
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

export function lineIndexCache(textOf: (uri: string) => string | undefined): (uri: string) => LineIndex | undefined {
  const indexes = new Map<string, { text: string; index: LineIndex }>();
  return (uri) => {
    const text = textOf(uri);
    if (text === undefined) return undefined;
    const cached = indexes.get(uri);
    if (cached && cached.text === text) return cached.index;
    const index = new LineIndex(text);
    indexes.set(uri, { text, index });
    return index;
  };
}

export function safelyWith(connection: Connection, mask: (text: string) => string): ServerContext["safely"] {
  return (what, fallback, action) => {
    try {
      return action();
    } catch (error) {
      connection.console.error(mask(`${what} failed: ${error instanceof Error ? error.message : String(error)}`));
      return fallback;
    }
  };
}
