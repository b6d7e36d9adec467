// Channel strings as a Dial argument names them (`SIP/peer`, `IAX2/user:secret@host/exten`, `PJSIP/ext@endpoint`,
// `Local/exten@context`): the technology, the peer or host, and the password hidden before a value is shown.

export interface ChannelString {
  text: string;
  tech: string;
  resource: string;
  /** The peer/endpoint the channel goes through, when it names one (not a host or IP). */
  peer?: string;
  /** The number handed to the far end, when it can be told apart. */
  number?: string;
  /** Something wrong with the shape for this technology. */
  problem?: string;
}

function looksLikeHost(name: string): boolean {
  return /[.:]/.test(name) || /^\[/.test(name);
}

/** Splits one `Tech/resource` (no `&`) and checks its shape for SIP, IAX2 and PJSIP. */
export function parseChannel(text: string): ChannelString {
  const slash = text.indexOf("/");
  if (slash < 0) return { text, tech: "", resource: text, problem: "has no 'Tech/' part (expected e.g. SIP/peer/number)" };
  const tech = text.slice(0, slash);
  const resource = text.slice(slash + 1);
  const result: ChannelString = { text, tech, resource };
  const upper = tech.toUpperCase();
  if (resource.trim().length === 0) {
    result.problem = `names no resource after '${tech}/'`;
    return result;
  }
  if (upper === "SIP") {
    const inner = resource.indexOf("/");
    if (inner >= 0) {
      result.peer = resource.slice(0, inner);
      result.number = resource.slice(inner + 1);
      if (result.peer.includes("@")) result.peer = result.peer.slice(result.peer.lastIndexOf("@") + 1);
      if (result.peer.length === 0) result.problem = "has an empty peer name ('SIP//...')";
      else if (result.number.length === 0) result.problem = "ends with '/' but no number after it";
    } else if (resource.includes("@")) {
      const at = resource.lastIndexOf("@");
      result.number = resource.slice(0, at);
      result.peer = resource.slice(at + 1);
      if (result.peer.length === 0) result.problem = "has nothing after '@' (expected SIP/number@peer)";
    } else result.peer = resource;
    if (result.peer) result.peer = result.peer.replace(/:\d+$/, "");
  } else if (upper === "IAX2") {
    const parts = resource.split("/");
    let peer = parts[0];
    if (peer.includes("@")) peer = peer.slice(peer.lastIndexOf("@") + 1);
    result.peer = peer.replace(/:\d+$/, "");
    if (parts.length > 1) result.number = parts[1].split("@")[0];
    if (result.peer.length === 0) result.problem = "has an empty peer name (expected IAX2/peer/number)";
    else if (parts.length > 1 && parts[1].length === 0) result.problem = "ends with '/' but no number after it";
  } else if (upper === "PJSIP") {
    const inner = resource.indexOf("/");
    if (inner >= 0) {
      result.peer = resource.slice(0, inner);
      const rest = resource.slice(inner + 1);
      if (!/^sips?:/i.test(rest) && (!rest.startsWith("${") || rest.startsWith("${EXTEN"))) {
        result.problem = `puts '${maskChannelSecrets(rest)}' after a slash: PJSIP expects a SIP URI there (PJSIP/endpoint/sip:number@host); to dial a number through an endpoint write PJSIP/number@endpoint`;
      }
    } else if (resource.includes("@")) {
      const at = resource.lastIndexOf("@");
      result.number = resource.slice(0, at);
      result.peer = resource.slice(at + 1);
      if (result.peer.length === 0) result.problem = "has nothing after '@' (expected PJSIP/number@endpoint)";
    } else result.peer = resource;
  }
  if (result.peer !== undefined && (looksLikeHost(result.peer) || result.peer.includes("${"))) result.peer = undefined;
  return result;
}

/** Technologies Asterisk registers (case-insensitive); chan_sip is gone from 21 on. */
export const CHANNEL_TECHNOLOGIES = [
  "SIP",
  "PJSIP",
  "IAX2",
  "DAHDI",
  "Local",
  "Console",
  "Motif",
  "Skinny",
  "MGCP",
  "UNISTIM",
  "OOH323",
  "Multicast",
  "WebSocket",
  "AudioSocket",
  "ALSA",
  "Bridge",
  "Announcer",
  "Recorder",
  "CBAnn",
  "CBRec",
  "Surrogate",
  "Message",
  "Zap",
  "mISDN",
];

/** Hides the password of `Tech/user:secret@host` channel strings (IAX2 and SIP allow one) before showing a value. */
export function maskChannelSecrets(value: string): string {
  // `${EXTEN:1}@peer` is not `user:password@host`: variable references are held aside while passwords are masked.
  const held: string[] = [];
  let bare = value;
  for (let before = ""; before !== bare; ) {
    before = bare;
    bare = bare.replace(/\$\{[^{}]*\}/g, (m) => `\u0001${held.push(m) - 1}\u0002`);
  }
  let masked = bare.replace(/(\b[A-Za-z0-9]+\/[^/:@&\s,]*):([^@/&\s,]+)@/g, "$1:****@");
  for (let round = 0; round <= held.length && /\u0001\d+\u0002/.test(masked); round++) {
    masked = masked.replace(/\u0001(\d+)\u0002/g, (_m, i: string) => held[Number(i)] ?? "");
  }
  return masked;
}
