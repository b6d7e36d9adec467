// Completion: every provider contributes items for the position; the adapter shows them all.
import type { Location } from "../locate";
import { codecCompletion } from "./codec-completion";
import { dialplanCompletion } from "./dialplan-completion";
import { optionCompletion } from "./option-completion";
import { recordValueCompletion } from "./record-value-completion";
import { referenceCompletion } from "./reference-completion";
import { templateCompletion } from "./template-completion";

import type { CompletionEntry, CompletionProvider } from "./types";
export type { CompletionEntry, CompletionKind, CompletionProvider } from "./types";

/** Providers; area modules add theirs here. */
export const COMPLETION_PROVIDERS: CompletionProvider[] = [codecCompletion, optionCompletion, dialplanCompletion, referenceCompletion, templateCompletion, recordValueCompletion];

export function complete(location: Location): CompletionEntry[] {
  const items: CompletionEntry[] = [];
  const seen = new Set<string>();
  for (const provider of COMPLETION_PROVIDERS) {
    for (const item of provider(location)) {
      const key = item.kind + ":" + item.label;
      if (seen.has(key)) continue;
      seen.add(key);
      items.push(item);
    }
  }
  return ranked(items);
}

/**
 * Option keys a section of its kind needs, most needed first (only the keys the section's object takes are offered,
 * so one list serves every driver): what makes a peer or PJSIP object work comes before the tuning options.
 */
const ESSENTIAL_KEYS = [
  "type", "host", "remote_hosts", "context", "disallow", "allow", "defaultuser", "username", "secret", "password", "auth_type",
  "aors", "auth", "outbound_auth", "transport", "contact", "endpoint", "match", "server_uri", "client_uri", "protocol", "bind",
  "sends_auth", "sends_registrations", "accepts_auth", "endpoint/context", "endpoint/disallow", "endpoint/allow",
  "outbound_auth/username", "outbound_auth/password", "dtmfmode", "dtmf_mode", "insecure", "qualify", "qualify_frequency",
  "nat", "directmedia", "direct_media", "fromuser", "from_user", "fromdomain", "from_domain", "max_contacts",
];
const KEY_RANK = new Map(ESSENTIAL_KEYS.map((key, i) => [key, i]));

/** Essential keys first (in ESSENTIAL_KEYS order), everything else in the order the providers gave; numbered for the editor. */
function ranked(items: CompletionEntry[]): CompletionEntry[] {
  const rank = (item: CompletionEntry) => (item.kind === "key" ? (KEY_RANK.get(item.label.toLowerCase()) ?? ESSENTIAL_KEYS.length) : ESSENTIAL_KEYS.length);
  const order = items.map((item, i) => ({ item, i, rank: rank(item) })).sort((a, b) => a.rank - b.rank || a.i - b.i);
  const width = String(order.length).length;
  return order.map(({ item }, i) => ({ ...item, sortText: item.sortText ?? String(i).padStart(width, "0") }));
}
