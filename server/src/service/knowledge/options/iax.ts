// chan_iax2 (iax.conf) options: peer/user/friend sections and [general]. Names and defaults follow Asterisk 20.
import { AMA_FLAGS } from "./shared";
import { ACL, BOOL, CALLERID, CODECS, CONTEXT, HOST, PORT, SECRET, STRING, TOS, int, listOf, oneOf, opt, type OptionInfo, type OptionTable } from "./types";

const G = { alsoGeneral: true } as const;
const PEER = { appliesTo: "peer" } as const;
const USER = { appliesTo: "user" } as const;

export const IAX_TYPE_VALUES: [string, string][] = [
  ["peer", "Asterisk calls this party (IAX2/name); calls from it are matched to a user section."],
  ["user", "Asterisk accepts calls from this party when it authenticates with this section's name."],
  ["friend", "Both a peer and a user: the usual choice for a trunk between servers."],
];

const AUTH_METHODS = listOf(
  [
    ["md5", "Challenge/response with the shared secret (the normal choice)."],
    ["rsa", "Public-key authentication with inkeys/outkey."],
    ["plaintext", "Sends the secret in clear text.", { deprecated: { replacement: "md5", note: "chan_iax2 warns \"Auth method ... is set to deprecated 'plaintext'\": anyone on the path can read the secret." } }],
  ],
  true,
);

const ENCRYPTION = oneOf(
  [
    ["aes128", "Encrypt calls with AES-128 (same as yes)."],
    ["yes", "Encrypt calls with AES-128 when the other side supports it."],
    ["no", "No encryption."],
  ],
  { bools: "any" },
);

const IAX_QUALIFY = oneOf(
  [
    ["yes", "Ping the peer and mark it unreachable when the reply takes over 2000 ms."],
    ["no", "Do not ping the peer."],
  ],
  { orInt: { min: 0, unit: "ms" } },
);

