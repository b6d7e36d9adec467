// The keys chan_sip and chan_iax2 read in [general], as data. Source: P2 of asterisk-behaviour-2.md, read from the
// [general] loops of channels/chan_sip.c (reload_config) and chan_iax2.c (set_config) at Asterisk 20.20.1 and
// confirmed on a running 20.20.1: a key that matches none of these names is dropped without a word. chan_sip was
// frozen when it was deprecated (17) and is gone from 21; the same lists are used for 16 and 18.
import { lookupTable } from "../../util/lookup-table";
import type { AsteriskVersion } from "../../settings";

export const GENERAL_KEYS_SOURCE = "asterisk-behaviour-2.md (P2): the [general] loops of chan_sip.c and chan_iax2.c at Asterisk 20.20.1";

const words = (text: string): string[] => text.trim().split(/\s+/);

/** chan_sip's [general] names, by the part of reload_config that reads them (it tries them in this order). */
export const SIP_GENERAL_KEY_GROUPS: Readonly<Record<string, readonly string[]>> = {
  /** handle_common_options(): device flags that [general] sets as defaults for every peer. */
  common: words(`allowoverlap allowsubscribe buggymwi canreinvite directmedia dtmfmode faxdetect g726nonstandard
    ignoresdpversion insecure nat progressinband promiscredir rfc2833compensate rpid_immediate rpid_update rtcp_mux
    sendrpid supportpath textsupport trust_id_outbound trustrpid useclientcode videosupport`),
  t38: words("t38pt_udptl t38pt_usertpsource"),
  /** ast_jb_read_conf(): only these jb names. */
  jitterbuffer: words("jbenable jbforce jbmaxsize jbresyncthreshold jbimpl jbtargetextra jblog jbsyncvideo"),
  dtls: words(`dtlsenable dtlsverify dtlsrekey dtlsautogeneratecert dtlscertfile dtlsprivatekey dtlscipher dtlscafile
    dtlscapath dtlscadir dtlssetup dtlsfingerprint`),
  tls: words(`tlsenable sslenable tlscertfile sslcert tlscert tlsprivatekey sslprivatekey tlscipher sslcipher tlscafile
    tlscapath tlscadir tlsdontverifyserver tlsbindaddr sslbindaddr tlsclientmethod sslclientmethod tlsservercipherorder
    tlsdisablev1 tlsdisablev11 tlsdisablev12`),
  /** The strcasecmp chain of the loop itself (139 names, misspelt aliases such as maxexpirey included). */
  direct: words(`accept_outofcall_message allow allowexternaldomains allowguest allowtransfer alwaysauthreject
    auth_message_requests auth_options_requests authfailureevents autocreatepeer autodomain autoframing bindaddr
    bindport callcounter callerid compactheaders contactacl contactdeny contactpermit context cos_audio cos_sip
    cos_text cos_video defaultexpirey defaultexpiry directrtpsetup disallow disallowed_methods
    discard_remote_hold_retrieval domain domainsasrealm dumphistory dynamic_exclude_static dynamic_excludes_static
    externaddr externhost externip externrefresh externtcpport externtlsport fromdomain icesupport ignoreregexpire
    keepalive language legacy_useroption_parsing localnet match_auth_username matchexternaddrlocally
    matchexterniplocally maxcallbitrate maxexpirey maxexpiry maxforwards media_address minexpirey minexpiry
    mohinterpret mohsuggest mwi mwi_from mwiexpirey mwiexpiry notifycid notifyhold notifymimetype notifyringing
    outboundproxy outofcall_message_context parkinglot pedantic preferred_codec_only prematuremedia qualify
    qualifyfreq qualifygap qualifypeers realm recordhistory recordofffeature recordonfeature refer_addheaders
    regcontext regextenonqualify register register_retry_403 registerattempts registertimeout relaxdtmf rtautoclear
    rtcachefriends rtpbindaddr rtpholdtimeout rtpkeepalive rtptimeout rtsavepath rtsavesysname rtupdate sdpowner
    sdpsession send_diversion session-expires session-minse session-refresher session-timers shrinkcallerid sipdebug
    snom_aoc_enabled srvlookup storesipcause submaxexpirey submaxexpiry subminexpirey subminexpiry
    subscribe_network_change_event subscribecontext t1min tcpauthlimit tcpauthtimeout tcpbindaddr tcpenable timerb
    timert1 tlsverifyclient tonezone tos_audio tos_sip tos_text tos_video transport udpbindaddr use_q850_reason
    useragent usereqphone vmexten websocket_enabled websocket_write_timeout`),
};

