// The masker of a workspace: one SecretMasker made of every document's secret list (document-secrets.ts), kept while
// those lists stay the same, and the lists marked ahead, a document at a time, when the editor is idle.
import { documentSecrets } from "./document-secrets";
import type { AnalyzedDocument } from "./model/workspace";
import { SecretMasker } from "./secrets";
import { sameItems } from "./util/lists";

/**
 * The masker last made, with the revisions of the documents it was made of (their numbers, not the documents: an old
 * document's tree holds the old version of the line an edit changed, and what rules kept on that line reaches the
 * rest of the old analysis, tens of MB after a dialplan edit).
 */
interface MadeMasker {
  revisions: number[];
  secrets: string[][];
  masker: SecretMasker;
}

export class WorkspaceMasker {
  private cache: MadeMasker | undefined;

  constructor(private readonly documents: () => AnalyzedDocument[]) {}

  /** The masker for the documents as they are now. */
  current(): SecretMasker {
    const docs = this.documents();
    const cached = this.cache;
    if (cached && sameRevisions(cached.revisions, docs)) return cached.masker;
    // An edit that leaves every document's secrets as they were (most edits) keeps the masker it had.
    const secrets = docs.map((d) => documentSecrets(d));
    const unchanged = cached && cached.secrets.length === secrets.length && cached.secrets.every((list, i) => sameItems(list, secrets[i]));
    const masker = unchanged ? cached.masker : new SecretMasker(secrets.flat());
    this.cache = { revisions: docs.map((doc) => doc.revision), secrets, masker };
    return masker;
  }

  /**
   * Marks the documents' secrets a document per piece, then makes the masker: `step(budgetMs)` returns true when
   * nothing is left. The lists stay with each document revision, so a job cut short by a change loses nothing.
   */
  prepare(): { step(budgetMs: number): boolean } {
    const docs = this.documents();
    let next = 0;
    return {
      step: (budgetMs: number): boolean => {
        const started = performance.now();
        while (next < docs.length) {
          documentSecrets(docs[next++]);
          if (next < docs.length && performance.now() - started >= budgetMs) return false;
        }
        this.current();
        return true;
      },
    };
  }
}

/** Whether `docs` are the documents of these revisions (a revision number is given to one document object only). */
function sameRevisions(revisions: readonly number[], docs: readonly AnalyzedDocument[]): boolean {
  return revisions.length === docs.length && docs.every((doc, i) => doc.revision === revisions[i]);
}
