// The option knowledge base: well-formed tables, lookups, suggestions, value checks, and coverage of every option the
// Asterisk 20 sample configs document.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import {
  ALL_TABLES,
  findOption,
  foreignOption,
  optionIn,
  optionNames,
  tableFor,
  type OptionDriver,
} from "../../server/src/service/knowledge/options/index";
import { checkValue } from "../../server/src/service/model/option-values";
import { closest } from "../../server/src/service/model/suggest";
import { renderOption, renderOptionValue } from "../../server/src/service/knowledge/render";
import { SIP_TO_PJSIP } from "../../server/src/service/knowledge/options/equivalents";

test("every option has a summary and a non-empty hover; no name (or alias) twice per table", () => {
  for (const table of ALL_TABLES) {
    assert.ok(table.summary.trim().length > 10, `${table.driver}/${table.object} has no summary`);
    const seen = new Set<string>();
    for (const option of table.options) {
      assert.ok(option.name.trim().length > 0, `${table.object}: empty option name`);
      assert.ok(option.summary.trim().length >= 10, `${table.object}/${option.name}: summary too short`);
      const markdown = renderOption(option, { title: table.title });
      assert.ok(markdown.includes(option.summary), `${table.object}/${option.name}: hover lacks the summary`);
      for (const name of [option.name, ...(option.aliases ?? [])]) {
        const lower = name.toLowerCase();
        assert.ok(!seen.has(lower), `${table.driver}/${table.object}: '${name}' listed twice`);
        seen.add(lower);
      }
    }
  }
});

test("every enum has values, each value once and explained", () => {
  for (const table of ALL_TABLES) {
    for (const option of table.options) {
      const type = option.type;
      if (type.kind !== "enum" && type.kind !== "list-of-enum") continue;
      assert.ok(type.values.length > 0, `${table.object}/${option.name}: enum without values`);
      const values = type.values.map((v) => v.value.toLowerCase());
      assert.equal(new Set(values).size, values.length, `${table.object}/${option.name}: a value listed twice`);
      for (const value of type.values) {
        assert.ok(value.summary.trim().length > 0, `${table.object}/${option.name}=${value.value}: no summary`);
        assert.ok(renderOptionValue(option, value, { title: table.title }).length > 0);
      }
    }
  }
});

test("deprecations name a replacement that exists (or explain themselves)", () => {
  for (const table of ALL_TABLES) {
    for (const option of table.options) {
      if (!option.deprecated) continue;
      assert.ok(option.deprecated.note.length > 10, `${option.name}: deprecation without a note`);
      const replacement = option.deprecated.replacement;
      if (replacement && /^[a-z0-9_-]+$/i.test(replacement)) {
        assert.ok(optionIn(table, replacement), `${table.object}/${option.name}: replacement '${replacement}' is not in the table`);
      }
    }
  }
});

test("chan_sip → PJSIP equivalents point at real options on both sides", () => {
  const sipPeer = tableFor("sip", "peer")!;
  for (const [sip, eq] of Object.entries(SIP_TO_PJSIP)) {
    assert.ok(optionIn(sipPeer, sip), `${sip} is not a chan_sip peer option`);
    if (eq.name) assert.ok(optionIn(tableFor("pjsip", eq.object)!, eq.name), `${eq.object}/${eq.name} does not exist`);
  }
});

test("lookups: peer, [general] (shared and general-only), PJSIP types, wizard prefixes", () => {
  assert.equal(findOption("sip", "peer", "Secret").option?.name, "secret");
  assert.equal(findOption("sip", "general", "dtmfmode").option?.name, "dtmfmode");
  assert.equal(findOption("sip", "general", "externip").option?.name, "externaddr");
  assert.equal(findOption("sip", "peer", "externip").option, undefined);
  assert.equal(findOption("sip", "peer", "bindport").option, undefined);
  assert.equal(findOption("pjsip", "aor", "contact").option?.name, "contact");
  assert.equal(findOption("pjsip", "endpoint", "contact").option, undefined);
  assert.equal(findOption("pjsip", undefined, "contact").option?.name, "contact");
  const wizard = findOption("pjsip_wizard", "wizard", "endpoint/dtmf_mode");
  assert.equal(wizard.option?.name, "dtmf_mode");
  assert.equal(wizard.prefix, "endpoint/");
  assert.equal(wizard.table?.object, "endpoint");
  assert.equal(findOption("pjsip_wizard", "wizard", "outbound_auth/username").table?.object, "auth");
  assert.ok(findOption("pjsip_wizard", "wizard", "phoneprov/MAC").option || findOption("pjsip_wizard", "wizard", "phoneprov/ANYVAR").open);
  assert.equal(findOption("pjsip", "inbound-publication", "event_presence").open, true);
  assert.equal(foreignOption("sip", "dtmf_mode")?.driver, "pjsip");
  assert.equal(foreignOption("pjsip", "dtmfmode")?.driver, "sip");
  assert.ok(optionNames("pjsip", "identify").includes("match"));
});

test("did you mean: typos find their option, unrelated words find nothing", () => {
  assert.equal(closest("secert", optionNames("sip", "peer")), "secret");
  assert.equal(closest("dtmfmod", optionNames("sip", "peer")), "dtmfmode");
  assert.equal(closest("dtmf-mode", optionNames("pjsip", "endpoint")), "dtmf_mode");
  assert.equal(closest("qualifyy", optionNames("sip", "peer")), "qualify");
  assert.equal(closest("zzzzzzzz", optionNames("sip", "peer")), undefined);
});

