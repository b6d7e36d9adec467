// Which dialplan applications each Asterisk release registers, as data. Source: P1 of
// ../shared/research/asterisk-behaviour-2.md, read from `<application name=` in the sources of the tags below
// (16 → 215 applications, 18 → 224, 20 → 220, 22 → 200). A name missing here is in none of the four releases.
import type { AsteriskVersion } from "../settings";

export const APPLICATION_TABLE_SOURCE =
  "asterisk-behaviour-2.md (P1): `<application name=` in the sources of Asterisk 16.30.1, 18.26.4, 20.20.1 and 22.10.1";

/** The release each supported `asteriskVersion` was checked against. */
export const RELEASE_TAGS: Readonly<Record<AsteriskVersion, string>> = { 16: "16.30.1", 18: "18.26.4", 20: "20.20.1", 22: "22.10.1" };

export const CHECKED_VERSIONS: readonly AsteriskVersion[] = [16, 18, 20, 22];

export interface ApplicationRelease {
  name: string;
  /** The module whose documentation declares it (`apps/` and `.c` left out). */
  module: string;
  /** The checked releases that register it. */
  versions: readonly AsteriskVersion[];
  /**
   * The module's support notes as the table gives them: `dep` deprecated, `ext` extended support, `dep_in N` /
   * `rm_in N` deprecated / removed in N, `off` not built by default, `doc*` "deprecated" appears in its docs.
   */
  notes?: string;
}

