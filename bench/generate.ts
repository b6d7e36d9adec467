// Generated inputs for `npm run bench`: the 4,000-carrier workspace (76k lines), a workspace of carrier records, and
// one large extensions.conf shaped like the dialplans asterisklint checks.

/** Carriers in the generated workspace. */
export const CARRIERS = 4000;
/** Peers are split into include files of about this many lines, as large installs split sip.conf. */
export const CHUNK_LINES = 10_000;

export const id = (n: number) => `carrier${String(n).padStart(4, "0")}`;
const ip = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;

/** A peer of 13 lines (12 and a blank line); with its register line in [general] a carrier takes 14 lines of sip.conf. */
export function peer(n: number): string[] {
  return [
    `[${id(n)}]`,
    "type=peer",
    `host=${ip(n + 1)}`,
    `defaultuser=user${n}`,
    `secret=CHANGE_ME_${n}`,
    "context=trunkinbound",
    "insecure=port,invite",
    "qualify=yes",
    "disallow=all",
    "allow=ulaw",
    "allow=alaw",
    "dtmfmode=rfc2833",
    "",
  ];
}

/** sip.conf ([general] with every register line, then #include of the peer files), the peer files, extensions.conf. */
export function generateWorkspace(): Map<string, string> {
  const files = new Map<string, string>();
  const general = ["[general]", "context=default", "allowguest=no", "bindport=5060", "bindaddr=0.0.0.0", "disallow=all", "allow=ulaw"];
  for (let n = 0; n < CARRIERS; n++) general.push(`register => user${n}:CHANGE_ME_${n}@${ip(n + 1)}:5060`);
  const peersPerChunk = Math.floor(CHUNK_LINES / 13);
  for (let chunk = 0; chunk * peersPerChunk < CARRIERS; chunk++) {
    const name = `sip-carriers-${String(chunk + 1).padStart(2, "0")}.conf`;
    general.push(`#include ${name}`);
    const lines: string[] = [];
    for (let n = chunk * peersPerChunk; n < Math.min(CARRIERS, (chunk + 1) * peersPerChunk); n++) lines.push(...peer(n));
    files.set(name, lines.join("\n"));
  }
  files.set("sip.conf", general.join("\n") + "\n");
  const globals = ["[general]", "static=yes", "writeprotect=no", "", "[globals]"];
  const routes = ["[vicidial-auto-external]"];
  for (let n = 0; n < CARRIERS; n++) {
    globals.push(`TRUNK${n} = SIP/${id(n)}`);
    // Dial prefix 6 + four digits picks the carrier; ${EXTEN:5} leaves 1 + the ten-digit number.
    const pattern = `_6${String(n).padStart(4, "0")}1NXXNXXXXXX`;
    routes.push(
      `exten => ${pattern},1,AGI(agi://127.0.0.1:4577/call_log)`,
      `exten => ${pattern},n,Dial(\${TRUNK${n}}/\${EXTEN:5},\${CAMPDTO},To)`,
      `exten => ${pattern},n,Hangup()`,
      "",
    );
  }
  files.set("extensions.conf", [...globals, "", ...routes].join("\n") + "\n");
  return files;
}

