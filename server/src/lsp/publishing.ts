// Sending a document's diagnostics: only when they differ from the ones last sent for it. A round publishes every
// open document; most of them have the very findings of the round before, over the same document revisions, and are
// not converted again (a generated peer file of hundreds of findings made a third of a megabyte of JSON per round).
import type { Finding } from "../service/rules/types";
import { sameItems } from "../service/util/lists";
import { documentOf, type ServerContext } from "./context";
import { toDiagnostic } from "./convert";

interface Sent {
  /** The findings list the diagnostics were made of (the service keeps a document's list while its findings stay). */
  list: readonly Finding[];
  /**
   * The revision numbers of the document and of each document its findings point into, then (numbers, not the
   * documents: an old revision kept here would keep its text and tree alive).
   */
  revisions: readonly (number | undefined)[];
  /** The diagnostics as sent, as JSON. */
  json: string;
}

const NO_FINDINGS: readonly Finding[] = [];

export class Publisher {
  private readonly sent = new Map<string, Sent>();

  constructor(private readonly ctx: ServerContext) {}

  /** Sends `uri`'s diagnostics of a round (`all`) unless they are the ones last sent. */
  publish(uri: string, all: Map<string, Finding[]>): void {
    const index = this.ctx.indexOf(uri);
    if (!index || !this.ctx.documents.get(uri)) return;
    const list = all.get(uri) ?? NO_FINDINGS;
    const revisions = this.revisionsFor(uri, list);
    const last = this.sent.get(uri);
    // The same findings over the same text: the same positions (a finding may hold a node's span, which only a
    // re-parse of its document moves), so the same diagnostics.
    if (last && last.list === list && sameItems(last.revisions, revisions)) return;
    const diagnostics = list.map((f) => toDiagnostic(f, index, this.ctx.indexOf));
    const json = JSON.stringify(diagnostics);
    this.sent.set(uri, { list, revisions, json });
    if (last?.json === json) return;
    void this.ctx.connection.sendDiagnostics({ uri, diagnostics });
  }

  /** Forgets what was sent for `uri` (closed), or for every document (settings changed: send all again). */
  forget(uri?: string): void {
    if (uri === undefined) this.sent.clear();
    else this.sent.delete(uri);
  }

  /** The current revision of `uri` and of each other document `list` points into, in order of first mention. */
  private revisionsFor(uri: string, list: readonly Finding[]): (number | undefined)[] {
    const uris = [uri];
    for (const finding of list) for (const related of finding.related ?? []) if (!uris.includes(related.uri)) uris.push(related.uri);
    return uris.map((u) => documentOf(this.ctx.service, this.ctx.generated, u)?.revision);
  }
}