/** [name, module, releases that have it, notes] — one row per application of the P1 table. */
const ROWS: [string, string, string, string?][] = [
  ["AddQueueMember", "app_queue", "16 18 20 22"],
  ["ADSIProg", "app_adsiprog", "16 18 20 22", "dep"],
  ["AELSub", "pbx/pbx_ael", "16 18 20 22", "ext"],
  ["AgentLogin", "app_agent_pool", "16 18 20 22"],
  ["AgentRequest", "app_agent_pool", "16 18 20 22"],
  ["AGI", "res/res_agi", "16 18 20 22"],
  ["AlarmReceiver", "app_alarmreceiver", "16 18 20 22", "ext"],
  ["AMD", "app_amd", "16 18 20 22", "ext"],
  ["Answer", "main/pbx_builtins", "16 18 20 22"],
  ["AttendedTransfer", "app_attended_transfer", "16 18 20 22", "ext"],
  ["AudioSocket", "app_audiosocket", "18 20 22", "ext"],
  ["Authenticate", "app_authenticate", "16 18 20 22"],
  ["BackGround", "main/pbx_builtins", "16 18 20 22"],
  ["BackgroundDetect", "app_talkdetect", "16 18 20 22"],
  ["BlindTransfer", "app_blind_transfer", "16 18 20 22", "ext"],
  ["Bridge", "main/features", "16 18 20 22"],
  ["BridgeAdd", "app_bridgeaddchan", "16 18 20 22"],
  ["BridgeWait", "app_bridgewait", "16 18 20 22"],
  ["Broadcast", "app_broadcast", "18 20 22", "ext"],
  ["Busy", "main/pbx_builtins", "16 18 20 22"],
  ["CallCompletionCancel", "main/ccss", "16 18 20 22"],
  ["CallCompletionRequest", "main/ccss", "16 18 20 22"],
  ["CELGenUserEvent", "app_celgenuserevent", "16 18 20 22"],
  ["ChangeMonitor", "res/res_monitor", "16 18 20", "16/18: dep,dep_in 16,rm_in 21; 20: dep,dep_in 16,rm_in 21,off"],
  ["ChanIsAvail", "app_chanisavail", "16 18 20 22", "ext"],
  ["ChannelRedirect", "app_channelredirect", "16 18 20 22"],
  ["ChanSpy", "app_chanspy", "16 18 20 22"],
  ["ClearHash", "funcs/func_strings", "16 18 20 22"],
  ["ConfBridge", "app_confbridge", "16 18 20 22"],
  ["ConfKick", "app_confbridge", "16 18 20 22"],
  ["Congestion", "main/pbx_builtins", "16 18 20 22"],
  ["ContinueWhile", "app_while", "16 18 20 22"],
  ["ControlPlayback", "app_controlplayback", "16 18 20 22"],
  ["DAHDIAcceptR2Call", "channels/chan_dahdi", "16 18 20 22"],
  ["DAHDIRAS", "app_dahdiras", "16 18", "dep,dep_in 16,rm_in 19"],
  ["DAHDIScan", "app_chanspy", "16 18 20 22"],
  ["DAHDISendCallreroutingFacility", "channels/chan_dahdi", "16 18 20 22"],
  ["DAHDISendKeypadFacility", "channels/chan_dahdi", "16 18 20 22"],
  ["DateTime", "app_sayunixtime", "16 18 20 22"],
  ["DBdeltree", "app_db", "16 18 20 22"],
  ["DeadAGI", "res/res_agi", "16 18 20 22", "doc*"],
  ["Dial", "app_dial", "16 18 20 22", "16/18/20: doc*"],
  ["Dictate", "app_dictate", "16 18 20 22", "ext"],
  ["Directory", "app_directory", "16 18 20 22"],
  ["DISA", "app_disa", "16 18 20 22"],
  ["DumpChan", "app_dumpchan", "16 18 20 22"],
  ["EAGI", "res/res_agi", "16 18 20 22"],
  ["Echo", "app_echo", "16 18 20 22"],
  ["Else", "app_if", "18 20 22", "ext"],
  ["ElseIf", "app_if", "18 20 22", "ext"],
  ["EndIf", "app_if", "18 20 22", "ext"],
  ["EndWhile", "app_while", "16 18 20 22"],
  ["Exec", "app_exec", "16 18 20 22"],
  ["ExecIf", "app_exec", "16 18 20 22"],
  ["ExecIfTime", "main/pbx_builtins", "16 18 20 22"],
  ["ExitIf", "app_if", "18 20 22", "ext"],
  ["ExitWhile", "app_while", "16 18 20 22"],
  ["ExtenSpy", "app_chanspy", "16 18 20 22"],
  ["ExternalIVR", "app_externalivr", "16 18 20 22", "ext"],
  ["Festival", "app_festival", "16 18 20 22", "ext"],
  ["Flash", "app_flash", "16 18 20 22"],
  ["FollowMe", "app_followme", "16 18 20 22"],
  ["ForkCDR", "app_forkcdr", "16 18 20 22"],
  ["GetCPEID", "app_getcpeid", "16 18 20 22", "dep"],
  ["Gosub", "app_stack", "16 18 20 22"],
  ["GosubIf", "app_stack", "16 18 20 22"],
  ["Goto", "main/pbx_builtins", "16 18 20 22"],
  ["GotoIf", "main/pbx_builtins", "16 18 20 22"],
  ["GotoIfTime", "main/pbx_builtins", "16 18 20 22"],
  ["Hangup", "main/pbx_builtins", "16 18 20 22"],
  ["HangupCauseClear", "funcs/func_hangupcause", "16 18 20 22"],
  ["IAX2Provision", "channels/chan_iax2", "16 18 20 22"],
  ["ICES", "app_ices", "16 18", "dep,dep_in 16,rm_in 19"],
  ["If", "app_if", "18 20 22", "ext"],
  ["ImportVar", "main/pbx_builtins", "16 18 20"],
  ["Incomplete", "main/pbx_builtins", "16 18 20 22"],
  ["IVRDemo", "app_ivrdemo", "16 18 20 22", "ext,off"],
  ["JabberJoin", "res/res_xmpp", "16 18 20 22"],
  ["JabberLeave", "res/res_xmpp", "16 18 20 22"],
  ["JabberSend", "res/res_xmpp", "16 18 20 22"],
  ["JabberSendGroup", "res/res_xmpp", "16 18 20 22"],
  ["JabberStatus", "res/res_xmpp", "16", "doc*"],
  ["JACK", "app_jack", "16 18 20 22", "ext"],
  ["Log", "app_verbose", "16 18 20 22"],
  ["Macro", "app_macro", "16 18 20", "dep,dep_in 16,rm_in 21,off"],
  ["MacroExclusive", "app_macro", "16 18 20", "dep,dep_in 16,rm_in 21,off"],
  ["MacroExit", "app_macro", "16 18 20", "dep,dep_in 16,rm_in 21,off"],
  ["MacroIf", "app_macro", "16 18 20", "dep,dep_in 16,rm_in 21,off"],
  ["MailboxExists", "app_voicemail", "16", "doc*"],
  ["MeetMe", "app_meetme", "16 18 20 22", "16/18: ext,dep_in 19,rm_in 21,off; 20/22: dep,dep_in 19,off"],
  ["MeetMeAdmin", "app_meetme", "16 18 20 22", "16/18: ext,dep_in 19,rm_in 21,off; 20/22: dep,dep_in 19,off"],
  ["MeetMeChannelAdmin", "app_meetme", "16 18 20 22", "16/18: ext,dep_in 19,rm_in 21,off; 20/22: dep,dep_in 19,off"],
  ["MeetMeCount", "app_meetme", "16 18 20 22", "16/18: ext,dep_in 19,rm_in 21,off; 20/22: dep,dep_in 19,off"],
  ["MessageSend", "main/message", "16 18 20 22"],
  ["Milliwatt", "app_milliwatt", "16 18 20 22"],
  ["MinivmAccMess", "app_minivm", "16 18 20 22", "ext"],
  ["MinivmDelete", "app_minivm", "16 18 20 22", "ext"],
  ["MinivmGreet", "app_minivm", "16 18 20 22", "ext"],
  ["MinivmMWI", "app_minivm", "16 18 20 22", "ext"],
  ["MinivmNotify", "app_minivm", "16 18 20 22", "ext"],
  ["MinivmRecord", "app_minivm", "16 18 20 22", "ext"],
  ["MixMonitor", "app_mixmonitor", "16 18 20 22"],
  ["Monitor", "res/res_monitor", "16 18 20", "16/18: dep,dep_in 16,rm_in 21; 20: dep,dep_in 16,rm_in 21,off"],
  ["Morsecode", "app_morsecode", "16 18 20 22", "ext"],
  ["MP3Player", "app_mp3", "16 18 20 22", "ext"],
  ["MSet", "main/pbx_variables", "16 18 20 22"],
  ["MusicOnHold", "res/res_musiconhold", "16 18 20 22"],
  ["NBScat", "app_nbscat", "16 18", "dep,dep_in 16,rm_in 19"],
  ["NoCDR", "app_cdr", "16 18 20", "doc*"],
  ["NoOp", "main/pbx_builtins", "16 18 20 22"],
  ["ODBC_Commit", "res/res_odbc_transaction", "16 18 20 22"],
  ["ODBC_Rollback", "res/res_odbc_transaction", "16 18 20 22"],
  ["ODBCFinish", "funcs/func_odbc", "16 18 20 22"],
  ["Originate", "app_originate", "16 18 20 22"],
  ["OSPAuth", "app_osplookup", "16 18 20", "16/18: ext,dep_in 19,rm_in 21; 20: dep,dep_in 19,rm_in 21,off"],
  ["OSPFinish", "app_osplookup", "16 18 20", "16/18: ext,dep_in 19,rm_in 21; 20: dep,dep_in 19,rm_in 21,off"],
  ["OSPLookup", "app_osplookup", "16 18 20", "16/18: ext,dep_in 19,rm_in 21; 20: dep,dep_in 19,rm_in 21,off"],
  ["OSPNext", "app_osplookup", "16 18 20", "16/18: ext,dep_in 19,rm_in 21; 20: dep,dep_in 19,rm_in 21,off"],
  ["Page", "app_page", "16 18 20 22"],
  ["Park", "res/parking/parking_applications", "16 18 20 22"],
  ["ParkAndAnnounce", "res/parking/parking_applications", "16 18 20 22"],
  ["ParkedCall", "res/parking/parking_applications", "16 18 20 22"],
  ["PauseMonitor", "res/res_monitor", "16 18 20", "16/18: dep,dep_in 16,rm_in 21; 20: dep,dep_in 16,rm_in 21,off"],
  ["PauseQueueMember", "app_queue", "16 18 20 22"],
  ["Pickup", "app_directed_pickup", "16 18 20 22"],
  ["PickupChan", "app_directed_pickup", "16 18 20 22"],
  ["PJSIPHangup", "channels/pjsip/dialplan_functions_doc.xml", "18 20 22"],
  ["PJSIPNotify", "channels/pjsip/dialplan_functions_doc.xml", "18 20 22"],
  ["Playback", "app_playback", "16 18 20 22"],
  ["PlayTones", "app_playtones", "16 18 20 22"],
  ["PrivacyManager", "app_privacy", "16 18 20 22"],
  ["Proceeding", "main/pbx_builtins", "16 18 20 22"],
  ["Progress", "main/pbx_builtins", "16 18 20 22"],
  ["Queue", "app_queue", "16 18 20 22", "16/18/20: doc*"],
  ["QueueLog", "app_queue", "16 18 20 22"],
  ["QueueUpdate", "app_queue", "16 18 20 22"],
  ["RaiseException", "main/pbx_builtins", "16 18 20 22"],
  ["Read", "app_read", "16 18 20 22"],
  ["ReadExten", "app_readexten", "16 18 20 22"],
  ["ReceiveFAX", "res/res_fax", "16 18 20 22"],
  ["ReceiveMF", "app_mf", "16 18 20 22", "ext"],
  ["ReceiveSF", "app_sf", "16 18 20 22", "ext"],
  ["ReceiveText", "app_sendtext", "16 18 20 22"],
  ["Record", "app_record", "16 18 20 22"],
  ["Reload", "app_reload", "16 18 20 22", "ext"],
  ["RemoveQueueMember", "app_queue", "16 18 20 22"],
  ["ResetCDR", "app_cdr", "16 18 20 22", "16/18/20: doc*"],
  ["RetryDial", "app_dial", "16 18 20 22"],
  ["Return", "app_stack", "16 18 20 22"],
  ["Ringing", "main/pbx_builtins", "16 18 20 22"],
  ["SayAlpha", "main/pbx_builtins", "16 18 20 22"],
  ["SayAlphaCase", "main/pbx_builtins", "16 18 20 22"],
  ["SayCountedAdj", "app_saycounted", "16 18 20 22", "ext,off"],
  ["SayCountedNoun", "app_saycounted", "16 18 20 22", "ext,off"],
  ["SayDigits", "main/pbx_builtins", "16 18 20 22"],
  ["SayMoney", "main/pbx_builtins", "16 18 20 22"],
  ["SayNumber", "main/pbx_builtins", "16 18 20 22"],
  ["SayOrdinal", "main/pbx_builtins", "16 18 20 22"],
  ["SayPhonetic", "main/pbx_builtins", "16 18 20 22"],
  ["SayUnixTime", "app_sayunixtime", "16 18 20 22"],
  ["SendDTMF", "app_senddtmf", "16 18 20 22"],
  ["SendFAX", "res/res_fax", "16 18 20 22"],
  ["SendImage", "app_image", "16 18", "dep,dep_in 16,rm_in 19"],
  ["SendMF", "app_mf", "16 18 20 22", "ext"],
  ["SendSF", "app_sf", "16 18 20 22", "ext"],
  ["SendText", "app_sendtext", "16 18 20 22"],
  ["SendURL", "app_url", "16 18", "dep,dep_in 16,rm_in 19"],
  ["Set", "main/pbx_variables", "16 18 20 22"],
  ["SetAMAFlags", "main/pbx_builtins", "16 18 20", "doc*"],
  ["Signal", "app_signal", "18 20 22", "ext"],
  ["SIPAddHeader", "channels/chan_sip", "16 18 20", "16: ext,dep_in 17,rm_in 21; 18: dep,dep_in 17,rm_in 21; 20: dep,dep_in 17,rm_in 21,off"],
  ["SIPDtmfMode", "channels/chan_sip", "16 18 20", "16: ext,dep_in 17,rm_in 21; 18: dep,dep_in 17,rm_in 21; 20: dep,dep_in 17,rm_in 21,off"],
  ["SIPRemoveHeader", "channels/chan_sip", "16 18 20", "16: ext,dep_in 17,rm_in 21; 18: dep,dep_in 17,rm_in 21; 20: dep,dep_in 17,rm_in 21,off"],
  ["SIPSendCustomINFO", "channels/chan_sip", "16 18 20", "16: ext,dep_in 17,rm_in 21; 18: dep,dep_in 17,rm_in 21; 20: dep,dep_in 17,rm_in 21,off"],
  ["SkelGuessNumber", "app_skel", "16 18 20 22", "off"],
  ["SLAStation", "app_meetme, app_sla", "16 18 20 22", "16/18: ext,dep_in 19,rm_in 21,off; 20: dep,dep_in 19,off; 22: ext"],
  ["SLATrunk", "app_meetme, app_sla", "16 18 20 22", "16/18: ext,dep_in 19,rm_in 21,off; 20: dep,dep_in 19,off; 22: ext"],
  ["SMS", "app_sms", "16 18 20 22", "ext,doc*"],
  ["SoftHangup", "app_softhangup", "16 18 20 22"],
  ["SpeechActivateGrammar", "app_speech_utils", "16 18 20 22"],
  ["SpeechBackground", "app_speech_utils", "16 18 20 22"],
  ["SpeechCreate", "app_speech_utils", "16 18 20 22"],
  ["SpeechDeactivateGrammar", "app_speech_utils", "16 18 20 22"],
  ["SpeechDestroy", "app_speech_utils", "16 18 20 22"],
  ["SpeechLoadGrammar", "app_speech_utils", "16 18 20 22"],
  ["SpeechProcessingSound", "app_speech_utils", "16 18 20 22"],
  ["SpeechStart", "app_speech_utils", "16 18 20 22"],
  ["SpeechUnloadGrammar", "app_speech_utils", "16 18 20 22"],
  ["StackPop", "app_stack", "16 18 20 22"],
  ["StartMusicOnHold", "res/res_musiconhold", "16 18 20 22"],
  ["Stasis", "app_stasis", "16 18 20 22"],
  ["StasisBroadcast", "app_stasis_broadcast", "20 22", "ext"],
  ["StatsD", "app_statsd", "16 18 20 22", "ext,off"],
  ["StopMixMonitor", "app_mixmonitor", "16 18 20 22"],
  ["StopMonitor", "res/res_monitor", "16 18 20", "16/18: dep,dep_in 16,rm_in 21; 20: dep,dep_in 16,rm_in 21,off"],
  ["StopMusicOnHold", "res/res_musiconhold", "16 18 20 22"],
  ["StopPlayTones", "app_playtones", "16 18 20 22"],
  ["StoreDTMF", "app_dtmfstore", "16 18 20 22", "ext"],
  ["StreamEcho", "app_stream_echo", "16 18 20 22"],
  ["System", "app_system", "16 18 20 22"],
  ["TestClient", "app_test", "16 18 20 22", "ext"],
  ["TestServer", "app_test", "16 18 20 22", "ext"],
  ["ToneScan", "res/res_tonedetect", "16 18 20 22", "ext"],
  ["Transfer", "app_transfer", "16 18 20 22"],
  ["TryExec", "app_exec", "16 18 20 22"],
  ["TrySystem", "app_system", "16 18 20 22"],
  ["UnpauseMonitor", "res/res_monitor", "16 18 20", "16/18: dep,dep_in 16,rm_in 21; 20: dep,dep_in 16,rm_in 21,off"],
  ["UnpauseQueueMember", "app_queue", "16 18 20 22"],
  ["UserEvent", "app_userevent", "16 18 20 22"],
  ["Verbose", "app_verbose", "16 18 20 22"],
  ["VMAuthenticate", "app_voicemail", "16 18 20 22"],
  ["VMSayName", "app_voicemail", "16 18 20 22"],
  ["VoiceMail", "app_voicemail", "16 18 20 22"],
  ["VoiceMailMain", "app_voicemail", "16 18 20 22"],
  ["VoiceMailPlayMsg", "app_voicemail", "16 18 20 22"],
  ["Wait", "main/pbx_builtins", "16 18 20 22"],
  ["WaitDigit", "main/pbx_builtins", "16 18 20 22"],
  ["WaitExten", "main/pbx_builtins", "16 18 20 22"],
  ["WaitForCondition", "app_waitforcond", "16 18 20 22", "ext"],
  ["WaitForNoise", "app_waitforsilence", "16 18 20 22", "ext"],
  ["WaitForRing", "app_waitforring", "16 18 20 22", "ext"],
  ["WaitForSignal", "app_signal", "18 20 22", "ext"],
  ["WaitForSilence", "app_waitforsilence", "16 18 20 22", "ext"],
  ["WaitForTone", "res/res_tonedetect", "16 18 20 22", "ext"],
  ["WaitUntil", "app_waituntil", "16 18 20 22"],
  ["While", "app_while", "16 18 20 22"],
  ["Zapateller", "app_zapateller", "16 18 20 22", "ext"],
];

