// A small workspace made of what files read of each other (globals defined in another extensions file and in
// carriers' globals strings, peers and register lines of sip.conf and iax.conf, carriers sharing a server, a conf
// template, an #include, jumps into another file's contexts), and one-line edits that change those reads: for the random-edit test (incremental.test.ts), which
// compares a long-lived service with a fresh one after every edit.

const carrier = (id: string, server: string, peer: string, extra: string[] = []) =>
  [
    `carrier_id: ${id}`,
    "protocol: SIP",
    `server_ip: ${server}`,
    "active: Y",
    ...extra,
    `globals_string: TRUNKX = SIP/${peer}`,
    "[[account_entry]]",
    `[${peer}]`,
    "type=peer",
    "host=192.0.2.3",
    "context=trunkinbound",
    "[[dialplan_entry]]",
    `exten => _8${id.length}NXXNXXXXXX,1,AGI(agi://127.0.0.1:4577/call_log)`,
    `exten => _8${id.length}NXXNXXXXXX,n,Dial(\${TRUNKX}/\${EXTEN:2},,To)`,
    `exten => _8${id.length}NXXNXXXXXX,n,Hangup()`,
  ].join("\n") + "\n";

/** File name -> text. */
export const CROSS_FILE: Record<string, string> = {
  "extensions.conf": [
    "[globals]",
    "OUT=SIP/carrier_a",
    "SHARED=SIP/carrier_b",
    "[from-internal]",
    "exten => _9X.,1,Dial(${OUT}/${EXTEN:1},30,To)",
    "exten => _8X.,1,Dial(${TRUNKX}/${EXTEN:1},30,T)",
    "exten => _7X.,1,Dial(SIP/phone1/${EXTEN:1},30)",
    "exten => _6X.,1,Goto(from-extra,s,1)",
    "exten => _5X.,1,Dial(${EXTRA}/${EXTEN:1})",
    "same => n,Dial(${SHARED}/${EXTEN:1},,o)",
    "same => n,Hangup()",
    "[vicidial-auto-external]",
    "exten => _4X.,1,Dial(SIP/carrier_b/${EXTEN:1},,T)",
    "exten => _3X.,1,Dial(SIP/phone1/${EXTEN:1},,T)",
  ].join("\n") + "\n",
  "extensions_extra.conf": ["[globals]", "EXTRA=SIP/carrier_a", "OUT=SIP/carrier_b", "[from-extra]", "exten => s,1,NoOp(extra)", "same => n,Goto(from-internal,_9X.,1)"].join("\n") + "\n",
  "sip.conf": [
    "[general]",
    "register => user_a:pw_a@carrier_a",
    "[carrier_a]",
    "type=peer",
    "host=192.0.2.1",
    "[carrier_b]",
    "type=peer",
    "host=192.0.2.2",
    "[phone1]",
    "type=friend",
    "host=dynamic",
    "context=from-internal",
  ].join("\n") + "\n",
  "GA.carrier": carrier("GA", "10.0.0.5", "ga"),
  "GBB.carrier": carrier("GBB", "10.0.0.5", "gbb"),
};

/**
 * The same with more for the files to read: a conf template and register lines in a carrier, iax.conf, an #include
 * and contexts other files jump into. (Kept apart: each edit sequence reaches different cases, and the lean workspace
 * is the one seen to catch a kept clash of two carriers' globals.)
 */
export const CROSS_FILE_MORE: Record<string, string> = {
  ...CROSS_FILE,
  "extensions.conf": CROSS_FILE["extensions.conf"].replace(
    "[from-internal]\n",
    "#include extensions_inc.conf\n[from-internal]\nexten => _2X.,1,Goto(from-inc,${EXTEN},1)\nexten => _1X.,1,Dial(IAX2/iaxpeer/${EXTEN:1})\n",
  ),
  "extensions_inc.conf": ["[from-inc]", "exten => _2X.,1,NoOp(inc)", "same => n,Dial(SIP/carrier_a/${EXTEN},,To)", "[trunkinbound]", "exten => _X.,1,Goto(from-internal,${EXTEN},1)"].join("\n") + "\n",
  "iax.conf": ["[general]", "register => iaxuser:pw_iax@192.0.2.40", "[iaxpeer]", "type=friend", "host=192.0.2.40", "context=trunkinbound"].join("\n") + "\n",
  "ULAW.conftemplate": ["template_id: ULAW", "template_name: U", "[[template_contents]]", "disallow=all", "allow=ulaw", "context=trunkinbound", "insecure=port,invite"].join("\n") + "\n",
  "GA.carrier": carrier("GA", "10.0.0.5", "ga", ["template_id: ULAW", "registration_string: register => ga_user:pw_ga@192.0.2.3"]),
};

