// Variables the dialplan may read without defining them: Asterisk's channel variables and the ones VICIdial sets
// at run time (call_log AGI) or writes into extensions-vicidial.conf itself.

export type VariableSource = "asterisk" | "vicidial-runtime" | "vicidial-generated";

export interface VariableInfo {
  name: string;
  source: VariableSource;
  summary: string;
  /** Matches a family of names (ARG1, ARG2 ...). */
  pattern?: RegExp;
}

const v = (name: string, summary: string, source: VariableSource = "asterisk", pattern?: RegExp): VariableInfo => ({ name, source, summary, pattern });

export const CHANNEL_VARIABLES: VariableInfo[] = [
  v("EXTEN", "The extension being run: the dialed number as it reached this context. `${EXTEN:n}` drops the first n characters."),
  v("CONTEXT", "The current context."),
  v("PRIORITY", "The current priority."),
  v("CHANNEL", "The current channel's name (also a function: CHANNEL(item))."),
  v("UNIQUEID", "The call's unique identifier."),
  v("LINKEDID", "Identifier shared by every channel of the same call."),
  v("CALLERID", "Function: CALLERID(num), CALLERID(name), CALLERID(all), CALLERID(ani) ... reads or sets the caller ID."),
  v("DIALSTATUS", "Set by Dial: ANSWER, BUSY, NOANSWER, CANCEL, CONGESTION, CHANUNAVAIL, DONTCALL, TORTURE, INVALIDARGS."),
  v("DIALEDTIME", "Set by Dial: seconds from dialing to hang-up."),
  v("ANSWEREDTIME", "Set by Dial: seconds the answered call lasted."),
  v("DIALEDPEERNAME", "Set by Dial: the channel that answered."),
  v("DIALEDPEERNUMBER", "Set by Dial: the number that answered."),
  v("HANGUPCAUSE", "The Q.850 cause of the hang-up (16 normal, 17 busy, 19 no answer, 34 congestion ...)."),
  v("ARG", "Gosub/Macro arguments ARG1, ARG2 ...", "asterisk", /^ARG\d+$/),
  v("GOSUB_RETVAL", "Value handed back by Return()."),
  v("AGISTATUS", "Set by AGI: SUCCESS, FAILURE, NOTFOUND or HANGUP."),
  v("SYSTEMSTATUS", "Set by System()."),
  v("TRYSTATUS", "Set by TryExec()."),
  v("AVAILCHAN", "Set by ChanIsAvail()."),
  v("AVAILORIGCHAN", "Set by ChanIsAvail()."),
  v("AVAILSTATUS", "Set by ChanIsAvail()."),
  v("AVAILCAUSECODE", "Set by ChanIsAvail()."),
  v("PLAYBACKSTATUS", "Set by Playback()."),
  v("READSTATUS", "Set by Read()."),
  v("RECORD_STATUS", "Set by Record()."),
  v("VMSTATUS", "Set by VoiceMail()."),
  v("QUEUESTATUS", "Set by Queue()."),
  v("AMDSTATUS", "Set by AMD(): MACHINE, HUMAN, NOTSURE or HANGUP."),
  v("AMDCAUSE", "Set by AMD(): why it decided."),
  v("EPOCH", "The current time in seconds since 1970."),
  v("DATETIME", "The current date and time."),
  v("TIMESTAMP", "The current date and time, compact."),
  v("INVALID_EXTEN", "The extension that was dialed when the call reached `i`."),
  v("MACRO_EXTEN", "The extension that called the current macro (app_macro)."),
  v("MACRO_CONTEXT", "The context that called the current macro (app_macro)."),
  v("MACRO_PRIORITY", "The priority that called the current macro (app_macro)."),
  v("BLINDTRANSFER", "Set on a channel that was blind-transferred."),
  v("ATTENDEDTRANSFER", "Set on a channel that was attended-transferred."),
  v("TRANSFER_CONTEXT", "Context used for transfers."),
  v("BRIDGEPEER", "The channel bridged with this one."),
  v("FORWARD_CONTEXT", "Context for call forwards."),
  v("MIXMONITOR_FILENAME", "File MixMonitor records to."),
  v("SIPCALLID", "chan_sip: the SIP Call-ID."),
  v("SIPDOMAIN", "chan_sip: the domain of the incoming call."),
  v("SIPURI", "chan_sip: the URI of the incoming call."),
  v("SIPUSERAGENT", "chan_sip: the caller's user agent."),
  v("EXCEPTION", "Function: details of the last RaiseException."),
  v("ENV", "Function: ENV(name) reads the Asterisk process environment."),
  v("LANGUAGE", "The channel language (use CHANNEL(language))."),
  v("ACCOUNTCODE", "The channel account code (use CHANNEL(accountcode))."),
  v("CDR", "Function: CDR(field) reads the call detail record."),
  v("DB_RESULT", "Set by the DB_DELETE() function: the value it deleted."),
  v("RECORDED_FILE", "Set by Record(): the file it wrote."),
  v("PRIVACYMGRSTATUS", "Set by PrivacyManager(): SUCCESS or FAILED."),
  v("MEETMESECS", "Set by MeetMe(): seconds the caller spent in the conference."),
  v("CAMPDTO", "VICIdial: the campaign's dial timeout, set by the call_log AGI for manual and three-way calls (empty otherwise, and Dial then waits for the far end).", "vicidial-runtime"),
  v("CAMPCUST", "VICIdial: the campaign ID, set by the call_log AGI.", "vicidial-runtime"),
  v("LCRTRUNK", "VICIdial: the cheapest carrier for the number's NPANXX, set by agi-LCR-Route.agi. Left unchanged when no rate matches, so give it a default in [globals].", "vicidial-runtime"),
  v("TRUNKloop", "VICIdial: the IAX2 loop back into this server (written into extensions-vicidial.conf's globals).", "vicidial-generated"),
  v("TRUNKblind", "VICIdial: the IAX2 loop used for blind monitoring (generated globals).", "vicidial-generated"),
  v("TRUNKplay", "VICIdial: the IAX2 loop used to play audio (generated globals).", "vicidial-generated"),
  v("TRUNK", "VICIdial: TRUNK<server_id>, the IAX2 link to another VICIdial server (generated globals).", "vicidial-generated", /^TRUNK[A-Za-z0-9_]+$/),
];

