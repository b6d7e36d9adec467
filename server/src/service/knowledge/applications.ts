// Dialplan applications with the argument signatures the checks, hovers and signature help use. Which release has
// which application comes from the per-version table in application-versions.ts (P1 of asterisk-behaviour-2.md);
// every entry here must be a row there and the other way round. Argument counts are only checked where
// `minArgs`/`maxArgs` are given.
import { lookupTable } from "../util/lookup-table";
import type { KnowledgeEntry } from "./types";
import type { AsteriskVersion } from "../settings";
import { APPLICATION_RELEASES, type ApplicationRelease } from "./application-versions";

export interface AppArgument {
  name: string;
  optional?: boolean;
  doc: string;
}

export interface ApplicationInfo extends KnowledgeEntry {
  signature: string;
  args?: AppArgument[];
  /** Fewest comma-separated arguments that make sense (checked when set). */
  minArgs?: number;
  /** Most comma-separated arguments the application reads (checked when set). */
  maxArgs?: number;
  /** The release that removed it, where the table's notes or the research say so (absent from later releases). */
  removedIn?: number;
  /** Not set: the table says which checked releases have it (`versions`), not when it appeared. */
  addedIn?: number;
  /** The checked releases (16, 18, 20, 22) that register it. */
  versions: readonly AsteriskVersion[];
  /** The module that provides it. */
  module: string;
  /** The table's support notes (deprecated, not built by default ...). */
  notes?: string;
}

type AppDoc = Omit<ApplicationInfo, "versions" | "module" | "notes" | "removedIn" | "addedIn">;

const app = (name: string, signature: string, summary: string, extra: Partial<AppDoc> = {}): AppDoc => ({
  name,
  signature,
  summary,
  ...extra,
});

