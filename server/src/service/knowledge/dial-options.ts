// Dial() option letters (app_dial), what each does, whether it takes `(arguments)`, and version limits:
// `M` (run a macro on the called channel) went away with app_macro in Asterisk 21.
import type { AsteriskVersion } from "../settings";

export interface DialOption {
  letter: string;
  summary: string;
  /** "required": useless without `(x)`; "optional": `(x)` may follow; absent: no argument. */
  argument?: "required" | "optional";
  /** How the argument is written, for hovers. */
  argumentForm?: string;
  removedIn?: number;
  /** Extra words for VICIdial users. */
  note?: string;
}

const opt = (letter: string, summary: string, extra: Partial<DialOption> = {}): DialOption => ({ letter, summary, ...extra });

export const DIAL_OPTIONS: DialOption[] = [
  opt("A", "Plays an announcement to the called party when it answers (and, with `:y`, another one to the caller).", { argument: "required", argumentForm: "A(x[:y])" }),
  opt("a", "Answers the caller as soon as the called party answers, instead of waiting for the bridge."),
  opt("b", "Runs a Gosub on each new outbound channel before it is dialed.", { argument: "required", argumentForm: "b([[context^]exten^]priority[(args)])" }),
  opt("B", "Runs a Gosub on the caller's channel before dialing.", { argument: "required", argumentForm: "B([[context^]exten^]priority[(args)])" }),
  opt("C", "Resets the call's CDR."),
  opt("c", "Marks a cancelled call as answered elsewhere (HANGUPCAUSE)."),
  opt("d", "Lets the caller dial a one-digit extension (in the current context) to leave while it rings."),
  opt("D", "Sends DTMF digits after the called party answers, before the bridge: to the called side, the caller, and on progress.", { argument: "required", argumentForm: "D([called][:calling[:progress]])" }),
  opt("E", "Echoes MF/SF digits back (used with D)."),
  opt("e", "Runs the called party's `h` extension when the call ends."),
  opt("f", "Forces the caller ID on forwarded calls.", { argument: "optional", argumentForm: "f[(x)]" }),
  opt("F", "When the caller hangs up, sends the called party on to a dialplan location (or the next priority).", { argument: "optional", argumentForm: "F([[context^]exten^]priority)" }),
  opt("g", "Continues the dialplan after the called party hangs up (without it, the caller is hung up too)."),
  opt("G", "On answer, sends the caller to a priority and the called party to the next one.", { argument: "required", argumentForm: "G([[context^]exten^]priority)" }),
  opt("h", "Lets the called party hang up with the features.conf disconnect code."),
  opt("H", "Lets the caller hang up with the features.conf disconnect code."),
  opt("i", "Ignores call-forward requests from the called side."),
  opt("I", "Ignores connected-line and redirecting updates."),
  opt("j", "Keeps the caller's initial stream topology."),
  opt("k", "Lets the called party park the call with the features.conf parking code."),
  opt("K", "Lets the caller park the call with the features.conf parking code."),
  opt("L", "Limits the call to x milliseconds, warning y ms before the end and every z ms.", { argument: "required", argumentForm: "L(x[:y[:z]])" }),
  opt("m", "Plays music on hold to the caller instead of ringing.", { argument: "optional", argumentForm: "m[(class)]" }),
  opt("M", "Runs a macro on the called channel before connecting it (app_macro).", { argument: "required", argumentForm: "M(macro[^arg[^...]])", removedIn: 21 }),
  opt("n", "Screening/privacy: does not save the introduction recording.", { argument: "optional", argumentForm: "n[(delete)]" }),
  opt("N", "Screening: skips screening when the caller ID is present."),
  opt("o", "Keeps the caller's original caller ID on the outbound leg.", {
    argument: "optional",
    argumentForm: "o[(x)]",
    note: "VICIdial puts its call identifier in the caller-ID name; the sample dialplan calls this flag very important for outbound calls, and the carrier examples all use `To`.",
  }),
  opt("O", "DAHDI operator services mode.", { argument: "optional", argumentForm: "O[(mode)]" }),
  opt("p", "Screening mode (privacy without memory)."),
  opt("P", "Privacy mode, with an optional database family.", { argument: "optional", argumentForm: "P[(x)]" }),
  opt("Q", "Hangup cause sent to the channels that did not answer.", { argument: "required", argumentForm: "Q(cause)" }),
  opt("r", "Plays fake ringing to the caller; no early media is passed until answer.", { argument: "optional", argumentForm: "r[(tone)]" }),
  opt("R", "Plays fake ringing, but passes early media once it arrives."),
  opt("S", "Hangs up x seconds after the called party answers.", { argument: "required", argumentForm: "S(x)" }),
  opt("s", "Forces the caller-ID tag on the outbound channel.", { argument: "required", argumentForm: "s(x)" }),
  opt("t", "Lets the called party transfer with the features.conf transfer codes."),
  opt("T", "Lets the caller transfer with the features.conf transfer codes (VICIdial's usual `To`)."),
  opt("U", "Runs a Gosub on the called channel after it answers, before the bridge.", { argument: "required", argumentForm: "U(x[^arg[^...]])" }),
  opt("u", "Caller-ID presentation for forwarded calls (with f).", { argument: "required", argumentForm: "u(x)" }),
  opt("w", "Lets the called party start one-touch Monitor recording."),
  opt("W", "Lets the caller start one-touch Monitor recording."),
  opt("x", "Lets the called party start one-touch MixMonitor recording."),
  opt("X", "Lets the caller start one-touch MixMonitor recording."),
  opt("z", "Cancels Dial's timeout when the call is forwarded."),
];

const BY_LETTER = new Map(DIAL_OPTIONS.map((o) => [o.letter, o]));

export function dialOption(letter: string, version: AsteriskVersion): { option?: DialOption; removed?: boolean } {
  const option = BY_LETTER.get(letter);
  if (!option) return {};
  if (option.removedIn !== undefined && version >= option.removedIn) return { option, removed: true };
  return { option };
}

export function dialOptionsFor(version: AsteriskVersion): DialOption[] {
  return DIAL_OPTIONS.filter((o) => o.removedIn === undefined || version < o.removedIn);
}
