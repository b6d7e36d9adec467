// What the server sends after a round (lsp/publishing.ts): a document's diagnostics only when they differ from the
// ones last sent, and, while its findings list and the revisions of every document they point into are the same,
// without converting them again.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Publisher } from "../../server/src/lsp/publishing";
import type { ServerContext } from "../../server/src/lsp/context";
import type { AnalyzedDocument } from "../../server/src/service/model/analyzed-document";
import type { Finding } from "../../server/src/service/rules/types";
import { LineIndex } from "../../server/src/service/text/span";

const A = "file:///ws/a.conf";
const B = "file:///ws/b.conf";

/** A context with documents A (open) and B, counting the line indexes asked per uri and the diagnostics sent. */
function fakeContext() {
  const texts = new Map([
    [A, "[a]\ntype=peer\n"],
    [B, "[b]\ntype=peer\n"],
  ]);
  let revision = 0;
  const revisions = new Map<string, AnalyzedDocument>([...texts].map(([uri, text]) => [uri, { uri, text, revision: ++revision } as AnalyzedDocument]));
  const asked = new Map<string, number>();
  const sent: { uri: string; diagnostics: unknown[] }[] = [];
  const ctx = {
    documents: { get: (uri: string) => (uri === A ? {} : undefined) },
    indexOf: (uri: string) => {
      asked.set(uri, (asked.get(uri) ?? 0) + 1);
      return new LineIndex(texts.get(uri) ?? "");
    },
    service: { workspace: { document: (uri: string) => revisions.get(uri) } },
    generated: { serviceOf: () => undefined },
    connection: { sendDiagnostics: (params: { uri: string; diagnostics: unknown[] }) => void sent.push(params) },
  } as unknown as ServerContext;
  /** A new revision of B with the same text. */
  const touchB = () => revisions.set(B, { uri: B, text: texts.get(B)!, revision: ++revision } as AnalyzedDocument);
  return { ctx, asked, sent, touchB };
}

const finding: Finding = {
  code: "peer/x",
  uri: A,
  span: { start: 4, end: 8 },
  severity: "warning",
  message: "m",
  related: [{ uri: B, span: { start: 4, end: 8 }, message: "there" }],
};

test("the same findings over the same revisions are not converted or sent again; a new revision of a document they point into is converted, and sent only if it changed them", () => {
  const { ctx, asked, sent, touchB } = fakeContext();
  const publisher = new Publisher(ctx);
  const list = [finding];
  publisher.publish(A, new Map([[A, list]]));
  assert.equal(sent.length, 1);
  assert.equal(asked.get(B), 1, "the related place converted");
  publisher.publish(A, new Map([[A, list]]));
  assert.equal(sent.length, 1);
  assert.equal(asked.get(B), 1, "not converted again");
  // A new list of the same findings: converted, the same JSON, not sent.
  publisher.publish(A, new Map([[A, [finding]]]));
  assert.deepEqual([sent.length, asked.get(B)], [1, 2]);
  // The same list, a new revision of B (its lines may have moved): converted again.
  const now = [finding];
  publisher.publish(A, new Map([[A, now]]));
  touchB();
  publisher.publish(A, new Map([[A, now]]));
  assert.deepEqual([sent.length, asked.get(B)], [1, 4]);
  // Other findings: sent.
  publisher.publish(A, new Map([[A, []]]));
  assert.equal(sent.length, 2);
  assert.deepEqual(sent[1], { uri: A, diagnostics: [] });
  // Forgotten (settings changed, or closed and opened again): sent again.
  publisher.forget();
  publisher.publish(A, new Map([[A, []]]));
  assert.equal(sent.length, 3);
  // A document the editor does not have open is not published.
  publisher.publish(B, new Map([[B, []]]));
  assert.equal(sent.length, 3);
});
