// The secret index of a document revision: every secret text its conf tree (or its record's fields) holds, found once
// per revision and, for a conf file edited where no secret changed, carried over from the previous revision. The
// masker every output goes through is made of these lists (LanguageService.mask).
import { registerSecrets, uriSecrets } from "./model/credential-spans";
import type { ConfTree } from "./parse/conf-syntax";
import { atOffsets, isSecretKey, lineSecretTexts } from "./secrets";

/** The few fields of a document the secret index reads: the conf trees, and the raw fields of a record. */
export interface SecretSource {
  text: string;
  conf?: ConfTree;
  fieldTrees: Map<string, ConfTree>;
  record?: { fields: Map<string, { name: string; value: string }> };
}

const documentSecretCache = new WeakMap<SecretSource, string[]>();

/**
 * The secret texts of a whole conf tree, in order, once per tree (`ConfTree.secretList`): the previous tree's list
 * when the lines a re-parse made anew hold the same secrets as the lines they replace, else from every line.
 */
function treeSecretList(text: string, tree: ConfTree): readonly string[] {
  if (tree.secretList) return tree.secretList;
  const found = (tree.lineSecrets ??= []);
  const replaced = tree.replacedSecrets;
  tree.replacedSecrets = undefined;
  if (replaced && sameSecretsAs(replaced.old, replaced.from, replaced.to, (i) => (found[i] ??= lineSecretTexts(text, tree.lines[i])))) {
    return (tree.secretList = replaced.list);
  }
  const secrets = new Set<string>();
  const ats = atOffsets(text);
  let nextAt = 0;
  for (let i = 0; i < tree.lines.length; i++) {
    const line = tree.lines[i].line;
    while (nextAt < ats.length && ats[nextAt] < line.start) nextAt++;
    for (const secret of (found[i] ??= lineSecretTexts(text, tree.lines[i], nextAt < ats.length && ats[nextAt] < line.end))) secrets.add(secret);
  }
  return (tree.secretList = [...secrets]);
}

/** Whether lines [from, to) (their secrets from `secretsOf`) hold the same secret texts, in order, as `old`. */
function sameSecretsAs(old: readonly (readonly string[] | undefined)[], from: number, to: number, secretsOf: (line: number) => readonly string[]): boolean {
  const before = old.flatMap((entry) => entry ?? []);
  const now: string[] = [];
  for (let i = from; i < to; i++) now.push(...secretsOf(i));
  return before.length === now.length && before.every((secret, i) => secret === now[i]);
}

/**
 * The secret texts of one document revision, found once: the marked spans of its conf tree (or of its record's conf
 * fields), the values Asterisk keeps of them (`\;` unescaped), and credentials in the other record fields.
 */
export function documentSecrets(doc: SecretSource): string[] {
  const cached = documentSecretCache.get(doc);
  if (cached) return cached;
  const secrets = new Set<string>();
  const add = (list: string[]) => {
    for (const s of list) if (s.trim().length > 0) secrets.add(s.trim());
  };
  if (doc.conf) {
    // A conf file: its tree's list (carried over from the previous text when an edit changed no secret).
    const list = treeSecretList(doc.text, doc.conf);
    documentSecretCache.set(doc, list as string[]);
    return list as string[];
  }
  for (const tree of doc.fieldTrees.values()) {
    const found = (tree.lineSecrets ??= []);
    tree.lines.forEach((line, i) => {
      for (const secret of (found[i] ??= lineSecretTexts(doc.text, line))) secrets.add(secret);
    });
  }
  for (const field of doc.record?.fields.values() ?? []) {
    // VICIdial writes the registration string as it is: with or without `register =>`, it is a register line.
    if (field.name === "registration_string") {
      for (const line of field.value.split(/\r?\n/)) add(registerSecrets(line.replace(/^\s*register\s*=?>?\s*/i, "")));
    }
    if (doc.fieldTrees.has(field.name)) continue;
    add(isSecretKey(field.name) ? [field.value] : uriSecrets(field.value));
  }
  const result = [...secrets];
  documentSecretCache.set(doc, result);
  return result;
}
