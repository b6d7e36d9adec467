// "Did you mean": the known name closest to a misspelt one (option keys, application names, codecs, peers).
import type { AsteriskVersion } from "../settings";
import { editDistance } from "../text/edit-distance";
import { applicationsFor } from "../knowledge/applications";
import { CODECS, CODEC_ALIASES, isCodecName, normaliseCodecName } from "../knowledge/codecs";

function squash(text: string): string {
  return text.toLowerCase().replace(/[_\-\s]/g, "");
}

/**
 * The one candidate closest to `word` (case-insensitive, `_`/`-`/blanks ignored), when it is close enough to be a
 * typo and no other candidate is as close. Used for option keys and type values.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.trim().toLowerCase();
  if (lower.length === 0) return undefined;
  const limit = lower.length <= 4 ? 1 : lower.length <= 9 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    if (c === lower) continue;
    const distance = squash(c) === squash(lower) ? 0.5 : editDistance(lower, c, limit);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance && best !== candidate) {
      tie = true;
    }
  }
  return best !== undefined && bestDistance <= limit && !tie ? best : undefined;
}

/** Edit distance where a swap of two neighbouring letters counts as one edit (Dail -> Dial), case-insensitive. */
function caseInsensitiveDistance(a: string, b: string, max?: number): number {
  return editDistance(a.toLowerCase(), b.toLowerCase(), max);
}

/** The first closest name in `names` within a small distance (ties go to the first), or undefined. */
export function closestName(name: string, names: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const limit = name.length <= 4 ? 1 : 2;
  for (const candidate of names) {
    const d = caseInsensitiveDistance(name, candidate, limit);
    if (d < bestDistance && d <= limit) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** A known application of this version that is probably what `name` meant. */
export function suggestApplication(name: string, version: AsteriskVersion): string | undefined {
  return closestName(name, applicationsFor(version).map((a) => a.name));
}

/**
 * Names to suggest for an unknown codec name, best first: the alias table, then a normalised match, then the
 * closest names by edit distance (at most 2 edits, and fewer than half the letters).
 */
export function suggestCodecs(name: string): string[] {
  const normal = normaliseCodecName(name);
  if (normal.length === 0) return [];
  const alias = CODEC_ALIASES[normal];
  if (alias) return [...alias];
  if (isCodecName(normal)) return [normal];
  const lower = name.trim().toLowerCase();
  let best = Number.POSITIVE_INFINITY;
  let found: string[] = [];
  const limit = Math.min(2, Math.floor((normal.length - 1) / 2));
  for (const codec of CODECS) {
    if (codec.name === "none") continue;
    const distance = Math.min(editDistance(lower, codec.name, limit), editDistance(normal, codec.name, limit));
    if (distance < best) {
      best = distance;
      found = [codec.name];
    } else if (distance === best) {
      found.push(codec.name);
    }
  }
  return best <= limit ? found.slice(0, 3) : [];
}