/** chan_iax2's [general] names (set_config, 57 names). */
export const IAX_GENERAL_KEYS: readonly string[] = words(`accountcode adsi allow allowfwdownload amaflags auth authdebug
  autokill bandwidth bindaddr bindport calltokenexpiration calltokenoptional codecpriority connectedline cos delayreject
  disallow encryption forceencryption iaxcompat iaxmaxthreadcount iaxthreadcount jitterbuffer jittertargetextra
  lagrqtime language maxauthreq maxcallnumbers maxcallnumbers_nonvalidated maxjitterbuffer maxjitterinterps
  maxregexpire minregexpire mohinterpret mohsuggest nochecksums parkinglot pingtime regcontext register
  resyncthreshold rtautoclear rtcachefriends rtignoreregexpire rtsavesysname rtupdate shrinkcallerid srvlookup
  subscribe_network_change_event tos transfer trunkfreq trunkmaxsize trunkmtu trunktimestamps type`);

/** Names read but refused with a warning, and why. */
export const REFUSED_GENERAL_KEYS: Readonly<Partial<Record<"sip" | "iax", Readonly<Record<string, string>>>>> = {
  sip: lookupTable({ tlsverifyclient: "chan_sip refuses it (\"Ignoring unsupported option 'tlsverifyclient'\"): client certificates are not checked whatever the value" }),
};

export interface RetiredGeneralKey {
  /** When and why it stopped working, in plain words. */
  note: string;
  /** What to write instead, when there is something. */
  instead?: string;
}

/**
 * [general] keys older releases read that no supported release does (so they are silently ignored), with what took
 * their place. Only names whose history is known are listed; anything else unknown is reported as unknown.
 */
export const RETIRED_GENERAL_KEYS: Readonly<Record<"sip" | "iax", Readonly<Record<string, RetiredGeneralKey>>>> = {
  sip: lookupTable({
    limitonpeers: { note: "an Asterisk 1.4 option (gone since 1.6)", instead: "call-limit on the peers or GROUP_COUNT() in the dialplan to limit calls" },
    callevents: { note: "an option of older chan_sip releases" },
    tos: { note: "the single ToS option of older releases", instead: "tos_sip, tos_audio, tos_video and tos_text" },
    musicclass: { note: "renamed long ago", instead: "mohinterpret" },
    musiconhold: { note: "renamed long ago", instead: "mohinterpret" },
  }),
  iax: lookupTable({
    mailboxdetail: { note: "an option of older chan_iax2 releases" },
    forcejitterbuffer: { note: "an option of older chan_iax2 releases", instead: "jitterbuffer=yes" },
    dropcount: { note: "a jitter buffer option of older chan_iax2 releases" },
    maxexcessbuffer: { note: "a jitter buffer option of older chan_iax2 releases" },
    minexcessbuffer: { note: "a jitter buffer option of older chan_iax2 releases" },
    notransfer: { note: "replaced by transfer", instead: "transfer=no" },
    musicclass: { note: "renamed long ago", instead: "mohinterpret" },
    musiconhold: { note: "renamed long ago", instead: "mohinterpret" },
  }),
};

const SIP_SET = new Set(Object.values(SIP_GENERAL_KEY_GROUPS).flat());
const IAX_SET = new Set(IAX_GENERAL_KEYS);

/** The names the driver reads in [general] on this release (undefined: the driver is not in that release). */
export function generalKeys(driver: "sip" | "iax", version: AsteriskVersion): ReadonlySet<string> | undefined {
  if (driver === "sip") return version >= 21 ? undefined : SIP_SET;
  return IAX_SET;
}
