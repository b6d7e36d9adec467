// Register lines in every failing form, each carrying one distinctive password, for the no-leak tests of the
// register rules (test/rules/register/common.test.ts) and of the register hover (test/features/hover/).
import { LanguageService } from "../../../server/src/service/language-service";

export const PW = "S3cr3tPw";

/** True when a text shows the password or a piece of it. */
export const leaks = (text: string) => text.includes(PW) || text.includes("3tPw") || text.includes("S3cr");

const SIP_FORMS = [
  `register => u:${PW}`,
  `register => u:${PW}@`,
  `register => :${PW}@192.0.2.1`,
  `register => u:${PW}@192.0.2.1:abc`,
  `register => u:${PW}@192.0.2.1:50a60`,
  `register => u:${PW}@192.0.2.1:70000`,
  `register => foo://u:${PW}@192.0.2.1`,
  `register => u:${PW}@192.0.2.1~abc`,
  `register => u:${PW}@192.0.2.1~90s`,
  `register => us er:${PW}@192.0.2.1`,
  `register => u:S3cr 3tPw@192.0.2.1`,
  `register => u:${PW}@my host`,
  `register => u:${PW}@192.0.2.1/`,
  `register => udp:/u:${PW}@192.0.2.1`,
  `register => nosuch?u:${PW}@192.0.2.1`,
  `register => tcp://u:${PW}@192.0.2.1`,
  `register => u:${PW}:auth:x@192.0.2.1`,
  `register => u:${PW}:auth:@192.0.2.1`,
  `register => u:${PW}@192.0.2.1:5060`,
  `register => u:${PW}@192.0.2.1:5060`,
  `register => u:${PW}@${"h".repeat(260)}`,
];
const IAX_FORMS = [
  `register => u:${PW}`,
  `register => u:${PW}@`,
  `register => :${PW}@192.0.2.1`,
  `register => u:${PW}@192.0.2.1:abc`,
  `register => u:${PW}@192.0.2.1:70000`,
  `register => u:${PW}@192.0.2.1/1000~120`,
  `register => u@example.com:${PW}@192.0.2.1`,
  `register => u:S3cr@3tPw@192.0.2.1`,
  `register => tcp://u:${PW}@192.0.2.1`,
  `register => u:${PW}:auth@192.0.2.1`,
  `register => u:${PW} @ 192.0.2.1`,
];

function carrier(fields: Record<string, string>, account = "[trunk]\ntype=peer\nhost=192.0.2.1\n"): string {
  const head = { carrier_id: "TRUNK", protocol: "SIP", server_ip: "0.0.0.0", active: "Y", ...fields };
  return Object.entries(head).map(([k, v]) => `${k}: ${v}`).join("\n") + "\n\n[[account_entry]]\n" + account;
}

/** The files, by name: sip.conf, iax.conf and carriers with the password in every failing register form. */
export function secretFiles(): Record<string, string> {
  return {
    "sip.conf": "[general]\n" + SIP_FORMS.join("\n") + `\nregister u:${PW}@192.0.2.1\n[peer1]\ntype=peer\nregister => u:${PW}@192.0.2.9\n[general]\nregister => u:${PW}@192.0.2.8\n`,
    "iax.conf": "[general]\n" + IAX_FORMS.join("\n") + `\n[ipeer]\ntype=friend\nregister => u:${PW}@192.0.2.7\n`,
    "a.carrier": carrier({ carrier_id: "A", registration_string: `u:${PW}@192.0.2.1` }, `[a]\ntype=peer\nregister => u:${PW}@192.0.2.6\n`),
    "b.carrier": carrier({ carrier_id: "B", registration_string: `regsiter => u:${PW}@192.0.2.1` }),
    "c.carrier": carrier({ carrier_id: "C", registration_string: `register u:${PW}@192.0.2.1` }),
    "d.carrier": carrier({ carrier_id: "D", protocol: "PJSIP", registration_string: `register => u:${PW}@192.0.2.1` }, "[d]\ntype=endpoint\n"),
    "e.carrier": carrier({ carrier_id: "E", protocol: "IAX2", registration_string: `u:${PW}` }),
  };
}

/** A service holding the given files under /ws/. */
export function serviceOf(files: Record<string, string>): LanguageService {
  const service = new LanguageService();
  for (const [name, text] of Object.entries(files)) service.setDocument("/ws/" + name, text);
  return service;
}
