// Codec knowledge: every format name Asterisk registers (main/codec_builtin.c), what each means for a carrier,
// and the spellings people use by mistake (g711u, pcma, g729a ...) mapped to the name Asterisk expects.
import { lookupTable } from "../util/lookup-table";
import type { CodecInfo, KnowledgeEntry } from "./types";

/** Every valid `allow=`/`disallow=` format name, in Asterisk's registration order (the order `all` adds them). */
export const CODECS: readonly CodecInfo[] = [
  {
    name: "codec2",
    kind: "audio",
    rate: 8000,
    summary: "Codec 2: an open-source, very low bit-rate voice codec (2.4 kbit/s) built for radio links.",
    notes: "Practically never offered by SIP carriers; intelligibility is clearly below telephone quality.",
  },
  {
    name: "g723",
    kind: "audio",
    rate: 8000,
    summary: "G.723.1: a narrowband codec at 5.3 or 6.3 kbit/s from the early VoIP days.",
    notes:
      "Asterisk only passes it through: there is no built-in G.723.1 translator, so a call between a g723-only leg and " +
      "anything else has no audio. The old spelling `g723.1` is not accepted; write `g723`.",
  },
  {
    name: "ulaw",
    kind: "audio",
    rate: 8000,
    summary: "G.711 µ-law: uncompressed telephone audio at 64 kbit/s, the standard in North America and Japan.",
    notes:
      "About 87 kbit/s per call and direction on the wire with IP/UDP/RTP overhead. Every US carrier supports it, no " +
      "licence is needed, and it is the safest first choice for a VICIdial trunk (recordings and answering-machine " +
      "detection work best with it). Converting to or from alaw is cheap.",
  },
  {
    name: "alaw",
    kind: "audio",
    rate: 8000,
    summary: "G.711 A-law: uncompressed telephone audio at 64 kbit/s, the standard in Europe and most of the world.",
    notes:
      "Same bandwidth and quality as ulaw (about 87 kbit/s on the wire). International carriers often prefer it; " +
      "Asterisk converts between alaw and ulaw cheaply.",
  },
  {
    name: "gsm",
    kind: "audio",
    rate: 8000,
    summary: "GSM 06.10 full rate: a 13 kbit/s compressed codec, free of licences.",
    notes: "Part of chan_sip's default list, but rarely offered by carriers today; audio quality is noticeably lower than G.711.",
  },
  {
    name: "g726",
    kind: "audio",
    rate: 8000,
    summary: "G.726 ADPCM at 32 kbit/s, with the bit order of RFC 3551.",
    notes: "Halves the bandwidth of G.711 with modest loss; seldom offered by carriers. See also `g726aal2`.",
  },
  {
    name: "g726aal2",
    kind: "audio",
    rate: 8000,
    summary: "G.726 at 32 kbit/s with the AAL2 bit packing some older devices expect.",
    notes: "Only use it when the far end explicitly asks for AAL2 packing; otherwise use `g726`.",
  },
  {
    name: "adpcm",
    kind: "audio",
    rate: 8000,
    summary: "Dialogic/IMA ADPCM at 32 kbit/s.",
    notes: "Mostly used for files and legacy IAX links, not for SIP carriers.",
  },
  ...[
    ["slin", 8000],
    ["slin12", 12000],
    ["slin16", 16000],
    ["slin24", 24000],
    ["slin32", 32000],
    ["slin44", 44100],
    ["slin48", 48000],
    ["slin96", 96000],
    ["slin192", 192000],
  ].map(
    ([name, rate]): CodecInfo => ({
      name: name as string,
      kind: "audio",
      rate: rate as number,
      summary: `Signed linear 16-bit PCM sampled at ${(rate as number) / 1000} kHz: raw, uncompressed audio.`,
      notes: "Asterisk's internal working format. It uses a lot of bandwidth and carriers do not offer it on trunks.",
    }),
  ),
  {
    name: "lpc10",
    kind: "audio",
    rate: 8000,
    summary: "LPC-10: a 2.4 kbit/s vocoder with robotic-sounding audio.",
    notes: "Not suitable for call-center traffic; no carrier offers it.",
  },
  {
    name: "g729",
    kind: "audio",
    rate: 8000,
    summary: "G.729 (Annex A compatible): 8 kbit/s compressed voice, popular on wholesale trunks to save bandwidth.",
    notes:
      "About 31 kbit/s per call and direction on the wire. Its patents have expired, but Asterisk ships no G.729 " +
      "translator: it can pass g729 through, while any call that must be converted (for a recording, a g711 phone or " +
      "music on hold) needs an add-on codec_g729 module. Write `g729`, not `g729a`/`g729ab`.",
  },
  {
    name: "speex",
    kind: "audio",
    rate: 8000,
    summary: "Speex narrowband (8 kHz): an open, variable bit-rate codec, now superseded by Opus.",
    notes: "Rarely offered by carriers.",
  },
  {
    name: "speex16",
    kind: "audio",
    rate: 16000,
    summary: "Speex wideband (16 kHz).",
    notes: "Rarely offered by carriers; Opus replaced it.",
  },
  {
    name: "speex32",
    kind: "audio",
    rate: 32000,
    summary: "Speex ultra-wideband (32 kHz).",
    notes: "Rarely offered by carriers; Opus replaced it.",
  },
  {
    name: "ilbc",
    kind: "audio",
    rate: 8000,
    summary: "iLBC: a royalty-free 13.3/15.2 kbit/s codec that copes well with packet loss.",
    notes: "Translation is built into Asterisk. Occasionally used on lossy links; few carriers offer it.",
  },
  {
    name: "g722",
    kind: "audio",
    rate: 16000,
    summary: "G.722: wideband (\"HD voice\") audio at 64 kbit/s, sampled at 16 kHz.",
    notes:
      "Same bandwidth as G.711 but clearer. Common on desk phones; calls to the public telephone network are narrowband " +
      "anyway, so carriers seldom offer it.",
  },
  {
    name: "siren7",
    kind: "audio",
    rate: 16000,
    summary: "Siren7 / G.722.1: wideband audio at 24–32 kbit/s.",
    notes: "Asterisk passes it through only (no built-in translator); licensed by Polycom. Not a carrier codec.",
  },
  {
    name: "siren14",
    kind: "audio",
    rate: 32000,
    summary: "Siren14 / G.722.1 Annex C: super-wideband audio at 24–48 kbit/s.",
    notes: "Pass-through only, licensed by Polycom. Not a carrier codec.",
  },
  {
    name: "g719",
    kind: "audio",
    rate: 48000,
    summary: "G.719: full-band audio for conferencing.",
    notes: "Pass-through only; not a carrier codec.",
  },
  {
    name: "opus",
    kind: "audio",
    rate: 48000,
    summary: "Opus: a modern, open codec that adapts from narrowband to full-band (about 6–510 kbit/s).",
    notes:
      "The WebRTC codec. Asterisk knows the name and can pass it through; converting it needs the separate codec_opus " +
      "module. Few PSTN carriers offer it.",
  },
  {
    name: "jpeg",
    kind: "image",
    summary: "JPEG still images, sent inside a call by a handful of old video phones.",
    notes: "Irrelevant for carrier trunks.",
  },
  {
    name: "png",
    kind: "image",
    summary: "PNG still images inside a call.",
    notes: "Irrelevant for carrier trunks.",
  },
  {
    name: "h261",
    kind: "video",
    summary: "H.261 video (very old).",
    notes: "Video is not used on carrier trunks.",
  },
  {
    name: "h263",
    kind: "video",
    summary: "H.263 video.",
    notes:
      "Part of chan_sip's default list, but only offered when `videosupport=yes`; carriers carry no video, so it does " +
      "not help a trunk.",
  },
  {
    name: "h263p",
    kind: "video",
    summary: "H.263+ (H.263-1998) video.",
    notes: "Video is not used on carrier trunks.",
  },
  {
    name: "h264",
    kind: "video",
    summary: "H.264 (AVC) video.",
    notes: "Asterisk passes video through and cannot transcode it. Not used on carrier trunks.",
  },
  {
    name: "h265",
    kind: "video",
    summary: "H.265 (HEVC) video.",
    notes: "Pass-through only; not used on carrier trunks.",
  },
  {
    name: "mpeg4",
    kind: "video",
    summary: "MPEG-4 Part 2 video.",
    notes: "Pass-through only; not used on carrier trunks.",
  },
  {
    name: "vp8",
    kind: "video",
    summary: "VP8 video (WebRTC).",
    notes: "Pass-through only; not used on carrier trunks.",
  },
  {
    name: "vp9",
    kind: "video",
    summary: "VP9 video (WebRTC).",
    notes: "Pass-through only; not used on carrier trunks.",
  },
  {
    name: "red",
    kind: "text",
    summary: "RED: redundant packets (RFC 2198) for real-time text.",
    notes: "Only meaningful together with t140; irrelevant for carrier trunks.",
  },
  {
    name: "t140",
    kind: "text",
    summary: "T.140 real-time text, typed characters sent during a call.",
    notes: "Irrelevant for carrier trunks.",
  },
  {
    name: "t38",
    kind: "image",
    summary: "T.38: fax over IP.",
    notes:
      "Listing it in `allow=` does not switch fax on: chan_sip uses `t38pt_udptl=yes`, PJSIP uses `t38_udptl=yes`, and " +
      "the carrier must support T.38 as well.",
  },
  {
    name: "silk8",
    kind: "audio",
    rate: 8000,
    summary: "SILK (Skype's codec) at 8 kHz.",
    notes: "Needs the separately downloaded codec_silk module to transcode; no carrier offers it.",
  },
  {
    name: "silk12",
    kind: "audio",
    rate: 12000,
    summary: "SILK at 12 kHz.",
    notes: "Needs the separate codec_silk module; no carrier offers it.",
  },
  {
    name: "silk16",
    kind: "audio",
    rate: 16000,
    summary: "SILK at 16 kHz.",
    notes: "Needs the separate codec_silk module; no carrier offers it.",
  },
  {
    name: "silk24",
    kind: "audio",
    rate: 24000,
    summary: "SILK at 24 kHz.",
    notes: "Needs the separate codec_silk module; no carrier offers it.",
  },
  {
    name: "none",
    kind: "other",
    summary: "An internal placeholder format meaning \"no media\".",
    notes: "Asterisk accepts the name, but allowing it never gives a call any audio. It is not part of `all`.",
  },
];