/** Signatures and summaries, one per row of the version table. */
const DOCS: AppDoc[] = [
  app("Dial", "Dial(Tech/Resource[&Tech2/Resource2...][,timeout[,options[,URL]]])", "Places a call to one or more channels and bridges the caller with the first that answers.", {
    minArgs: 1,
    maxArgs: 4,
    args: [
      { name: "destinations", doc: "One or more `Tech/resource` strings joined with `&`, e.g. `SIP/carrier/5551234`, `PJSIP/5551234@carrier`, `IAX2/peer/5551234`. All are rung at once." },
      { name: "timeout", optional: true, doc: "Seconds to ring before giving up (fractions allowed; `timeout^progress` also sets a progress timeout). Empty: ring until the far end gives up. VICIdial passes `${CAMPDTO}`." },
      { name: "options", optional: true, doc: "Option letters, some with `(arguments)`, e.g. `To`: caller may transfer (`T`), keep the original caller ID on the outbound leg (`o`)." },
      { name: "URL", optional: true, doc: "A URL sent to the called party if its channel supports it (rarely used)." },
    ],
    detail: "When nobody answers or every destination fails, the dialplan continues at the next priority with `${DIALSTATUS}` set (ANSWER, BUSY, NOANSWER, CANCEL, CONGESTION, CHANUNAVAIL ...): that is where a failover Dial goes.",
  }),
  app("AGI", "AGI(command[,arg1[,arg2...]])", "Runs an Asterisk Gateway Interface script or a FastAGI service for the channel.", {
    minArgs: 1,
    args: [
      { name: "command", doc: "A script path (relative to the AGI directory, /var/lib/asterisk/agi-bin, unless absolute) or a FastAGI URL `agi://host[:port]/script`. VICIdial's logger listens on `agi://127.0.0.1:4577/call_log` and takes its parameters inside the path, separated by `--` and `-----`." },
      { name: "args", optional: true, doc: "Arguments handed to the script (`agi_arg_1`, ...)." },
    ],
    detail: "The script can read and set channel variables; the dialplan continues when it exits (status in `${AGISTATUS}`).",
  }),
  app("EAGI", "EAGI(command[,args...])", "Like AGI, with the caller's audio on file descriptor 3 for the script.", { minArgs: 1 }),
  app("DeadAGI", "DeadAGI(command[,args...])", "Old name for running AGI on a hung-up channel; AGI handles that case itself.", { minArgs: 1 }),
  app("Goto", "Goto([[context,]extension,]priority)", "Jumps to another priority, extension or context.", {
    minArgs: 1,
    maxArgs: 3,
    args: [
      { name: "context", optional: true, doc: "Context to jump to (default: the current one)." },
      { name: "extension", optional: true, doc: "Extension to jump to (default: the current one). Patterns are matched like a dialed number." },
      { name: "priority", doc: "A priority number or a label defined in the target extension." },
    ],
  }),
  app("GotoIf", "GotoIf(condition?[labeliftrue][:labeliffalse])", "Jumps to one of two places depending on a condition.", {
    minArgs: 1,
    args: [
      { name: "condition", doc: "An expression, usually `$[...]`; true when it is non-zero and non-empty." },
      { name: "labeliftrue", optional: true, doc: "Where to go when true: `[[context,]extension,]priority` (Goto syntax). Empty: continue with the next priority." },
      { name: "labeliffalse", optional: true, doc: "Where to go when false, after `:`. Empty: continue with the next priority." },
    ],
  }),
  app("GotoIfTime", "GotoIfTime(times,weekdays,mdays,months[,timezone]?[labeliftrue][:labeliffalse])", "Jumps depending on the current time."),
  app("Gosub", "Gosub([[context,]extension,]priority[(arg1[,...])])", "Calls a subroutine; Return() comes back to the next priority.", { minArgs: 1, maxArgs: 3 }),
  app("GosubIf", "GosubIf(condition?labeliftrue[(args)][:labeliffalse[(args)]])", "Calls one of two subroutines depending on a condition.", { minArgs: 1 }),
  app("Return", "Return([value])", "Returns from a Gosub, optionally setting `${GOSUB_RETVAL}`."),
  app("StackPop", "StackPop()", "Drops the most recent Gosub return address without jumping."),
  app("ExecIf", "ExecIf(expression?appiftrue(args)[:appiffalse(args)])", "Runs one application when the expression is true, optionally another when false.", {
    minArgs: 1,
    args: [
      { name: "expression", doc: "Condition, usually `$[...]`." },
      { name: "appiftrue", doc: "Application (with its arguments in parentheses) run when true." },
      { name: "appiffalse", optional: true, doc: "Application run when false, after `:`." },
    ],
  }),
  app("Exec", "Exec(appname(arguments))", "Runs the application named in its argument (useful with variables).", { minArgs: 1 }),
  app("TryExec", "TryExec(appname(arguments))", "Like Exec, but sets `${TRYSTATUS}` instead of hanging up on failure.", { minArgs: 1 }),
  app("Set", "Set(name=value)", "Sets a channel variable or a function's value.", {
    minArgs: 1,
    args: [{ name: "name=value", doc: "Variable (`_NAME` inherits to the called channel, `__NAME` to all descendants) or function (`CALLERID(num)`, `GLOBAL(NAME)`) and its value. Commas in the value are kept." }],
  }),
  app("MSet", "MSet(name1=value1[,name2=value2...])", "Sets several variables at once (values cannot contain commas).", { minArgs: 1 }),
  app("NoOp", "NoOp([text])", "Does nothing; its argument is evaluated and shown on the console at verbose level 3, handy for tracing.", {
    args: [{ name: "text", optional: true, doc: "Anything; variables in it are expanded." }],
  }),
  app("Verbose", "Verbose([level,]message)", "Writes a message to the console at a verbose level.", { maxArgs: 2 }),
  app("Log", "Log(level,message)", "Writes a message to the Asterisk log at a level (ERROR, WARNING, NOTICE, DEBUG, VERBOSE, DTMF).", { minArgs: 2 }),
  app("Hangup", "Hangup([causecode])", "Hangs up the channel, optionally with a cause code.", {
    maxArgs: 1,
    args: [{ name: "causecode", optional: true, doc: "A Q.850 cause number (16 normal clearing, 17 busy, 34 congestion ...) sets `${HANGUPCAUSE}`." }],
  }),
  app("Answer", "Answer([delay])", "Answers the channel if it is ringing.", { maxArgs: 2 }),
  app("Busy", "Busy([timeout])", "Signals busy to the caller, then waits (for the caller to hang up, or `timeout` seconds)."),
  app("Congestion", "Congestion([timeout])", "Signals congestion (fast busy) to the caller, then waits."),
  app("Ringing", "Ringing()", "Tells the caller the line is ringing."),
  app("Progress", "Progress()", "Tells the caller there is early media (call progress)."),
  app("Proceeding", "Proceeding()", "Tells the caller the call is proceeding."),
  app("Wait", "Wait(seconds)", "Waits a number of seconds (fractions allowed).", { maxArgs: 1 }),
  app("WaitExten", "WaitExten([seconds[,options]])", "Waits for the caller to dial an extension."),
  app("WaitUntil", "WaitUntil(epoch)", "Waits until a moment given in seconds since 1970."),
  app("WaitForRing", "WaitForRing(timeout)", "Waits for a ring signal on the channel."),
  app("WaitForSilence", "WaitForSilence(silencerequired[,iterations[,timeout]])", "Waits for a stretch of silence."),
  app("WaitForNoise", "WaitForNoise(noiserequired[,iterations[,timeout]])", "Waits for a stretch of noise."),
  app("Playback", "Playback(filename[&filename2...][,options])", "Plays one or more sound files to the caller.", { minArgs: 1, maxArgs: 2 }),
  app("BackGround", "BackGround(filename[&filename2...][,options[,langoverride[,context]]])", "Plays sound files while listening for the caller to dial an extension.", { aliases: ["Background"], minArgs: 1 }),
  app("BackgroundDetect", "BackgroundDetect(filename[,sil[,min[,max[,analysistime]]]])", "Plays a file and jumps to `talk` when the caller speaks."),
  app("ControlPlayback", "ControlPlayback(filename[,skipms[,ff[,rew[,stop[,pause[,restart[,options]]]]]]])", "Plays a file the caller can fast-forward, rewind and pause."),
  app("Echo", "Echo()", "Echoes the caller's audio back (for testing)."),
  app("Milliwatt", "Milliwatt([options])", "Plays a 1004 Hz test tone."),
  app("PlayTones", "PlayTones(arg)", "Plays a tone list (or a named indication such as busy) while the dialplan continues."),
  app("StopPlayTones", "StopPlayTones()", "Stops the tones started by PlayTones."),
  app("Read", "Read(variable[,filename[&filename2...][,maxdigits[,options[,attempts[,timeout]]]]])", "Plays a prompt and reads digits into a variable.", { minArgs: 1 }),
  app("ReadExten", "ReadExten(variable[,filename[,context[,option[,timeout]]]])", "Reads an extension the caller dials into a variable."),
  app("Record", "Record(filename.format[,silence[,maxduration[,options]]])", "Records the caller's audio to a file.", { minArgs: 1 }),
  app("SayDigits", "SayDigits(digits)", "Says digits one by one."),
  app("SayNumber", "SayNumber(digits[,gender])", "Says a number."),
  app("SayAlpha", "SayAlpha(string)", "Spells a string."),
  app("SayAlphaCase", "SayAlphaCase(casetype,string)", "Spells a string, saying the case of letters."),
  app("SayPhonetic", "SayPhonetic(string)", "Spells a string with the phonetic alphabet."),
  app("SayUnixTime", "SayUnixTime([unixtime[,timezone[,format[,options]]]])", "Says a date and time."),
  app("SayCountedNoun", "SayCountedNoun(number,filename)", "Says a noun in the right plural form for a number."),
  app("SayCountedAdj", "SayCountedAdj(number,filename[,gender])", "Says an adjective in the right form for a number."),
  app("SendDTMF", "SendDTMF(digits[,timeout_ms[,duration_ms[,channel[,options]]]])", "Sends DTMF digits on the channel."),
  app("SendText", "SendText(text)", "Sends text to the channel if it supports it."),
  app("SendImage", "SendImage(filename)", "Sends an image if the channel supports it."),
  app("SendURL", "SendURL(URL[,option])", "Sends a URL if the channel supports it."),
  app("ChanIsAvail", "ChanIsAvail(Tech/Resource[&Tech2/Resource2...][,options])", "Checks whether channels are available; sets `${AVAILCHAN}` and `${AVAILSTATUS}`."),
  app("ChannelRedirect", "ChannelRedirect(channel,[[context,]extension,]priority)", "Sends another channel to a dialplan location."),
  app("ChanSpy", "ChanSpy([chanprefix[,options]])", "Listens to (or whispers into) other channels."),
  app("ExtenSpy", "ExtenSpy(exten[@context][,options])", "Listens to channels started from an extension."),
  app("MixMonitor", "MixMonitor(filename.extension[,options[,command]])", "Records both directions of the call into one file, in the background."),
  app("StopMixMonitor", "StopMixMonitor([MixMonitorID])", "Stops a MixMonitor recording."),
  app("Monitor", "Monitor([file_format[:urlbase][,fname_base[,options]]])", "Old call recorder (res_monitor); use MixMonitor."),
  app("StopMonitor", "StopMonitor()", "Stops a Monitor recording (res_monitor)."),
  app("ChangeMonitor", "ChangeMonitor(filename_base)", "Renames a Monitor recording (res_monitor)."),
  app("PauseMonitor", "PauseMonitor()", "Pauses a Monitor recording (res_monitor)."),
  app("UnpauseMonitor", "UnpauseMonitor()", "Resumes a Monitor recording (res_monitor)."),
  app("Macro", "Macro(name[,arg1[,arg2...]])", "Runs the `[macro-name]` context as a subroutine (app_macro; use Gosub)."),
  app("MacroExclusive", "MacroExclusive(name[,args...])", "Runs a macro that only one call may run at a time (app_macro)."),
  app("MacroExit", "MacroExit()", "Leaves the current macro (app_macro)."),
  app("MacroIf", "MacroIf(expr?macroiftrue[:macroiffalse])", "Runs one of two macros depending on a condition (app_macro)."),
  app("MeetMe", "MeetMe([confno[,options[,pin]]])", "Puts the caller into a MeetMe conference (app_meetme, which VICIdial uses for its agent sessions on older installs; ConfBridge replaces it)."),
  app("MeetMeAdmin", "MeetMeAdmin(confno,command[,user])", "Administers a MeetMe conference (app_meetme)."),
  app("MeetMeChannelAdmin", "MeetMeChannelAdmin(channel,command)", "Administers one MeetMe participant (app_meetme)."),
  app("MeetMeCount", "MeetMeCount(confno[,var])", "Counts MeetMe participants (app_meetme)."),
  app("ConfBridge", "ConfBridge(conference[,bridge_profile[,user_profile[,menu]]])", "Puts the caller into a ConfBridge conference."),
  app("ConfKick", "ConfKick(conference[,channel])", "Kicks channels out of a ConfBridge conference."),
  app("SIPAddHeader", "SIPAddHeader(Header: Content)", "Adds a SIP header to the outbound chan_sip call (chan_sip only; removed with it)."),
  app("SIPRemoveHeader", "SIPRemoveHeader([Header])", "Removes headers added with SIPAddHeader (chan_sip)."),
  app("SIPDtmfMode", "SIPDtmfMode(mode)", "Changes the DTMF mode of a chan_sip call."),
  app("SIPSendCustomINFO", "SIPSendCustomINFO(Data[,UserAgent])", "Sends a custom SIP INFO (chan_sip)."),
  app("Queue", "Queue(queuename[,options[,URL[,announceoverride[,timeout[,AGI[,macro[,gosub[,rule[,position]]]]]]]]])", "Puts the caller into a call queue."),
  app("AddQueueMember", "AddQueueMember(queuename[,interface[,penalty[,options[,membername[,stateinterface[,wrapuptime]]]]]])", "Adds a member to a queue."),
  app("RemoveQueueMember", "RemoveQueueMember(queuename[,interface])", "Removes a member from a queue."),
  app("PauseQueueMember", "PauseQueueMember([queuename],interface[,options[,reason]])", "Pauses a queue member."),
  app("UnpauseQueueMember", "UnpauseQueueMember([queuename],interface[,options[,reason]])", "Unpauses a queue member."),
  app("QueueLog", "QueueLog(queuename,uniqueid,agent,event[,additionalinfo])", "Writes a line to the queue log."),
  app("QueueUpdate", "QueueUpdate(queue,uniqueid,agent,status,talktime[,params])", "Updates queue statistics for a call handled elsewhere."),
  app("VoiceMail", "VoiceMail(mailbox[@context][&mailbox2...][,options])", "Lets the caller leave a voicemail message.", { minArgs: 1 }),
  app("VoiceMailMain", "VoiceMailMain([mailbox][@context][,options])", "Lets a user listen to and manage voicemail."),
  app("VMAuthenticate", "VMAuthenticate([mailbox][@context][,options])", "Asks for a voicemail password."),
  app("VoiceMailPlayMsg", "VoiceMailPlayMsg(mailbox[@context],msg_id)", "Plays one voicemail message."),
  app("MailboxExists", "MailboxExists(mailbox[@context][,options])", "Old check for a mailbox (use the VM_INFO function)."),
  app("Directory", "Directory([vm-context[,dial-context[,options]]])", "Dial-by-name directory."),
  app("Authenticate", "Authenticate(password[,options[,maxdigits[,prompt]]])", "Asks the caller for a password."),
  app("DISA", "DISA(passcode|filename[,context[,cid[,mailbox[@context][,options]]]])", "Gives the caller a second dial tone to dial out from."),
  app("Page", "Page(Tech/Resource[&Tech2/Resource2...][,options[,timeout]])", "Pages several phones at once (one-way unless duplex)."),
  app("Park", "Park([parking_lot_name[,options]])", "Parks the call in a parking lot."),
  app("ParkedCall", "ParkedCall([parking_lot_name[,parking_space]])", "Picks up a parked call."),
  app("ParkAndAnnounce", "ParkAndAnnounce([parking_lot_name,]options,announce_template,dial)", "Parks the call and announces the space on another channel."),
  app("Pickup", "Pickup([extension[@context][&...]])", "Picks up a ringing call."),
  app("PickupChan", "PickupChan(channel[&channel...][,options])", "Picks up a ringing channel."),
  app("Bridge", "Bridge(channel[,options])", "Bridges the current channel with another existing one."),
  app("BridgeWait", "BridgeWait([name[,role[,options]]])", "Puts the channel into a holding bridge."),
  app("BridgeAdd", "BridgeAdd(channel)", "Joins the current channel into another channel's bridge."),
  app("Transfer", "Transfer([Tech/]destination[,options])", "Asks the channel driver to transfer the call."),
  app("BlindTransfer", "BlindTransfer(exten[,context])", "Blind-transfers the channel's peer."),
  app("Originate", "Originate(tech_data,type,arg1[,arg2[,arg3[,timeout]]])", "Starts a new outbound call from the dialplan."),
  app("MusicOnHold", "MusicOnHold([class[,duration]])", "Plays music on hold."),
  app("StartMusicOnHold", "StartMusicOnHold([class])", "Starts music on hold in the background."),
  app("StopMusicOnHold", "StopMusicOnHold()", "Stops music on hold."),
  app("System", "System(command)", "Runs a shell command; sets `${SYSTEMSTATUS}`."),
  app("TrySystem", "TrySystem(command)", "Runs a shell command without failing the call on errors."),
  app("UserEvent", "UserEvent(eventname[,body])", "Sends a custom event to the manager interface (AMI)."),
  app("ResetCDR", "ResetCDR([options])", "Resets the call's CDR."),
  app("NoCDR", "NoCDR()", "Old way to disable the CDR (use CDR_PROP(disable))."),
  app("ForkCDR", "ForkCDR([options])", "Starts a new CDR for the rest of the call."),
  app("SetAMAFlags", "SetAMAFlags([flag])", "Old way to set AMA flags (use CHANNEL(amaflags))."),
  app("ImportVar", "ImportVar(newvar=channelname,variable)", "Copies a variable from another channel."),
  app("DumpChan", "DumpChan([level])", "Shows the channel's details and variables on the console."),
  app("Stasis", "Stasis(app_name[,args...])", "Hands the channel to an ARI application."),
  app("AMD", "AMD([initialSilence[,greeting[,afterGreetingSilence[,totalAnalysis Time[,miniumWordLength[,betweenWordsSilence[,maximumNumberOfWords[,silenceThreshold[,maximumWordLength]]]]]]]]])", "Answering-machine detection; sets `${AMDSTATUS}` and `${AMDCAUSE}` (VICIdial's AMD campaigns use it)."),
  app("While", "While(expr)", "Starts a loop that runs while the expression is true."),
  app("EndWhile", "EndWhile()", "Ends a While loop."),
  app("ExitWhile", "ExitWhile()", "Leaves a While loop."),
  app("ContinueWhile", "ContinueWhile()", "Jumps back to the top of a While loop."),
  app("RaiseException", "RaiseException(reason)", "Jumps to the `e` extension with `${EXCEPTION(reason)}` set."),
  app("SoftHangup", "SoftHangup(Technology/Resource[,options])", "Hangs up another channel."),
  app("FollowMe", "FollowMe(followmeid[,options])", "Find-me/follow-me calling."),
  app("Dictate", "Dictate([base_dir[,filename]])", "Virtual dictation machine."),
  app("Festival", "Festival(text[,intkeys])", "Says text with the Festival speech engine."),
  app("ReceiveFAX", "ReceiveFAX(filename[,options])", "Receives a fax into a TIFF file."),
  app("SendFAX", "SendFAX(filename[,options])", "Sends a fax from a TIFF file."),
  app("Reload", "Reload([module])", "Reloads a module (or everything)."),
  app("SendMF", "SendMF(digits[,timeout_ms[,duration_ms[,duration_ms_KP_ST[,channel]]]])", "Sends MF digits."),
  app("ReceiveMF", "ReceiveMF(variable[,timeout[,options]])", "Reads MF digits into a variable."),
  app("Zapateller", "Zapateller([options])", "Plays the special information tone to discourage telemarketers."),
  app("Morsecode", "Morsecode(string)", "Plays a string as Morse code."),
  app("Flash", "Flash()", "Sends a hook flash on analog channels."),
  app("DAHDIRAS", "DAHDIRAS(args)", "Runs a RAS server on a DAHDI channel."),
  app("Signal", "Signal(signalname[,payload])", "Sends a named signal to channels waiting in WaitForSignal."),
  app("WaitForSignal", "WaitForSignal(signalname[,signaltimeout])", "Waits for a named signal."),
  app("WaitForCondition", "WaitForCondition([delimiter,]expression[,timeout[,interval]])", "Waits until an expression becomes true."),
  app("PJSIPHangup", "PJSIPHangup(response_code)", "Hangs up a ringing PJSIP channel with a SIP response code."),
  app("PJSIPNotify", "PJSIPNotify([to,]content)", "Sends a NOTIFY to the channel's PJSIP endpoint or to a URI."),
  app("AgentLogin", "AgentLogin(AgentId[,options])", "Logs the caller in as an agent of app_agent_pool (agents.conf) and waits for calls."),
  app("AgentRequest", "AgentRequest(AgentId)", "Connects the caller to a logged-in agent of app_agent_pool."),
  app("PrivacyManager", "PrivacyManager([maxretries[,minlength[,options[,context]]]])", "Asks callers without caller ID to enter their phone number before the call goes on."),
  app("CELGenUserEvent", "CELGenUserEvent(event-name[,extra])", "Writes a user-defined event into the channel event log (CEL)."),
  app("ClearHash", "ClearHash(hashname)", "Clears the keys of a HASH() variable set on the channel."),
  app("DBdeltree", "DBdeltree(family[/keytree])", "Deletes a family or key tree from the Asterisk database (AstDB)."),
  app("If", "If(expr)", "Starts a block that runs only when the expression is true (app_if; EndIf closes it)."),
  app("ElseIf", "ElseIf(expr)", "Continues an If block with another condition."),
  app("Else", "Else()", "Starts the part of an If block that runs when no condition was true."),
  app("EndIf", "EndIf()", "Ends an If block."),
  app("ExitIf", "ExitIf()", "Leaves the current If block."),
  app("ExecIfTime", "ExecIfTime(times,weekdays,mdays,months[,timezone]?appname[(appargs)])", "Runs an application only during the given time range."),
  app("Incomplete", "Incomplete([n])", "Tells Asterisk the dialed number is not complete yet (overlap dialing)."),
  app("WaitDigit", "WaitDigit([seconds[,digits]])", "Waits for the caller to press a key; sets `${WAITDIGITSTATUS}`."),
  app("SayMoney", "SayMoney(dollars)", "Says an amount of money."),
  app("SayOrdinal", "SayOrdinal(digits[,gender])", "Says a number as an ordinal (first, second ...)."),
  app("DateTime", "DateTime([unixtime[,timezone[,format]]])", "Says a date and time (same as SayUnixTime)."),
  app("RetryDial", "RetryDial(announce,sleep,retries,dialargs)", "Dials like Dial, retrying a number of times with an announcement in between."),
  app("HangupCauseClear", "HangupCauseClear()", "Clears the technology-specific hangup causes stored on the channel."),
  app("MessageSend", "MessageSend(destination[,from[,to]])", "Sends the text message held in the MESSAGE() function to a destination."),
  app("ReceiveText", "ReceiveText([timeout])", "Waits for a text message on the channel and stores it in `${RECEIVETEXTMESSAGE}`."),
  app("StreamEcho", "StreamEcho([num])", "Echoes audio and video streams back to the caller (for testing)."),
  app("IAX2Provision", "IAX2Provision([template])", "Provisions the calling IAX device with a template from iaxprov.conf."),
  app("AttendedTransfer", "AttendedTransfer(exten)", "Starts an attended transfer of the channel's peer to an extension."),
  app("AudioSocket", "AudioSocket(uuid,service)", "Streams the channel's audio to and from a TCP AudioSocket server."),
  app("Broadcast", "Broadcast([options,]channels)", "Sends the caller's audio to several channels at once."),
  app("StasisBroadcast", "StasisBroadcast([timeout[,app_filter]])", "Offers the channel to several ARI applications; the first to claim it gets it."),
  app("CallCompletionRequest", "CallCompletionRequest()", "Asks to be called back when the busy or unanswered party becomes free (call completion)."),
  app("CallCompletionCancel", "CallCompletionCancel()", "Cancels a call-completion request."),
  app("AlarmReceiver", "AlarmReceiver()", "Receives Ademco Contact ID alarm reports."),
  app("ADSIProg", "ADSIProg([script])", "Loads an ADSI script into an ADSI telephone."),
  app("GetCPEID", "GetCPEID()", "Reads the CPE ID and other details of an ADSI telephone."),
  app("AELSub", "AELSub(routine[,args])", "Calls an AEL macro as a subroutine."),
  app("DAHDIAcceptR2Call", "DAHDIAcceptR2Call(charge)", "Accepts an R2 call on a DAHDI channel, with or without charging."),
  app("DAHDIScan", "DAHDIScan([group])", "Listens to DAHDI channels one after another."),
  app("DAHDISendCallreroutingFacility", "DAHDISendCallreroutingFacility(destination[,original[,reason]])", "Sends a call-rerouting facility message on an ISDN DAHDI channel."),
  app("DAHDISendKeypadFacility", "DAHDISendKeypadFacility(digits)", "Sends digits as a keypad facility message on an ISDN DAHDI channel."),
  app("ExternalIVR", "ExternalIVR(command|ivr://host[,options])", "Hands the call's prompts and digits to an external program or server."),
  app("ICES", "ICES(config)", "Streams the call's audio to an Icecast server."),
  app("NBScat", "NBScat()", "Plays a local network broadcast stream."),
  app("MP3Player", "MP3Player(location)", "Plays an MP3 file or stream with mpg123."),
  app("IVRDemo", "IVRDemo(filename)", "A small IVR example module."),
  app("SkelGuessNumber", "SkelGuessNumber(level[,options])", "The example application of app_skel (a number-guessing game)."),
  app("JabberJoin", "JabberJoin(Jabber,RoomJID[,Nickname])", "Joins an XMPP chat room."),
  app("JabberLeave", "JabberLeave(Jabber,RoomJID[,Nickname])", "Leaves an XMPP chat room."),
  app("JabberSend", "JabberSend(account,jid,message)", "Sends an XMPP message."),
  app("JabberSendGroup", "JabberSendGroup(Jabber,RoomJID,Message[,Nickname])", "Sends a message to an XMPP chat room."),
  app("JabberStatus", "JabberStatus(Jabber,JID,Variable)", "Old way to read an XMPP buddy's status (use the JABBER_STATUS function)."),
  app("JACK", "JACK([options])", "Connects the call's audio to the JACK audio server."),
  app("MinivmRecord", "MinivmRecord(username@domain[,options])", "Records a message for Mini-Voicemail."),
  app("MinivmGreet", "MinivmGreet(username@domain[,options])", "Plays a Mini-Voicemail greeting."),
  app("MinivmNotify", "MinivmNotify(username@domain[,options])", "Sends the Mini-Voicemail notification (e-mail or pager)."),
  app("MinivmDelete", "MinivmDelete(filename)", "Deletes a Mini-Voicemail message file."),
  app("MinivmAccMess", "MinivmAccMess(username@domain[,options])", "Records a Mini-Voicemail account message (busy, unavailable, temporary greeting)."),
  app("MinivmMWI", "MinivmMWI(username@domain,urgent,new,old)", "Sends a message-waiting notification for a Mini-Voicemail box."),
  app("ODBC_Commit", "ODBC_Commit([transaction ID])", "Commits an ODBC transaction."),
  app("ODBC_Rollback", "ODBC_Rollback([transaction ID])", "Rolls back an ODBC transaction."),
  app("ODBCFinish", "ODBCFinish(result-id)", "Frees the rest of a multi-row ODBC result."),
  app("OSPAuth", "OSPAuth([provider[,options]])", "Authenticates a call with an Open Settlement Protocol server."),
  app("OSPLookup", "OSPLookup(exten[,provider[,options]])", "Looks up a route with an Open Settlement Protocol server."),
  app("OSPNext", "OSPNext([cause[,provider[,options]]])", "Asks the OSP server for the next route."),
  app("OSPFinish", "OSPFinish([status[,options]])", "Reports the end of an OSP-routed call."),
  app("ReceiveSF", "ReceiveSF(variable[,digits[,timeout[,frequency[,options]]]])", "Reads single-frequency (SF) digits into a variable."),
  app("SendSF", "SendSF(digits[,frequency[,channel]])", "Sends single-frequency (SF) digits."),
  app("SLAStation", "SLAStation(station)", "Shared line appearance: a call from a station (sla.conf)."),
  app("SLATrunk", "SLATrunk(trunk[,options])", "Shared line appearance: a call arriving on a trunk (sla.conf)."),
  app("SMS", "SMS(name[,options[,addr[,body]]])", "Sends and receives SMS over analog lines (ETSI ES 201 912)."),
  app("SpeechCreate", "SpeechCreate([engine])", "Creates a speech-recognition session on the channel."),
  app("SpeechActivateGrammar", "SpeechActivateGrammar(grammar)", "Activates a grammar for speech recognition."),
  app("SpeechDeactivateGrammar", "SpeechDeactivateGrammar(grammar)", "Deactivates a speech-recognition grammar."),
  app("SpeechLoadGrammar", "SpeechLoadGrammar(grammar,path)", "Loads a speech-recognition grammar."),
  app("SpeechUnloadGrammar", "SpeechUnloadGrammar(grammar)", "Unloads a speech-recognition grammar."),
  app("SpeechStart", "SpeechStart()", "Starts speech recognition on the channel."),
  app("SpeechBackground", "SpeechBackground(sound_file[,timeout[,options]])", "Plays a prompt while recognising speech."),
  app("SpeechProcessingSound", "SpeechProcessingSound(sound_file)", "Sets the sound played while the speech engine works."),
  app("SpeechDestroy", "SpeechDestroy()", "Ends the speech-recognition session."),
  app("StatsD", "StatsD(metric_type,statistic_name,value[,sample_rate])", "Sends a metric to a StatsD server."),
  app("StoreDTMF", "StoreDTMF([variable[,maxdigits]])", "Collects the DTMF the caller presses into a variable as the call goes on."),
  app("TestClient", "TestClient(testid)", "Runs the client side of Asterisk's call test (app_test)."),
  app("TestServer", "TestServer()", "Runs the server side of Asterisk's call test (app_test)."),
  app("ToneScan", "ToneScan([zone[,timeout[,threshold[,options]]]])", "Listens for call-progress tones, modems, faxes and voice; sets `${TONESCANSTATUS}`."),
  app("WaitForTone", "WaitForTone(freq[,duration_ms[,timeout[,times[,options]]]])", "Waits for a tone of a given frequency."),
  app("VMSayName", "VMSayName(mailbox[@context])", "Plays the recorded name of a voicemail box."),
];

