// The [general] key lists match P2 of ../shared/research/asterisk-behaviour-2.md (read from chan_sip.c and
// chan_iax2.c at 20.20.1; the file is parsed when the research folder is there), and the option tables that hovers
// and completion use document exactly those keys.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { IAX_GENERAL_KEYS, RETIRED_GENERAL_KEYS, SIP_GENERAL_KEY_GROUPS, generalKeys } from "../../server/src/service/knowledge/options/general-keys";
import { findOption, optionNames } from "../../server/src/service/knowledge/options/index";

const ROOT = path.resolve(__dirname, "../../..");
const CANDIDATES = [path.resolve(process.cwd(), "../shared/research"), path.resolve(ROOT, "../shared/research")];
const RESEARCH = CANDIDATES.map((dir) => path.join(dir, "asterisk-behaviour-2.md")).find((file) => fs.existsSync(file));

/** The names listed after `* **<label>...:**` up to the first sentence end, parentheticals removed. */
function listAfter(text: string, label: string): string[] {
  const line = text.split("\n").find((l) => l.startsWith(`* **${label}`));
  assert.ok(line, `no '${label}' line in P2`);
  const body = line.slice(line.indexOf(":**") + 3).replace(/\([^)]*\)/g, "").replace(/^[^:]*`jb`:/, "");
  return body.split(/\.(\s|$)/)[0].split(",").map((w) => w.trim()).filter((w) => w.length > 0);
}

test("chan_sip and chan_iax2 [general] keys are the P2 lists", (t) => {
  if (!RESEARCH) {
    t.skip(`no research file (looked in ${CANDIDATES.join(", ")})`);
    return;
  }
  const text = fs.readFileSync(RESEARCH, "utf8");
  const p2 = text.slice(text.indexOf("## P2"));
  const expect: [string, string][] = [["Direct chain", "direct"], ["handle_common_options", "common"], ["handle_t38_options", "t38"], ["ast_jb_read_conf", "jitterbuffer"], ["ast_rtp_dtls_cfg_parse", "dtls"], ["ast_tls_read_conf", "tls"]];
  for (const [label, group] of expect) assert.deepEqual([...SIP_GENERAL_KEY_GROUPS[group]].sort(), listAfter(p2, label).sort(), label);
  const iaxLine = p2.slice(p2.indexOf("### chan_iax2")).split("\n").find((l) => l.startsWith("accountcode"));
  assert.ok(iaxLine);
  assert.deepEqual([...IAX_GENERAL_KEYS].sort(), iaxLine.replace(/\.$/, "").split(",").map((w) => w.trim()).sort());
  for (const notKey of ["limitonpeer", "password", "foo"]) assert.ok(!generalKeys("sip", 20)?.has(notKey), notKey);
});

test("the lists have P2's sizes, and every key is documented for hovers (and nothing else is offered in [general])", () => {
  assert.equal(SIP_GENERAL_KEY_GROUPS.direct.length, 139);
  assert.equal(SIP_GENERAL_KEY_GROUPS.common.length, 24);
  assert.equal(IAX_GENERAL_KEYS.length, 57);
  for (const driver of ["sip", "iax"] as const) {
    const keys = generalKeys(driver, 20)!;
    // chan_iax2 reads a `type` line in [general]; it has no meaning there worth a hover.
    const undocumented = [...keys].filter((k) => !findOption(driver, "general", k).option && !(driver === "iax" && k === "type"));
    assert.deepEqual(undocumented, [], `${driver}: keys without docs`);
    const offered = optionNames(driver, "general").filter((n) => !keys.has(n.toLowerCase()));
    assert.deepEqual(offered, [], `${driver}: documented for [general] but not read there`);
    for (const retired of Object.keys(RETIRED_GENERAL_KEYS[driver])) assert.ok(!keys.has(retired), `${retired} is both read and retired`);
  }
  assert.equal(generalKeys("sip", 22), undefined);
});