/** The keyword `all`: every known format at once. */
export const ALL_KEYWORD: KnowledgeEntry = {
  name: "all",
  summary: "Every format Asterisk knows. `disallow=all` empties the list; `allow=all` adds every format not yet listed.",
  detail:
    "The usual pattern is `disallow=all` first and then one `allow=` per codec in order of preference. Lines are " +
    "applied top to bottom, so a `disallow=all` after the `allow=` lines throws them away.",
  example: "disallow=all\nallow=ulaw\nallow=alaw",
};

/** chan_sip's built-in codec list, used when `[general]` sets none. */
export const CHAN_SIP_DEFAULT_CODECS: readonly string[] = ["ulaw", "alaw", "gsm", "h263"];

/**
 * Common misspellings and other names → the Asterisk name(s). Keys are compared after `normaliseCodecName`
 * (lower case, without blanks, dots, dashes and underscores). Several targets: the first is the usual choice.
 */
export const CODEC_ALIASES: Record<string, string[]> = lookupTable({
  g711: ["ulaw", "alaw"],
  g711u: ["ulaw"],
  g711ulaw: ["ulaw"],
  g711mulaw: ["ulaw"],
  g711mu: ["ulaw"],
  pcmu: ["ulaw"],
  mulaw: ["ulaw"],
  µlaw: ["ulaw"],
  μlaw: ["ulaw"],
  ulaw8: ["ulaw"],
  g711a: ["alaw"],
  g711alaw: ["alaw"],
  pcma: ["alaw"],
  g7231: ["g723"],
  g7231a: ["g723"],
  g729a: ["g729"],
  g729b: ["g729"],
  g729ab: ["g729"],
  g729annexa: ["g729"],
  g729annexb: ["g729"],
  g7221: ["siren7"],
  g7221c: ["siren14"],
  g72632: ["g726"],
  gsm610: ["gsm"],
  gsmfr: ["gsm"],
  slin8: ["slin"],
  slinear: ["slin"],
  linear: ["slin"],
  l16: ["slin"],
  pcm: ["slin"],
  speex8: ["speex"],
  h263plus: ["h263p"],
  "h263+": ["h263p"],
  h2631998: ["h263p"],
  hevc: ["h265"],
  avc: ["h264"],
  fax: ["t38"],
});

