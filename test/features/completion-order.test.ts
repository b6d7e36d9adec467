// Completion order: after allow= the common codecs first (ulaw, alaw, g729, opus ...), `all` first after disallow=,
// the keys a section of its type needs before the tuning options, and sortText that keeps that order in the editor.
import { test } from "node:test";
import assert from "node:assert/strict";
import { LanguageService } from "../../server/src/service/language-service";

function completeAt(file: string, textWithCursor: string) {
  const offset = textWithCursor.indexOf("|");
  const service = new LanguageService();
  service.setDocument(`/ws/${file}`, textWithCursor.replace("|", ""));
  return service.completions(`/ws/${file}`, offset);
}

/** Labels in the order an editor shows them (by sortText). */
const shown = (items: { label: string; sortText?: string }[]) => [...items].sort((a, b) => (a.sortText ?? "").localeCompare(b.sortText ?? "")).map((i) => i.label);

test("after allow= the common codecs come first, in that order, and all comes last", () => {
  const labels = shown(completeAt("sip.conf", "[p]\ntype=peer\ndisallow=all\nallow=|\n"));
  assert.deepEqual(labels.slice(0, 4), ["ulaw", "alaw", "g729", "opus"]);
  assert.equal(labels.at(-1), "all");
  assert.ok(labels.indexOf("adpcm") > labels.indexOf("ilbc"), "a rare codec after the common ones");
  // After a comma too.
  assert.deepEqual(shown(completeAt("sip.conf", "[p]\ntype=peer\nallow=ulaw,|\n")).slice(0, 2), ["ulaw", "alaw"]);
});

test("after disallow= `all` comes first", () => {
  assert.equal(shown(completeAt("sip.conf", "[p]\ntype=peer\ndisallow=|\n"))[0], "all");
});

test("every item has a sortText that keeps the ranked order (editors sort by it, not by label)", () => {
  const items = completeAt("sip.conf", "[p]\ntype=peer\nallow=|\n");
  assert.ok(items.every((i) => typeof i.sortText === "string"));
  assert.deepEqual(shown(items), items.map((i) => i.label));
});

test("keys: a chan_sip peer offers type, host, context, disallow, allow before tuning options", () => {
  const labels = shown(completeAt("sip.conf", "[general]\ncontext=default\n[p]\n|\n")).map((l) => l.replace(/=$/, ""));
  const first = labels.slice(0, 5);
  assert.deepEqual(first, ["type", "host", "context", "disallow", "allow"]);
  assert.ok(labels.indexOf("secret") < labels.indexOf("rtptimeout"), "secret before rtptimeout");
});

test("keys: a PJSIP endpoint offers its essentials first, an aor its own", () => {
  const endpoint = shown(completeAt("pjsip.conf", "[trunk]\ntype=endpoint\n|\n")).map((l) => l.replace(/=$/, ""));
  assert.deepEqual(endpoint.slice(0, 6), ["type", "context", "disallow", "allow", "aors", "auth"]);
  const aor = shown(completeAt("pjsip.conf", "[trunk]\ntype=aor\n|\n")).map((l) => l.replace(/=$/, ""));
  assert.deepEqual(aor.slice(0, 2), ["type", "contact"]);
});
