// A join's per-section shares cut in chunks of steps (StepJoin.chunkedShares): what a caller keeps per chunk (a set of
// the names its steps read ...) is worked out again, after an edit of one line of a context of thousands of steps, for
// the chunk of that line alone; the other chunks are the replaced context's arrays.

/** A section's share cut where its steps cross a multiple of CHUNK_STEPS (context step indexes), each piece with that number (`ids`), in order. */
export interface OriginChunks<T> {
  chunks: (readonly T[])[];
  ids: number[];
}

/** How many steps' items a chunk holds at most. */
const CHUNK_STEPS = 128;

/**
 * `items` (each made by the step `owners` gives, in order) cut where the step index crosses a multiple of
 * CHUNK_STEPS; a chunk holding the same items as `before`'s chunk of the same number is `before`'s array. Items with
 * no step noted are one chunk.
 */
export function chunked<T>(items: readonly T[], owners: readonly number[] | undefined, before: OriginChunks<T> | undefined): OriginChunks<T> {
  if (owners === undefined || items.length === 0) return { chunks: [items], ids: [0] };
  const result: OriginChunks<T> = { chunks: [], ids: [] };
  let at = 0;
  let previous = 0;
  for (let from = 0; from < items.length; ) {
    const id = Math.floor(owners[from] / CHUNK_STEPS);
    let to = from + 1;
    while (to < items.length && Math.floor(owners[to] / CHUNK_STEPS) === id) to++;
    // The replaced context's chunk of the same number, if it had one (its numbers are in order too).
    while (before !== undefined && previous < before.ids.length && before.ids[previous] < id) previous++;
    const old = before !== undefined && before.ids[previous] === id ? before.chunks[previous] : undefined;
    // A share of one chunk (most contexts are short) is its own array: no copy.
    result.chunks[at] = old !== undefined && sameRange(old, items, from, to) ? old : from === 0 && to === items.length ? items : items.slice(from, to);
    result.ids[at++] = id;
    from = to;
  }
  return result;
}

/** Whether `items[from, to)` are the items of `chunk`, in order. */
function sameRange<T>(chunk: readonly T[], items: readonly T[], from: number, to: number): boolean {
  if (chunk.length !== to - from) return false;
  for (let i = from; i < to; i++) if (chunk[i - from] !== items[i]) return false;
  return true;
}