/** A VICIdial-side workspace: `count` carrier records (SIP with a registration, PJSIP with aor/identify/endpoint). */
export function generateCarrierWorkspace(count: number): Map<string, string> {
  const files = new Map<string, string>();
  files.set("sip.conf", "[general]\ncontext=default\n#include sip-vicidial.conf\n");
  files.set("pjsip.conf", '[transport-udp]\ntype=transport\nprotocol=udp\nbind=0.0.0.0:5060\n#include "pjsip-vicidial.conf"\n');
  files.set("extensions.conf", "[general]\nstatic=yes\n[globals]\n#include extensions-vicidial.conf\n[default]\ninclude => vicidial-auto\n");
  for (let n = 0; n < count; n++) {
    const carrier = `CARR${String(n).padStart(4, "0")}`;
    const pjsip = n % 2 === 1;
    const prefix = `7${String(n).padStart(4, "0")}`;
    const account = pjsip
      ? [`[${carrier}]`, "type=aor", `contact=sip:${ip(n + 1)}:5060`, "qualify_frequency=30", `[${carrier}]`, "type=identify", `endpoint=${carrier}`, `match=${ip(n + 1)}`, `[${carrier}]`, "type=endpoint", "context=trunkinbound", "disallow=all", "allow=ulaw", `aors=${carrier}`]
      : [`[${carrier}]`, "type=peer", `host=${ip(n + 1)}`, `defaultuser=user${n}`, `secret=CHANGE_ME_${n}`, "context=trunkinbound", "insecure=port,invite", "disallow=all", "allow=ulaw", "dtmfmode=rfc2833"];
    const dial = pjsip ? `PJSIP/\${EXTEN:5}@\${T${carrier}}` : `\${T${carrier}}/\${EXTEN:5}`;
    files.set(
      `${carrier.toLowerCase()}.carrier`,
      [
        `carrier_id: ${carrier}`,
        `carrier_name: Carrier ${n}`,
        `protocol: ${pjsip ? "PJSIP" : "SIP"}`,
        "server_ip: 0.0.0.0",
        "active: Y",
        "template_id: --NONE--",
        pjsip ? "" : `registration_string: register => user${n}:CHANGE_ME_${n}@${ip(n + 1)}:5060`,
        `globals_string: T${carrier} = ${pjsip ? carrier : `SIP/${carrier}`}`,
        "[[account_entry]]",
        ...account,
        "[[dialplan_entry]]",
        `exten => _${prefix}1NXXNXXXXXX,1,AGI(agi://127.0.0.1:4577/call_log)`,
        `exten => _${prefix}1NXXNXXXXXX,n,Dial(${dial},\${CAMPDTO},To)`,
        `exten => _${prefix}1NXXNXXXXXX,n,Hangup()`,
        "",
      ].join("\n"),
    );
  }
  return files;
}

/**
 * One extensions.conf of about `lines` lines, the shape asterisklint's dialplan-check reads: [general], [globals], then
 * contexts of inbound DIDs, outbound patterns with Dial/Goto/GoSub, a subroutine and includes between contexts.
 */
export function generateExtensionsConf(lines = 20_000): string {
  const out = ["[general]", "static=yes", "writeprotect=no", "clearglobalvars=no", "", "[globals]"];
  for (let n = 0; n < 200; n++) out.push(`TRUNK${n}=SIP/${id(n)}`);
  out.push("", "[sub-record]", "exten => s,1,NoOp(record ${ARG1})", " same => n,Set(CDR(userfield)=${ARG1})", " same => n,Return()", "");
  for (let ctx = 0; out.length < lines; ctx++) {
    out.push(`[inbound-${ctx}]`);
    for (let n = 0; n < 20; n++) {
      const did = `55501${String(ctx % 1000).padStart(3, "0")}${String(n).padStart(2, "0")}`;
      out.push(
        `exten => ${did},1,NoOp(DID ${did})`,
        " same => n,Gosub(sub-record,s,1(in))",
        ` same => n,Set(__CALLERID(name)=Customer ${n})`,
        ` same => n,Goto(outbound-${ctx},${100 + n},1)`,
      );
    }
    out.push("", `[outbound-${ctx}]`, `include => inbound-${ctx}`);
    for (let n = 0; n < 20; n++) {
      out.push(
        `exten => ${100 + n},1,Dial(SIP/${id(n)},30,tT)`,
        ` same => n,Hangup()`,
        `exten => _9${String(n).padStart(2, "0")}NXXNXXXXX,1,Set(CALLERID(num)=5550100)`,
        ` same => n,Dial(\${TRUNK${n}}/\${EXTEN:3},60)`,
        " same => n,Hangup()",
      );
    }
    out.push("exten => h,1,Hangup()", "");
  }
  return out.join("\n") + "\n";
}