/** Line edits that change what one file reads of another, each with the lines it applies to. */
export const CROSS_FILE_EDITS: { lines: RegExp; edit: (line: string) => string | undefined }[] = [
  { lines: /^server_ip:/, edit: (line) => (line.includes("10.0.0.5") ? "server_ip: 10.0.0.6" : line.includes("10.0.0.6") ? "server_ip: 0.0.0.0" : "server_ip: 10.0.0.5") },
  { lines: /^active:/, edit: (line) => (line.endsWith("Y") ? "active: N" : "active: Y") },
  { lines: /^(globals_string: )?[A-Z]+\s*=/, edit: (line) => line.replace(/SIP\//, "PJSIP/").replace(/carrier_b|TRUNKX = SIP/, (m) => (m === "carrier_b" ? "carrier_c" : m)) },
  { lines: /^(globals_string: )?[A-Z]+\s*=/, edit: (line) => line.replace(/([A-Z]+)(\s*=)/, (_m, name: string, eq: string) => (name.endsWith("Y") ? name.slice(0, -1) : name + "Y") + eq) },
  { lines: /^(globals_string: )?[A-Z]+\s*=/, edit: (line) => line.replace(/=\s*\S+/, (m) => (m.includes("SPI/") ? m.replace("SPI/", "SIP/") : m.replace(/SIP\//, "SPI/"))) },
  { lines: /^host=/, edit: (line) => (line === "host=dynamic" ? "host=192.0.2.9" : "host=dynamic") },
  { lines: /^\[(carrier_|phone|ga|gbb|from-)/, edit: (line) => (line.includes("z]") ? line.replace("z]", "]") : line.replace("]", "z]")) },
  { lines: /^register/, edit: (line) => (line.startsWith(";") ? line.slice(1) : ";" + line) },
  { lines: /Dial\(/, edit: (line) => (line.includes(",To)") ? line.replace(",To)", ",T)") : line.replace(/,T\)/, ",To)")) },
  { lines: /Goto\(/, edit: (line) => (line.includes("from-extra") ? line.replace("from-extra", "from-extrax") : line.replace("from-extrax", "from-extra")) },
  { lines: /^\[globals\]/, edit: () => "[globalz]" },
  { lines: /^\[globalz\]/, edit: () => "[globals]" },
  { lines: /^template_id:/, edit: (line) => (line.endsWith("ULAW") ? "template_id: ULAWX" : "template_id: ULAW") },
  { lines: /^registration_string:/, edit: (line) => (line.includes("@192.0.2.3") ? line.replace("@192.0.2.3", "@192.0.2.99") : line.replace("@192.0.2.99", "@192.0.2.3")) },
  { lines: /^;?#include/, edit: (line) => (line.startsWith(";") ? line.slice(1) : ";" + line) },
  { lines: /^allow=|^disallow=/, edit: (line) => (line.includes("ulaw") ? line.replace("ulaw", "alaw") : line.replace("alaw", "ulaw")) },
  { lines: /^context=/, edit: (line) => (line.endsWith("trunkinbound") ? line + "x" : line.replace(/x$/, "")) },
  { lines: /^\[(trunkinbound|iaxpeer|from-inc)/, edit: (line) => (line.includes("z]") ? line.replace("z]", "]") : line.replace("]", "z]")) },
  // Lines above move the lines below (same count: the re-parse keeps them).
  { lines: /^\[/, edit: (line) => (line.startsWith("[") && line.endsWith("]   ") ? line.trimEnd() : line + "   ") },
  // Lines added and removed: the lines below keep their nodes at new line numbers (undefined removes the line).
  { lines: /./, edit: (line) => line + "\n" },
  { lines: /^$/, edit: () => undefined },
];
