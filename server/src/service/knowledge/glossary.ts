// Glossary of carrier and telephony terms, written for VICIdial operators; shown on hover wherever the word appears.
// `matches` are whole words (letters, digits, `_`, `-`, `/`); record field names are listed too, so a field name
// mentioned in a comment explains itself. Each match belongs to exactly one entry.
import type { GlossaryTerm } from "./types";

export const GLOSSARY: GlossaryTerm[] = [
  // ---- Protocols and the network underneath ------------------------------------------------------------------
  {
    name: "SIP (Session Initiation Protocol)",
    matches: ["sip"],
    summary: "The protocol phones, servers and carriers use to start, modify and hang up internet calls; the audio itself flows separately as RTP.",
    detail:
      "VICIdial speaks SIP in two places: agent phones register with the server over SIP, and the server sends outbound calls to the carrier over a SIP trunk. " +
      "When a call will not connect, fails after a few seconds or has one-way audio, the cause is usually in the SIP exchange: a wrong password, a blocked port, or a firewall or NAT router rewriting the messages. " +
      "A carrier with protocol `SIP` is written into sip-vicidial.conf for chan_sip; `PJSIP` and `PJSIP_WIZ` carriers go to the PJSIP files instead.",
    example: "[mycarrier]\ntype=peer\nhost=sip.example.net\ncontext=trunkinbound",
  },
  {
    name: "SIP trunk",
    aliases: ["trunk"],
    matches: ["trunk", "trunks", "sip-trunk", "sip_trunk"],
    summary: "Your server's connection to a carrier, run over the internet rather than physical lines; a single trunk carries many calls side by side.",
    detail:
      "There are no physical lines: your server and the carrier exchange SIP and RTP over the network. Every live call uses one channel of the trunk, so the channel count your carrier sells you caps your concurrent calls; a call beyond the last free channel is refused. " +
      "In VICIdial one carrier record usually describes one trunk: the account entry defines the peer, and the dialplan entry sends calls out through it. " +
      "The carrier must first trust you, either by IP authentication or by a registration.",
  },
  {
    name: "IAX2 (Inter-Asterisk eXchange, version 2)",
    matches: ["iax2", "iax"],
    summary: "Asterisk's own VoIP protocol: signalling and voice share one UDP port (4569).",
    detail:
      "IAX2 is mostly used to link Asterisk servers to each other; VICIdial itself uses IAX2 loops between its servers. Few public carriers offer it today, so pick SIP when both are available. " +
      "A carrier with protocol `IAX2` goes into iax-vicidial.conf; its registration string belongs to iax.conf's `[general]`.",
    example: "register => myuser:mypass@iax.example.net:4569",
  },
  {
    name: "VoIP (Voice over IP)",
    matches: ["voip"],
    summary: "Voice over IP: speech digitised into packets and sent across a data network; every VICIdial call travels this way.",
    detail:
      "Every VICIdial call is a VoIP call: SIP (or IAX2) handles the set-up and tear-down, RTP carries the audio, and a codec packs the voice into packets. " +
      "Because voice is just network traffic, a dialer scales by adding logins rather than wiring, but call quality depends on the network path: late or lost packets are heard as choppy or missing audio.",
  },
  {
    name: "RTP (Real-time Transport Protocol)",
    matches: ["rtp"],
    summary: "The stream of small UDP packets that carries the actual voice of a call, separate from the SIP signalling.",
    detail:
      "SIP only negotiates where the audio should go; the voice then flows as RTP on a range of UDP ports set in rtp.conf (the sample file uses 10000–20000). " +
      "If SIP works but RTP is blocked or sent to a private address, calls connect with no audio or one-way audio. For carriers behind NAT, `nat=` / `directmedia=no` (chan_sip) or `rtp_symmetric` / `direct_media=no` (PJSIP) keep the audio flowing through Asterisk.",
  },
  {
    name: "Codec",
    matches: ["codec", "codecs"],
    summary: "The method used to turn voice into data and back; both ends of a call must agree on one.",
    detail:
      "Codecs trade bandwidth against quality: ulaw/alaw (G.711) use about 64 kbit/s with no compression, g729 squeezes a call into about 8 kbit/s. " +
      "A carrier's account entry normally starts with `disallow=all` and then allows only the codecs the carrier accepts, in order of preference. When the two sides share no codec, the call is either refused or connects and stays silent.",
    example: "disallow=all\nallow=ulaw",
  },
  {
    name: "Packet loss",
    matches: ["packet-loss", "packet_loss", "packetloss"],
    summary: "Voice packets that never arrive; heard as clipped words, robotic or choppy audio.",
    detail:
      "RTP runs over UDP, so lost packets are not sent again. A few percent loss is already audible. The cause is almost always the network path (congested uplink, Wi-Fi, an overloaded router), not VICIdial; a lower-bandwidth codec can help on a thin link.",
  },
  {
    name: "PJSIP (chan_pjsip)",
    matches: ["pjsip", "chan_pjsip", "res_pjsip"],
    summary: "Asterisk's current SIP channel driver, configured in pjsip.conf with separate endpoint, aor, auth, identify and registration objects.",
    detail:
      "chan_sip was removed in Asterisk 21, so PJSIP is where SIP trunks are heading. In VICIdial a `PJSIP` carrier's account entry holds raw pjsip.conf objects, usually several sections that share the carrier's name with different `type=` values. " +
      "The registration string field is ignored for PJSIP: a registration is a `type=registration` object (plus a `type=auth`) inside the account entry. " +
      "The system setting \"Allowed SIP Stacks\" must include PJSIP before VICIdial offers the protocol, and chan_sip and PJSIP cannot both listen on port 5060.",
    example: "[mycarrier]\ntype=endpoint\ncontext=trunkinbound\ndisallow=all\nallow=ulaw\naors=mycarrier",
  },
  {
    name: "PJSIP wizard",
    matches: ["pjsip_wiz", "pjsip_wizard", "wizard"],
    summary: "A short-hand way to describe a PJSIP trunk in one `type=wizard` section that Asterisk expands into endpoint, aor, auth and registration objects.",
    detail:
      "A carrier with protocol `PJSIP_WIZ` is written to pjsip_wizard-vicidial.conf. Object options are given with prefixes such as `endpoint/`, `aor/` and `outbound_auth/`; `sends_registrations=yes` replaces the registration string.",
    example: "[mycarrier]\ntype=wizard\nremote_hosts=sip.example.net:5060\nendpoint/context=trunkinbound\nendpoint/allow=!all,ulaw",
  },
  {
    name: "chan_sip",
    matches: ["chan_sip"],
    summary: "Asterisk's original SIP channel driver, configured in sip.conf; deprecated and gone from Asterisk 21 on.",
    detail:
      "Most VICIdial installs still run chan_sip: carriers with protocol `SIP` are written into sip-vicidial.conf, which the stock sip.conf includes at the end of `[general]`. " +
      "chan_sip has no STIR/SHAKEN support. Moving a carrier to PJSIP means rewriting its account entry, not just changing the protocol.",
  },
  {
    name: "NAT (Network Address Translation)",
    matches: ["nat", "natted"],
    summary: "A router rewriting private addresses into one public address; it hides the real address that SIP messages advertise.",
    detail:
      "Behind NAT, SIP messages carry private addresses the carrier cannot reach, which leads to one-way audio or calls dropping after about 30 seconds. " +
      "The server needs to know its public address (`externip`/`externaddr` and `localnet` in chan_sip, `external_media_address` and `external_signaling_address` on a PJSIP transport), and the carrier peer usually wants `nat=force_rport,comedia` (chan_sip) or `rtp_symmetric=yes`, `force_rport=yes`, `rewrite_contact=yes` (PJSIP).",
  },
  {
    name: "Qualify",
    matches: ["qualify", "qualified"],
    summary: "Asterisk pinging a peer with SIP OPTIONS to see whether it is reachable and how long it takes to answer.",
    detail:
      "With `qualify=yes` on a chan_sip peer (or `qualify_frequency` on a PJSIP aor), `sip show peers` shows the carrier as OK with a latency, or UNREACHABLE. A carrier that does not answer OPTIONS can show as unreachable even though calls work; some carriers ask you to turn qualify off.",
    example: "qualify=yes",
  },
  {
    name: "DTMF",
    matches: ["dtmf", "rfc2833", "rfc4733"],
    summary: "The touch-tone digits pressed during a call (IVR choices, extensions), and how they are sent across the trunk.",
    detail:
      "Digits can travel inside the audio (inband), as separate RTP events (RFC 2833 / RFC 4733, the usual choice), or as SIP INFO messages. Both sides must use the same method, or key presses are lost or doubled. " +
      "Set it on the carrier with `dtmfmode=` (chan_sip) or `dtmf_mode=` (PJSIP).",
    example: "dtmfmode=rfc2833",
  },

  // ---- Carriers, numbers and routing --------------------------------------------------------------------------
  {
    name: "Carrier",
    matches: ["carrier", "carriers"],
    summary: "The provider that hands your server's calls on to the public telephone network, usually billing per minute or per channel.",
    detail:
      "You bring your own carrier: VICIdial does not sell minutes. In the admin screens each carrier is a \"Server Carrier\" record whose fields (registration string, account entry, globals string, dialplan entry) VICIdial writes into Asterisk's conf files. " +
      "New carriers start inactive; set Active to Y and wait about a minute for the files to be rebuilt, then check `sip show peers` (or `pjsip show endpoints`).",
  },
  {
    name: "Carrier ID",
    matches: ["carrier_id"],
    summary: "The unique, system-wide name of a carrier record: 2 to 15 letters, digits, `-` or `_`, no spaces.",
    detail:
      "It only labels the record (VICIdial writes it into a comment above the carrier's lines); the Asterisk peer name is whatever the account entry's `[section]` says. It cannot be changed after the carrier is created.",
    example: "carrier_id: ACME_SIP",
  },
  {
    name: "Channel",
    matches: ["channel", "channels"],
    summary: "The unit of trunk capacity, one simultaneous call: a trunk bought with 30 channels carries at most 30 calls at a time.",
    detail:
      "A carrier sells trunk capacity as a number of channels; the first call beyond it fails, typically with congestion. In Asterisk a channel is also the object for one call leg, named after its driver, such as `SIP/mycarrier-0000002a` or `PJSIP/mycarrier-00000012`.",
  },
  {
    name: "Concurrent calls",
    matches: ["concurrent", "concurrency", "simultaneous"],
    summary: "The number of calls in progress at one time, ringing ones included; trunk channels and server capacity set the limit.",
    detail:
      "A predictive dialer places more calls than there are agents, so concurrent calls quickly reach the trunk's channel limit. Size the trunk to the dialing level you run, and keep the server's Max VICIdial Trunks and server trunk settings at or below what the carrier allows.",
  },
  {
    name: "Server trunks",
    matches: ["server_trunks", "max_vicidial_trunks"],
    summary: "VICIdial's per-server limits on outbound lines: a total for the server and optional reservations or caps per campaign.",
    detail:
      "They keep one busy campaign from taking every channel of a shared carrier. Keep the totals within the channel count the carrier sells you.",
  },
  {
    name: "DID (Direct Inward Dialing)",
    matches: ["did", "dids"],
    summary: "An inbound number rented from a carrier; its calls arrive on your trunk with the dialled number attached, so VICIdial can route each number its own way.",
    detail:
      "The carrier sends the dialled number with the call; VICIdial matches it against its DID records and routes the call, for example to an inbound group. For that to happen the carrier's account entry must put inbound calls into the `trunkinbound` context.",
  },
  {
    name: "PSTN (public switched telephone network)",
    matches: ["pstn"],
    summary: "The ordinary worldwide telephone network that landlines and mobiles are on; carriers connect your VoIP calls to it.",
  },
  {
    name: "Dialplan",
    matches: ["dialplan", "dialplans"],
    summary: "Asterisk's routing rules (extensions.conf): patterns of dialled numbers and the steps to run for each.",
    detail:
      "Outbound VICIdial calls are matched against the patterns of the carriers' dialplan entries in the `[vicidial-auto-external]` context; the matching entry decides which carrier the call leaves through and how its digits are reshaped.",
    example: "exten => _91NXXNXXXXXX,1,AGI(agi://127.0.0.1:4577/call_log)",
  },
  {
    name: "Dial prefix",
    matches: ["dial_prefix", "dial-prefix", "dialprefix", "manual_dial_prefix"],
    summary: "Digits VICIdial puts in front of every number a campaign dials, so the dialplan can tell which route to use.",
    detail:
      "The campaign default is 9, so a US call arrives in the dialplan as 9 + 1 + ten digits and matches `_91NXXNXXXXXX`; `${EXTEN:1}` then drops the 9 before the number goes to the carrier. Giving a campaign a different prefix (and a dialplan entry for it) is the usual way to send it through a different carrier.",
    example: "exten => _91NXXNXXXXXX,n,Dial(SIP/${EXTEN:1}@mycarrier,${CAMPDTO},To)",
  },
  {
    name: "Phone code",
    aliases: ["phone code override"],
    matches: ["phone_code", "phone-code", "phone_code_override"],
    summary: "The country calling code stored with each lead (1 for North America); VICIdial dials it before the number unless told not to.",
    detail:
      "The number that reaches the dialplan is dial prefix + phone code + phone number, so the phone code is part of what carrier patterns must match. A campaign can omit it, and a list-level override can force a different code or routing prefix for the leads of one list.",
  },
  {
    name: "Failover",
    matches: ["failover", "fail-over"],
    summary: "Trying a second carrier automatically when the first one cannot take the call.",
    detail:
      "In a VICIdial dialplan entry this is simply a second `Dial()` after the first one: if the first carrier returns busy, congestion or is unreachable, Dial ends and the next priority dials the backup. Decide which failures justify a retry before an outage forces you to.",
    example: "exten => _91NXXNXXXXXX,1,AGI(agi://127.0.0.1:4577/call_log)\nexten => _91NXXNXXXXXX,n,Dial(SIP/${EXTEN:1}@primary,${CAMPDTO},To)\nexten => _91NXXNXXXXXX,n,Dial(SIP/${EXTEN:1}@backup,${CAMPDTO},To)\nexten => _91NXXNXXXXXX,n,Hangup()",
  },
  {
    name: "Least-cost routing (LCR)",
    matches: ["lcr", "least-cost", "least_cost"],
    summary: "Choosing, for each number, the carrier that is cheapest to that destination.",
    detail:
      "VICIdial ships an LCR AGI script that looks up the first six digits of a North American number (its NPANXX) in a rate table and sets the trunk to use for that call. It pairs well with failover, so that a cheap route being down never makes a number unreachable.",
  },
  {
    name: "NPANXX",
    matches: ["npanxx", "npa", "nxx", "npa-nxx"],
    summary: "The first six digits of a North American number: the area code (NPA) plus the exchange (NXX).",
    detail:
      "NPANXX identifies the rate centre a number belongs to, which is why least-cost routing and local-presence CallerID are keyed on it. In a dialled string `9` + `1` + ten digits, `${EXTEN:2:6}` extracts it.",
    example: "NPA-NXX-XXXX: 212-555-0142 → NPANXX 212555",
  },
  {
    name: "NANP (North American Numbering Plan)",
    matches: ["nanp"],
    summary: "The numbering plan of the US, Canada and parts of the Caribbean: country code 1, then a 3-digit area code, 3-digit exchange and 4-digit line.",
    detail:
      "Area code and exchange never start with 0 or 1, which is what the `N` (2–9) in Asterisk patterns expresses: `_1NXXNXXXXXX` is an eleven-digit NANP number, `_91NXXNXXXXXX` the same after VICIdial's default dial prefix. Codes such as 211–911 are service numbers, and 800, 833, 844, 855, 866, 877 and 888 are toll-free.",
  },
  {
    name: "STIR/SHAKEN",
    matches: ["stir/shaken", "stir", "shaken", "stir-shaken", "stir_shaken"],
    summary: "The North American framework in which carriers digitally sign the calling number so the receiving network can trust it.",
    detail:
      "The originating carrier adds a signed token to the SIP INVITE stating how well it knows you and your right to the number (the attestation level); the terminating carrier checks it. Poorly attested calls are more likely to be labelled spam or blocked. " +
      "VICIdial has no built-in signing: usually the carrier signs, or an AGI run before `Dial()` requests a signature from a signing service. In Asterisk only PJSIP supports STIR/SHAKEN; chan_sip does not.",
  },
  {
    name: "Attestation (A / B / C)",
    matches: ["attestation", "attest", "attested"],
    summary: "The confidence level a signing carrier gives a call under STIR/SHAKEN: A full, B partial, C gateway.",
    detail:
      "A: the carrier knows the customer and that the customer may use the calling number. B: it knows the customer but not that the number is theirs. C: it only knows where the call entered its network. " +
      "Dial only with CallerID numbers your carrier has assigned to you or verified for you; other numbers get B or C at best.",
  },
  {
    name: "CallerID",
    matches: ["callerid", "caller_id", "caller-id", "cid", "clid"],
    summary: "The number (and optional name) presented to the person being called.",
    detail:
      "VICIdial chooses the outbound CallerID per campaign or list and hides its own call tracking in the CallerID name, which is why carrier dialplan entries keep the `o` option of `Dial()`. " +
      "Carriers may reject or re-sign numbers they have not provisioned for you; see STIR/SHAKEN attestation. Which header carries it is set by `sendrpid`/`trustrpid` (chan_sip) or `send_pai`/`send_rpid`/`trust_id_outbound` (PJSIP).",
  },

  // ---- Authentication -------------------------------------------------------------------------------------------
  {
    name: "Registration",
    aliases: ["phone registration"],
    matches: ["registration", "registrations", "registered", "unregistered"],
    summary: "A SIP login: a device tells a server its current address and proves who it is, and repeats this before the registration expires.",
    detail:
      "Agent phones register to the VICIdial server; a phone that is not registered never rings, even when the agent is logged in to the web screen. Wrong passwords, a firewall or NAT eating the replies, and very short expiry times are the usual reasons. " +
      "Towards a carrier it works the other way round: your server registers to the carrier (with a registration string), which is how a carrier finds a server with a changing address.",
  },
  {
    name: "Registration string",
    matches: ["registration_string"],
    summary: "The carrier field holding the `register =>` line that logs your server in to the carrier.",
    detail:
      "VICIdial copies it verbatim to the top of sip-vicidial.conf or iax-vicidial.conf, which lands in the `[general]` section of sip.conf / iax.conf. Leave it empty when the carrier authenticates you by IP. It is ignored for PJSIP carriers (use a `type=registration` object in the account entry).",
    example: "register => myuser:mypassword@sip.example.net:5060",
  },
  {
    name: "IP authentication",
    matches: ["ip-auth", "ip_auth", "ip-authentication", "ip-authenticated", "whitelist", "whitelisted", "allowlist"],
    summary: "The carrier accepts calls coming from a known public address of your server, so no login or registration is needed.",
    detail:
      "You give the carrier your server's fixed public IP and it allows calls from there. There is no registration string and usually no secret; the account entry just points `host=` at the carrier (chan_sip) or uses a `type=identify` with `match=` (PJSIP). " +
      "Do not also send a registration to a carrier that expects IP authentication: a rejected REGISTER (401/403) makes the trunk look like it is flapping.",
  },
  {
    name: "Remote agent",
    matches: ["remote_agent", "remote_agents", "remote-agent"],
    summary: "Someone handling calls from home or another site, reaching the server across the public internet instead of the office network.",
    detail:
      "Their softphone registers to the server exactly like an office phone, only across the internet, so NAT and firewall settings matter more. VICIdial also has a separate \"Remote Agents\" feature, where calls are sent to an outside number rather than to a registered phone.",
  },
  {
    name: "Agent",
    matches: ["agent", "agents"],
    summary: "Someone handling calls for a campaign: they work in VICIdial's web agent screen and hear the calls on a phone or softphone.",
  },

  // ---- VICIdial carrier and template fields ---------------------------------------------------------------------
  {
    name: "Account entry",
    matches: ["account_entry"],
    summary: "The carrier field with the peer definition: how Asterisk talks to this carrier (host, codecs, type, secret, inbound context).",
    detail:
      "VICIdial writes it into the conf file for the carrier's protocol (sip-, iax-, pjsip- or pjsip_wizard-vicidial.conf). It should start with the carrier's own `[section]`; without one, its lines join whatever section was open before. Set `context=trunkinbound` so inbound calls reach VICIdial's DID routing. Every `;` is removed when saved, so comments cannot be kept here.",
    example: "[mycarrier]\ntype=peer\nhost=sip.example.net\ndisallow=all\nallow=ulaw\ndtmfmode=rfc2833\ncontext=trunkinbound",
  },
  {
    name: "Globals string",
    aliases: ["global string"],
    matches: ["globals_string", "global_string"],
    summary: "The carrier field holding one dialplan global variable, usually naming the trunk, so dialplan entries need not repeat it.",
    detail:
      "VICIdial writes every carrier's globals string, one per line, at the top of extensions-vicidial.conf, which the stock extensions.conf includes inside `[globals]`. It must be a single `NAME=value` line.",
    example: "MYTRUNK = SIP/mycarrier",
  },
  {
    name: "Dialplan entry",
    matches: ["dialplan_entry"],
    summary: "The carrier field with the dialplan lines that match outbound numbers and dial them through this carrier.",
    detail:
      "VICIdial places all carriers' dialplan entries into the `[vicidial-auto-external]` context of extensions-vicidial.conf. The usual shape is three steps: log the call with the call_log AGI, `Dial()` through the carrier, `Hangup()`. It must not open its own `[context]`.",
    example: "exten => _91NXXNXXXXXX,1,AGI(agi://127.0.0.1:4577/call_log)\nexten => _91NXXNXXXXXX,n,Dial(${MYTRUNK}/${EXTEN:1},${CAMPDTO},To)\nexten => _91NXXNXXXXXX,n,Hangup()",
  },
  {
    name: "Server IP",
    matches: ["server_ip"],
    summary: "The carrier field naming the Asterisk server whose conf files receive the carrier; 0.0.0.0 means all of them.",
    detail:
      "Only servers that generate their conf files pick the carrier up. In a cluster, 0.0.0.0 installs the same trunk everywhere; on a single server, use that server's address.",
  },
  {
    name: "Protocol",
    matches: ["protocol"],
    summary: "The carrier field that says which channel driver and conf file the carrier is for: SIP, IAX2, PJSIP, PJSIP_WIZ, Zap or EXTERNAL.",
    detail:
      "It decides where the account entry is written (sip-, iax-, pjsip- or pjsip_wizard-vicidial.conf) and whether the registration string is used at all. Zap and EXTERNAL carriers are not written anywhere.",
  },
  {
    name: "Template ID",
    matches: ["template_id"],
    summary: "The name of a VICIdial conf template (2 to 15 characters, no spaces); on a carrier, the template whose text is added after its account entry.",
    detail:
      "`--NONE--` means no template. A template ID that names no existing template adds nothing, without any warning from VICIdial.",
    example: "template_id: SIP_generic",
  },
  {
    name: "Conf template",
    matches: ["template", "templates", "conftemplate", "template_contents"],
    summary: "Shared settings kept in one place and reused by several peers or carriers.",
    detail:
      "Asterisk templates are sections marked `(!)` that other sections inherit with `[peer](name)`. VICIdial conf templates work differently: their text is pasted verbatim after the account entry of every carrier that selects the template, joining the carrier's last section. " +
      "In both cases keep per-account values (secret, username, accountcode, account, mailbox) out of the template.",
    example: "[codecs](!)\ndisallow=all\nallow=ulaw\n\n[mycarrier](codecs)\nhost=sip.example.net",
  },

  // ---- Asterisk and VICIdial terms used in these files ----------------------------------------------------------
  {
    name: "Context",
    matches: ["context", "contexts"],
    summary: "A named section of the dialplan; a channel's context decides which set of extensions its calls are matched against.",
    detail:
      "On a carrier peer, `context=` names where calls arriving from that carrier start. For VICIdial this should be `trunkinbound`, so inbound numbers reach DID routing. Outbound carrier dialplan entries live in `[vicidial-auto-external]`.",
    example: "context=trunkinbound",
  },
  {
    name: "trunkinbound",
    matches: ["trunkinbound"],
    summary: "The dialplan context VICIdial expects inbound carrier calls in; it hands the call to the DID routing script.",
    detail: "Set `context=trunkinbound` in the carrier's account entry. A carrier left in `default` or another context will not route its DIDs through VICIdial.",
    example: "context=trunkinbound",
  },
  {
    name: "Peer",
    matches: ["peer", "peers"],
    summary: "In chan_sip and IAX2, the section describing the other end of a connection, such as a carrier or a phone.",
    detail: "`type=peer` is used for outbound (and matched by IP for inbound), `type=user` for inbound only, `type=friend` for both. A VICIdial carrier's account entry is normally a single peer section.",
  },
  {
    name: "AGI (Asterisk Gateway Interface)",
    matches: ["agi", "fastagi"],
    summary: "The way the dialplan hands a call to an external script; FastAGI does it over a network socket.",
    detail:
      "VICIdial's carrier dialplan entries start with `AGI(agi://127.0.0.1:4577/call_log)`, which logs the call on VICIdial's own FastAGI server (port 4577, not Asterisk's default 4573).",
  },
  {
    name: "Asterisk",
    matches: ["asterisk"],
    summary: "The open-source telephony engine underneath VICIdial: it registers phones, talks to carriers and runs the dialplan.",
    detail:
      "VICIdial configures it through generated files (sip-vicidial.conf, extensions-vicidial.conf …) included from the main conf files, and reloads Asterisk when they change.",
  },
  {
    name: "VICIdial",
    matches: ["vicidial", "astguiclient"],
    summary: "The open-source contact-centre suite (dialer, agent screen, reports) built on top of Asterisk.",
    detail:
      "Carriers and conf templates are edited in its admin web pages; a keepalive script running every minute writes them into Asterisk's conf files on each server that generates conf files, and reloads Asterisk.",
  },
];

let index: Map<string, GlossaryTerm> | undefined;

function buildIndex(): Map<string, GlossaryTerm> {
  const map = new Map<string, GlossaryTerm>();
  for (const term of GLOSSARY) for (const match of term.matches) map.set(match.toLowerCase(), term);
  return map;
}

/** The glossary entry a word of text refers to, if any (case-insensitive). */
export function findGlossaryTerm(word: string): GlossaryTerm | undefined {
  index ??= buildIndex();
  return index.get(word.toLowerCase());
}