/** Removal releases the research names for applications whose table notes carry no `rm_in`. */
const REMOVED_IN: Record<string, number> = lookupTable({ importvar: 21, setamaflags: 21, nocdr: 21 });

function removedInOf(row: ApplicationRelease): number | undefined {
  if (row.versions.includes(22)) return undefined;
  const fromNotes = /rm_in (\d+)/.exec(row.notes ?? "");
  return fromNotes ? Number(fromNotes[1]) : REMOVED_IN[row.name.toLowerCase()];
}

const DOC_BY_NAME = new Map(DOCS.map((d) => [d.name.toLowerCase(), d]));

/** Every application of the version table, with its signature and summary. */
export const APPLICATIONS: readonly ApplicationInfo[] = APPLICATION_RELEASES.map((row) => {
  const doc = DOC_BY_NAME.get(row.name.toLowerCase()) ?? app(row.name, `${row.name}(...)`, `An application of ${row.module}.`);
  return { ...doc, name: row.name, versions: row.versions, module: row.module, notes: row.notes, removedIn: removedInOf(row) };
});

/** Names with a signature but no row in the version table (the knowledge test keeps this empty; not worked out at start-up). */
export function undatedDocs(): string[] {
  const dated = new Set(APPLICATION_RELEASES.map((r) => r.name.toLowerCase()));
  return DOCS.filter((d) => !dated.has(d.name.toLowerCase())).map((d) => d.name);
}

const BY_NAME = new Map<string, ApplicationInfo>();
for (const info of APPLICATIONS) {
  BY_NAME.set(info.name.toLowerCase(), info);
  for (const alias of info.aliases ?? []) BY_NAME.set(alias.toLowerCase(), info);
}

export interface ApplicationLookup {
  info?: ApplicationInfo;
  /** Known, but not on this version: `removed` when an earlier checked release has it, `not-yet` otherwise. */
  unavailable?: "removed" | "not-yet";
}

/** Application names are case-insensitive in Asterisk. */
export function findApplication(name: string, version: AsteriskVersion): ApplicationLookup {
  const info = BY_NAME.get(name.trim().toLowerCase());
  if (!info) return {};
  if (info.versions.includes(version)) return { info };
  return { info, unavailable: info.versions.some((v) => v < version) ? "removed" : "not-yet" };
}

export function applicationsFor(version: AsteriskVersion): ApplicationInfo[] {
  return APPLICATIONS.filter((a) => a.versions.includes(version));
}