test("value checks follow the driver's parser", () => {
  const opt = (driver: OptionDriver, object: string, key: string) => findOption(driver, object, key).option!;
  assert.deepEqual(checkValue(opt("sip", "peer", "dtmfmode"), "rfc2833", "sip"), []);
  assert.equal(checkValue(opt("sip", "peer", "dtmfmode"), "foo", "sip")[0].kind, "not-in-set");
  assert.deepEqual(checkValue(opt("sip", "peer", "qualify"), "1500", "sip"), []);
  assert.equal(checkValue(opt("sip", "peer", "qualify"), "maybe", "sip")[0].kind, "not-in-set");
  assert.deepEqual(checkValue(opt("sip", "peer", "insecure"), "port,invite", "sip"), []);
  assert.deepEqual(checkValue(opt("sip", "peer", "insecure"), "no", "sip"), []);
  assert.equal(checkValue(opt("sip", "peer", "insecure"), "port, invite", "sip")[0].kind, "blank-in-list");
  assert.equal(checkValue(opt("sip", "peer", "insecure"), "very", "sip")[0].kind, "not-in-set");
  assert.deepEqual(checkValue(opt("sip", "peer", "nat"), "force_rport,comedia", "sip"), []);
  assert.equal(checkValue(opt("sip", "peer", "port"), "70000", "sip")[0].kind, "out-of-range");
  assert.equal(checkValue(opt("sip", "peer", "host"), "10.0.0.1:5070", "sip")[0].port, "5070");
  assert.deepEqual(checkValue(opt("sip", "peer", "host"), "dynamic", "sip"), []);
  assert.deepEqual(checkValue(opt("sip", "peer", "host"), "2001:db8::1", "sip"), []);
  assert.deepEqual(checkValue(opt("sip", "peer", "directmedia"), "nonat,update", "sip"), []);
  assert.deepEqual(checkValue(opt("sip", "peer", "trustrpid"), "On", "sip"), []);
  assert.equal(checkValue(opt("sip", "peer", "trustrpid"), "maybe", "sip")[0].kind, "not-bool");
  assert.deepEqual(checkValue(opt("pjsip", "endpoint", "identify_by"), "ip, username", "pjsip"), []);
  const rfc2833 = checkValue(opt("pjsip", "endpoint", "dtmf_mode"), "rfc2833", "pjsip")[0];
  assert.equal(rfc2833.effect, "rejects");
  assert.equal(rfc2833.replacement, "rfc4733");
  assert.equal(checkValue(opt("pjsip", "endpoint", "rtp_timeout"), "60s", "pjsip")[0].kind, "not-number");
  assert.deepEqual(checkValue(opt("pjsip", "aor", "qualify_timeout"), "3.0", "pjsip"), []);
  assert.equal(checkValue(opt("pjsip", "aor", "qualify_frequency"), "90000", "pjsip")[0].kind, "out-of-range");
});

// ---- coverage of the Asterisk 20 samples: every option they show, active or commented out, is in the tables ----

const SAMPLES = path.resolve(__dirname, "../../../../shared/corpus/asterisk-20-samples");

/** Words the harvester picks up from prose, and the one misspelling in the PJSIP sample. */
const NOT_OPTIONS: Record<string, string[]> = {
  "sip.conf.sample": ["Default"],
  "iax.conf.sample": ["Default"],
  // `exten` appears in a comment example; t38_bind_rtp_to_media_address is an erratum of the sample: Asterisk
  // registers t38_bind_udptl_to_media_address.
  "pjsip.conf.sample": ["exten", "t38_bind_rtp_to_media_address"],
  "pjsip_wizard.conf.sample": [],
};

interface Harvested {
  key: string;
  section?: string;
  type?: string;
}

/** `key=value` lines, commented or not, with the (commented) section and type they sit under. */
function harvest(file: string): Harvested[] {
  const result: Harvested[] = [];
  const types = new Map<string, string>();
  let section: string | undefined;
  let type: string | undefined;
  for (const line of fs.readFileSync(path.join(SAMPLES, file), "utf8").split("\n")) {
    const header = /^\s*;?\s*\[([^\]]+)\](?:\(([^)]*)\))?/.exec(line);
    if (header) {
      if (section && type) types.set(section, type);
      section = header[1];
      const bases = (header[2] ?? "").split(",").map((b) => b.trim());
      type = bases.map((b) => types.get(b)).find((t) => t);
      continue;
    }
    const option = /^\s*;?\s*([A-Za-z][\w./-]*)\s*(=>?|\+=)\s*([^;]*)/.exec(line);
    if (!option) continue;
    if (option[1].toLowerCase() === "type" && option[3].trim()) type = option[3].trim();
    result.push({ key: option[1], section, type });
  }
  return result;
}

test("every option the Asterisk 20 samples show is known to the tables", { skip: !fs.existsSync(SAMPLES) && "sample corpus not present" }, () => {
  const missing: string[] = [];
  for (const [file, driver] of [["sip.conf.sample", "sip"], ["iax.conf.sample", "iax"], ["pjsip.conf.sample", "pjsip"], ["pjsip_wizard.conf.sample", "pjsip_wizard"]] as [string, OptionDriver][]) {
    for (const { key, section, type } of harvest(file)) {
      if (NOT_OPTIONS[file].includes(key)) continue;
      let known: boolean;
      if (driver === "sip" || driver === "iax") known = !!(findOption(driver, "peer", key).option || findOption(driver, "general", key).option);
      else if (driver === "pjsip") {
        const object = [type, section].map((t) => t?.toLowerCase()).find((t) => t && tableFor("pjsip", t));
        const found = findOption("pjsip", object, key);
        known = !!(found.option || found.open);
      } else {
        const found = findOption("pjsip_wizard", "wizard", key);
        known = !!(found.option || found.open);
      }
      if (!known) missing.push(`${file}: ${key} (in [${section ?? ""}])`);
    }
  }
  assert.deepEqual([...new Set(missing)], []);
});