/** Options of an iax.conf peer, user or friend section. */
export const IAX_PEER_OPTIONS: OptionInfo[] = [
  opt("type", oneOf(IAX_TYPE_VALUES), "What kind of IAX2 party this section describes: peer, user or friend.", {
    detail: "Without it chan_iax2 logs \"Section 'x' lacks type\" and drops the section.",
  }),
  opt("host", HOST, "Where the other server is: a host name or IP address, or `dynamic` when it registers to you.", {
    detail: "No port here: write it in `port=`. A `host:port` value does not resolve, and the peer is left without an address.",
    ...PEER,
  }),
  opt("port", PORT, "The other server's IAX2 port.", { default: "4569", fallback: "4569", ...PEER }),
  opt("defaultip", HOST, "Address used for a dynamic peer until it registers.", { fallback: "nothing: a value that does not resolve makes chan_iax2 drop the peer", ...PEER }),
  opt("sourceaddress", STRING, "Local address (and port) calls to this peer are sent from.", PEER),
  opt("mask", STRING, "Netmask applied to the peer's address.", PEER),
  opt("username", STRING, "User name Asterisk sends when calling this peer (the other side's user section).", PEER),
  opt("secret", SECRET, "Shared password for authenticating calls in both directions.", { repeatable: true }),
  opt("dbsecret", STRING, "AstDB key (`family/key`) holding the secret, instead of writing it here."),
  opt("auth", AUTH_METHODS, "Authentication methods allowed, comma-separated: md5, rsa (plaintext is deprecated).", { default: "md5", ...G }),
  opt("inkeys", STRING, "Public keys (names, colon-separated) accepted for RSA authentication of incoming calls."),
  opt("outkey", STRING, "Private key used for RSA authentication of calls to this peer.", PEER),
  opt("context", CONTEXT, "Dialplan context where calls from this party start."),
  opt("peercontext", CONTEXT, "Context requested on the other server when calling this peer.", PEER),
  opt("regexten", STRING, "Extension created in regcontext while the peer is registered.", PEER),
  opt("callerid", CALLERID, "Caller ID for calls from this party, `\"Name\" <number>`."),
  opt("fullname", STRING, "Caller-ID name only."),
  opt("cid_number", STRING, "Caller-ID number only."),
  opt("allow", CODECS, "Codecs to add, in order of preference.", { repeatable: true, ...G }),
  opt("disallow", CODECS, "Codecs to remove; `disallow=all` first, then allow= lines.", { repeatable: true, ...G }),
  opt("codecpriority", oneOf([["host", "Our codec order wins (the default)."], ["caller", "The caller's codec order wins."], ["disabled", "Ignore codec order, take whatever matches."], ["reqonly", "Accept only the codec the caller asks for."]]), "Whose codec preference wins on incoming calls.", { default: "host", ...USER, ...G }),
  opt("trunk", BOOL, "Bundle several calls to this server into one trunk packet stream; needs a timing module.", { default: "no" }),
  opt("encryption", ENCRYPTION, "Encrypt calls with this party.", { default: "no", ...G }),
  opt("forceencryption", ENCRYPTION, "Refuse calls that are not encrypted.", { default: "no", ...G }),
  opt("keyrotate", BOOL, "Rotate encryption keys during calls.", { documentedOnly: "The sample documents it, but Asterisk 20's chan_iax2 does not read it." }),
  opt("transfer", oneOf([["yes", "Let the two ends connect directly after a transfer."], ["no", "Keep the call flowing through Asterisk."], ["mediaonly", "Move only the audio directly; signalling stays with Asterisk."]], { bools: "any" }), "Whether calls may be handed off so the two ends talk directly.", { default: "yes", ...G }),
  opt("jitterbuffer", BOOL, "Use a jitter buffer on calls with this party.", { default: "no", ...G }),
  opt("permit", ACL, "Address range (`ip/mask`) allowed to use this section.", { repeatable: true }),
  opt("deny", ACL, "Address range (`ip/mask`) refused for this section.", { repeatable: true }),
  opt("acl", STRING, "Named access list (from acl.conf).", { repeatable: true }),
  opt("mohinterpret", STRING, "Music-on-hold class played when the other side holds us.", G),
  opt("mohsuggest", STRING, "Music-on-hold class suggested to the other side.", G),
  opt("requirecalltoken", oneOf([["yes", "Require call tokens (protection against spoofed calls)."], ["no", "Do not require call tokens (for old servers)."], ["auto", "Require them once the other side has shown it supports them."]], { bools: "any" }), "Whether call tokens are required from this party.", { default: "yes" }),
  opt("connectedline", oneOf([["yes", "Send and receive connected-line updates."], ["no", "Neither send nor receive them."], ["send", "Only send them."], ["receive", "Only receive them."]], { bools: "any" }), "Connected-line (who you are talking to) updates.", { default: "no", ...G }),
  opt("adsi", BOOL, "The device supports ADSI screens.", { default: "no", ...G }),
  opt("sendani", BOOL, "Send the caller's ANI on calls to this peer.", { default: "no", ...PEER }),
  opt("qualify", IAX_QUALIFY, "Ping the peer to track reachability: yes, no, or a maximum reply time in ms.", { default: "no", fallback: "0 (no pings)", ...PEER }),
  opt("qualifysmoothing", BOOL, "Average the last two ping times before deciding the peer is lagged.", { default: "no", ...PEER }),
  opt("qualifyfreqok", int(0, undefined, "ms"), "How often to ping a reachable peer.", { default: "60000", ...PEER }),
  opt("qualifyfreqnotok", int(0, undefined, "ms"), "How often to ping an unreachable peer.", { default: "10000", ...PEER }),
  opt("mailbox", STRING, "Voicemail box whose message-waiting state is sent to this peer.", PEER),
  opt("hasvoicemail", BOOL, "Give the peer a mailbox named after it (a users.conf leftover).", PEER),
  opt("maxcallnumbers", int(0, 65535), "Maximum call numbers this peer may use at once.", { ...PEER, fallback: "the [general] limit" }),
  opt("timezone", STRING, "Time zone sent to provisioned IAX devices.", PEER),
  opt("description", STRING, "Free-text description shown in `iax2 show peers`.", PEER),
  opt("accountcode", STRING, "Account code written to call records.", { ...USER, ...G }),
  opt("amaflags", AMA_FLAGS, "Billing category stored in call records.", { ...USER, ...G, fallback: "the system default" }),
  opt("language", STRING, "Language for prompts on this party's calls.", { ...USER, ...G }),
  opt("parkinglot", STRING, "Parking lot for calls parked from this party.", { ...USER, ...G }),
  opt("immediate", BOOL, "Start calls from this user in the `s` extension without waiting for digits.", { default: "no", ...USER }),
  opt("maxauthreq", int(0), "Maximum pending authentication requests from this user.", { ...USER, ...G }),
  opt("setvar", STRING, "Channel variable set on calls from this user, `NAME=value`.", { repeatable: true, ...USER }),
];