export const APPLICATION_RELEASES: readonly ApplicationRelease[] = ROWS.map(([name, module, versions, notes]) => ({
  name,
  module,
  versions: versions.split(" ").map((v) => Number(v) as AsteriskVersion),
  notes,
}));

/**
 * Applications real configs still call that none of 16–22 has (so they are absent from the table above), with what
 * replaced them. Konference was never part of Asterisk (the add-on app_konference).
 */
export interface GoneApplication {
  name: string;
  /** When it left, in plain words. */
  gone: string;
  /** What to write instead. */
  instead: string;
  /** Provided by an add-on module outside Asterisk: an install may still have it. */
  addOn?: boolean;
}

export const GONE_APPLICATIONS: readonly GoneApplication[] = [
  { name: "SetMusicOnHold", gone: "it is gone from Asterisk 13 on", instead: "Set(CHANNEL(musicclass)=class) to choose the class, or MusicOnHold(class) / StartMusicOnHold(class) to play it" },
  { name: "WaitMusicOnHold", gone: "it is gone from Asterisk 13 on", instead: "MusicOnHold(class,duration)" },
  { name: "DAHDIBarge", gone: "it is gone from Asterisk 13 on", instead: "ChanSpy(DAHDI/channel) (or DAHDIScan)" },
  { name: "ZapBarge", gone: "it was replaced by DAHDIBarge in 1.4 and is gone from 1.6 on", instead: "ChanSpy(DAHDI/channel)" },
  { name: "Konference", gone: "it was never part of Asterisk: it comes from the add-on module app_konference", instead: "ConfBridge(conference)", addOn: true },
  { name: "SetCallerID", gone: "it was removed in an older release", instead: "Set(CALLERID(all)=\"Name\" <number>)" },
  { name: "SetCIDName", gone: "it was removed in an older release", instead: "Set(CALLERID(name)=name)" },
  { name: "SetCIDNum", gone: "it was removed in an older release", instead: "Set(CALLERID(num)=number)" },
  { name: "SetGlobalVar", gone: "it was removed in an older release", instead: "Set(GLOBAL(name)=value)" },
  { name: "SetVar", gone: "it was removed in an older release", instead: "Set(name=value)" },
  { name: "SetLanguage", gone: "it was removed in an older release", instead: "Set(CHANNEL(language)=code)" },
  { name: "AbsoluteTimeout", gone: "it was removed in an older release", instead: "Set(TIMEOUT(absolute)=seconds)" },
  { name: "DigitTimeout", gone: "it was removed in an older release", instead: "Set(TIMEOUT(digit)=seconds)" },
  { name: "ResponseTimeout", gone: "it was removed in an older release", instead: "Set(TIMEOUT(response)=seconds)" },
  { name: "DBget", gone: "it was removed in an older release", instead: "Set(name=${DB(family/key)})" },
  { name: "DBput", gone: "it was removed in an older release", instead: "Set(DB(family/key)=value)" },
  { name: "DBdel", gone: "it was removed in an older release", instead: "Set(old=${DB_DELETE(family/key)})" },
];

const GONE_BY_NAME = new Map(GONE_APPLICATIONS.map((g) => [g.name.toLowerCase(), g]));

/** A gone application of this name (case-insensitive, as Asterisk compares application names). */
export function goneApplication(name: string): GoneApplication | undefined {
  return GONE_BY_NAME.get(name.trim().toLowerCase());
}

/** "16, 18 and 20" */
export function versionList(versions: readonly number[]): string {
  if (versions.length <= 1) return versions.join("");
  return `${versions.slice(0, -1).join(", ")} and ${versions[versions.length - 1]}`;
}
