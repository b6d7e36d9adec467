// package.json's contributions point at files that exist, with matching scope names, and never claim every .conf.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "../../..");
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
const contributes = manifest.contributes;
const exists = (file: string) => fs.existsSync(path.join(ROOT, file));

test("the extension entry point and the CLI point into dist/", () => {
  assert.equal(manifest.main, "./dist/client.js");
  assert.equal(manifest.bin["vicidial-lint"], "./dist/cli.js");
  for (const id of ["asterisk", "vicidial-carrier", "vicidial-template"]) assert.ok(manifest.activationEvents.includes(`onLanguage:${id}`), id);
});

test("languages, grammars and snippets reference files that exist", () => {
  const ids = contributes.languages.map((l: { id: string }) => l.id);
  assert.deepEqual(ids, ["asterisk", "vicidial-carrier", "vicidial-template"]);
  for (const language of contributes.languages) assert.ok(exists(language.configuration), `${language.id}: ${language.configuration}`);
  for (const grammar of contributes.grammars) {
    assert.ok(ids.includes(grammar.language), grammar.language);
    assert.ok(exists(grammar.path), grammar.path);
    assert.equal(JSON.parse(fs.readFileSync(path.join(ROOT, grammar.path), "utf8")).scopeName, grammar.scopeName, grammar.path);
  }
  for (const snippet of contributes.snippets) {
    assert.ok(ids.includes(snippet.language), snippet.language);
    assert.ok(exists(snippet.path), snippet.path);
  }
});

test("the asterisk language claims only Asterisk's conf names, never every .conf", () => {
  const asterisk = contributes.languages.find((l: { id: string }) => l.id === "asterisk");
  assert.ok(!(asterisk.extensions ?? []).includes(".conf"));
  for (const pattern of asterisk.filenamePatterns as string[]) {
    assert.ok(!/^(\*\*\/)?\*\.conf(\.sample)?$/.test(pattern), `too broad: ${pattern}`);
  }
});

test("settings: severity per rule code, file associations, Asterisk version", () => {
  const properties = contributes.configuration.properties;
  const severity = properties["vicidialCarriers.severity"];
  assert.equal(severity.type, "object");
  assert.deepEqual(severity.additionalProperties.enum, ["error", "warning", "information", "hint", "off"]);
  assert.deepEqual(properties["vicidialCarriers.fileAssociations"].additionalProperties.enum, [
    "sip", "iax", "pjsip", "pjsip_wizard", "extensions", "generic", "carrier", "template",
  ]);
  const version = properties["vicidialCarriers.asteriskVersion"];
  assert.deepEqual(version.enum, [16, 18, 20, 22, null]);
  // Unset, the project's .vicidial-lint.json (or 18) decides: the editor only overrides what the user set.
  assert.equal(version.default, null);
});