/** Options only [general] understands (the shared ones are in IAX_PEER_OPTIONS with alsoGeneral). */
export const IAX_GENERAL_OPTIONS: OptionInfo[] = [
  opt("register", STRING, "Registration to another IAX2 server, `register => user[:secret]@host[:port]`.", { repeatable: true }),
  opt("bindport", PORT, "UDP port chan_iax2 listens on.", { default: "4569" }),
  opt("bindaddr", STRING, "Address (and port) chan_iax2 listens on.", { default: "0.0.0.0", repeatable: true }),
  opt("iaxcompat", BOOL, "Do slow DNS lookups in a separate thread (compatibility).", { default: "no" }),
  opt("nochecksums", BOOL, "Disable UDP checksums.", { default: "no" }),
  opt("delayreject", BOOL, "Delay rejecting bad authentication (slows password guessing).", { default: "no" }),
  opt("allowfwdownload", BOOL, "Allow IAX devices to download firmware.", { default: "no" }),
  opt("autokill", oneOf([["yes", "Give up after 2000 ms without an ACK."], ["no", "Wait forever for an ACK."]], { orInt: { min: 0, unit: "ms" } }), "Give up on a new call when the other side does not acknowledge it in time."),
  opt("authdebug", BOOL, "Log authentication failures.", { default: "yes" }),
  opt("bandwidth", oneOf([["low", "Prefer low-bandwidth codecs."], ["medium", "Prefer medium-bandwidth codecs."], ["high", "Allow any codec."]]), "Which codecs are allowed by default, by bandwidth."),
  opt("calltokenoptional", ACL, "Addresses that need not send call tokens.", { repeatable: true }),
  opt("calltokenexpiration", int(1, undefined, "seconds"), "How long a call token stays valid.", { default: "10" }),
  opt("maxcallnumbers_nonvalidated", int(0), "Call numbers available to peers that have not proved their address.", { default: "8192" }),
  opt("iaxthreadcount", int(1), "Number of IAX helper threads started at load.", { default: "10" }),
  opt("iaxmaxthreadcount", int(0), "Maximum number of extra IAX helper threads.", { default: "100" }),
  opt("jittertargetextra", int(0, undefined, "ms"), "Extra delay the jitter buffer keeps.", { default: "40" }),
  opt("maxjitterbuffer", int(0, undefined, "ms"), "Maximum jitter buffer size.", { default: "1000" }),
  opt("maxjitterinterps", int(0), "Maximum frames the jitter buffer may fill in for lost ones.", { default: "10" }),
  opt("resyncthreshold", int(-1, undefined, "ms"), "Timestamp jump that makes the jitter buffer resynchronise.", { default: "1000" }),
  opt("lagrqtime", int(1, undefined, "seconds"), "How often to measure lag on calls.", { default: "10" }),
  opt("pingtime", int(1, undefined, "seconds"), "How often to ping during calls.", { default: "20" }),
  opt("minregexpire", int(1, undefined, "seconds"), "Shortest registration time accepted.", { default: "60" }),
  opt("maxregexpire", int(1, undefined, "seconds"), "Longest registration time accepted.", { default: "60" }),
  opt("regcontext", CONTEXT, "Context where Asterisk creates an extension for each registered peer."),
  opt("srvlookup", BOOL, "Look up DNS SRV records for peers.", { default: "no" }),
  opt("tos", TOS, "DSCP/TOS marking of IAX packets."),
  opt("cos", int(0, 7), "802.1p priority of IAX packets."),
  opt("trunkfreq", int(10, undefined, "ms"), "How often trunk packets are sent.", { default: "20" }),
  opt("trunkmtu", int(0), "Maximum size of a trunk packet.", { default: "0" }),
  opt("trunkmaxsize", int(0), "Maximum buffered trunk data per peer.", { default: "128000" }),
  opt("trunktimestamps", BOOL, "Send individual timestamps inside trunk frames.", { default: "no" }),
  opt("shrinkcallerid", BOOL, "Remove ( ) - . characters from caller-ID numbers.", { default: "yes" }),
  opt("subscribe_network_change_event", BOOL, "React to network change events.", { default: "yes" }),
  opt("rtcachefriends", BOOL, "Cache realtime friends in memory.", { default: "no" }),
  opt("rtsavesysname", BOOL, "Save the system name in realtime.", { default: "no" }),
  opt("rtupdate", BOOL, "Write registration details back to realtime.", { default: "yes" }),
  opt("rtignoreregexpire", BOOL, "Keep cached realtime registrations after they expire.", { default: "no" }),
  opt("rtautoclear", STRING, "Expire cached realtime peers: yes, no, or a number of seconds."),
  opt("maxcallnumbers", int(0, 65535), "Default limit of call numbers per remote address.", { default: "2048" }),
];

export const IAX_TABLES: OptionTable[] = [
  {
    driver: "iax",
    object: "peer",
    title: "chan_iax2 peer/user",
    summary: "An IAX2 party: another Asterisk server or an IAX carrier (type=peer, user or friend).",
    options: IAX_PEER_OPTIONS,
  },
  {
    driver: "iax",
    object: "general",
    title: "chan_iax2 [general]",
    summary: "Global chan_iax2 settings: listening address, registrations, jitter buffer and defaults for every peer.",
    options: IAX_GENERAL_OPTIONS,
  },
];