const EXACT = new Map(CHANNEL_VARIABLES.filter((x) => !x.pattern).map((x) => [x.name, x]));
/** The families, in table order (the dialplan's own names are tried against these only, not the whole table). */
const FAMILIES = CHANNEL_VARIABLES.filter((x) => x.pattern);

/** The known variable a name refers to (exact names first, then families such as ARGn, TRUNK<server>). */
export function knownVariable(name: string): VariableInfo | undefined {
  return EXACT.get(name) ?? FAMILIES.find((x) => x.pattern!.test(name));
}

/** An AGI script whose effect on channel variables is known: it sets these and nothing else. */
export interface KnownAgi {
  /** Matched against the AGI's first argument (script or agi:// URL). */
  script: RegExp;
  description: string;
  sets: string[];
}

export const KNOWN_AGI_SCRIPTS: KnownAgi[] = [
  { script: /(^|\/)(agi-)?call_log/i, description: "VICIdial's call_log (FastAGI on port 4577 or agi-call_log.agi): logs the call", sets: ["CAMPDTO", "CAMPCUST"] },
  { script: /agi-LCR-Route\.agi/i, description: "VICIdial's least-cost routing", sets: ["LCRTRUNK"] },
  { script: /agi-TILTX_SHAKEN\.agi/i, description: "VICIdial's STIR/SHAKEN signing", sets: [] },
];

/** The known script an AGI argument names, if any (others may set any variable at all). */
export function knownAgi(argument: string): KnownAgi | undefined {
  const text = argument.trim();
  return KNOWN_AGI_SCRIPTS.find((agi) => agi.script.test(text));
}