/** Formats people ask for that Asterisk's core does not have: no suggestion, only an explanation. */
const NOT_BUILT_IN: Record<string, string> = lookupTable({
  amr: "AMR is not built into Asterisk (only third-party modules provide it).",
  amrwb: "AMR-WB is not built into Asterisk (only third-party modules provide it).",
  evs: "EVS is not built into Asterisk.",
  g728: "G.728 is not supported by Asterisk.",
  g729e: "G.729 Annex E is not supported; Asterisk only knows `g729`.",
  isac: "iSAC is not supported by Asterisk.",
});

const BY_NAME = new Map(CODECS.map((c) => [c.name, c]));

/** Lower case, without blanks, dots, dashes and underscores: `G.711-U` → `g711u`. */
export function normaliseCodecName(text: string): string {
  return text.toLowerCase().replace(/[\s._-]+/g, "");
}

/** The codec with this exact name (case-insensitive, as Asterisk looks it up). */
export function findCodec(name: string): CodecInfo | undefined {
  return BY_NAME.get(name.toLowerCase());
}

export function isCodecName(name: string): boolean {
  return BY_NAME.has(name.toLowerCase());
}

/** Every format `allow=all` adds, in order (`none` is not one of them). */
export const ALL_CODEC_NAMES: readonly string[] = CODECS.filter((c) => c.name !== "none").map((c) => c.name);

/** Whether the format carries call audio. */
export function isAudioCodec(name: string): boolean {
  return findCodec(name)?.kind === "audio";
}

/** Whether a list holds an audio format (stops at the first: `allow=all` lists every format). */
export function hasAudio(codecs: readonly string[]): boolean {
  return codecs.some(isAudioCodec);
}

/** Why a known-impossible name cannot work, if it is one of those. */
export function notBuiltInReason(name: string): string | undefined {
  return NOT_BUILT_IN[normaliseCodecName(name)];
}

/** Other names people write for a codec (which Asterisk does not accept). */
export function misspellingsOf(name: string): string[] {
  return Object.entries(CODEC_ALIASES)
    .filter(([, targets]) => targets.length === 1 && targets[0] === name)
    .map(([alias]) => alias);
}

/** The two codec keys, explained for hovers. */
export const CODEC_KEYS: Record<"allow" | "disallow", KnowledgeEntry> = {
  allow: {
    name: "allow",
    summary: "Adds codecs to this peer's list, in order of preference (the first one is offered first).",
    detail:
      "Give one codec per line or a list separated by `,` or `|`. `!name` removes a codec instead, `name:20` also sets " +
      "the packetization in milliseconds, and `all` adds every format Asterisk knows. Lines apply top to bottom, after " +
      "the lines inherited from templates.",
    example: "disallow=all\nallow=ulaw\nallow=alaw",
  },
  disallow: {
    name: "disallow",
    summary: "Removes codecs from this peer's list; `disallow=all` empties it.",
    detail:
      "Put `disallow=all` first and the `allow=` lines after it: a `disallow=all` below an allow throws that allow away. " +
      "In VICIdial, a template's text is appended after the carrier's account entry, so a `disallow=all` in the " +
      "template also wipes the carrier's own allow lines.",
    example: "disallow=all\nallow=ulaw",
  },
};
