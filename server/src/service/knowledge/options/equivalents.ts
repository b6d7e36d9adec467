// chan_sip option names and their PJSIP counterparts, for "wrong driver" messages, renames and hovers.
import { lookupTable } from "../../util/lookup-table";

export interface PjsipEquivalent {
  /** The PJSIP object type that holds the option. */
  object: string;
  /** The PJSIP option name, when there is a one-to-one rename. */
  name?: string;
  /** Plain words when there is no one-to-one rename. */
  note?: string;
}

/** chan_sip name → where the setting lives in PJSIP. */
export const SIP_TO_PJSIP: Record<string, PjsipEquivalent> = lookupTable({
  dtmfmode: { object: "endpoint", name: "dtmf_mode", note: "write `rfc4733` where chan_sip had `rfc2833`" },
  directmedia: { object: "endpoint", name: "direct_media" },
  canreinvite: { object: "endpoint", name: "direct_media" },
  fromuser: { object: "endpoint", name: "from_user" },
  fromdomain: { object: "endpoint", name: "from_domain" },
  mohsuggest: { object: "endpoint", name: "moh_suggest" },
  outboundproxy: { object: "endpoint", name: "outbound_proxy", note: "as a full SIP URI" },
  trustrpid: { object: "endpoint", name: "trust_id_inbound" },
  progressinband: { object: "endpoint", name: "inband_progress" },
  rtptimeout: { object: "endpoint", name: "rtp_timeout" },
  rtpholdtimeout: { object: "endpoint", name: "rtp_timeout_hold" },
  rtpkeepalive: { object: "endpoint", name: "rtp_keepalive" },
  tonezone: { object: "endpoint", name: "tone_zone" },
  callgroup: { object: "endpoint", name: "call_group" },
  pickupgroup: { object: "endpoint", name: "pickup_group" },
  namedcallgroup: { object: "endpoint", name: "named_call_group" },
  namedpickupgroup: { object: "endpoint", name: "named_pickup_group" },
  setvar: { object: "endpoint", name: "set_var" },
  mailbox: { object: "endpoint", name: "mailboxes" },
  t38pt_udptl: { object: "endpoint", name: "t38_udptl" },
  faxdetect: { object: "endpoint", name: "fax_detect" },
  usereqphone: { object: "endpoint", name: "user_eq_phone" },
  allowsubscribe: { object: "endpoint", name: "allow_subscribe" },
  allowtransfer: { object: "endpoint", name: "allow_transfer" },
  allowoverlap: { object: "endpoint", name: "allow_overlap" },
  icesupport: { object: "endpoint", name: "ice_support" },
  avpf: { object: "endpoint", name: "use_avpf" },
  "session-timers": { object: "endpoint", name: "timers" },
  "session-expires": { object: "endpoint", name: "timers_sess_expires" },
  "session-minse": { object: "endpoint", name: "timers_min_se" },
  subscribecontext: { object: "endpoint", name: "subscribe_context" },
  vmexten: { object: "endpoint", name: "voicemail_extension" },
  g726nonstandard: { object: "endpoint", name: "g726_non_standard" },
  callingpres: { object: "endpoint", name: "callerid_privacy" },
  cid_tag: { object: "endpoint", name: "callerid_tag" },
  contactpermit: { object: "endpoint", name: "contact_permit" },
  contactdeny: { object: "endpoint", name: "contact_deny" },
  contactacl: { object: "endpoint", name: "contact_acl" },
  mwi_from: { object: "endpoint", name: "mwi_from_user" },
  recordonfeature: { object: "endpoint", name: "record_on_feature" },
  recordofffeature: { object: "endpoint", name: "record_off_feature" },
  outofcall_message_context: { object: "endpoint", name: "message_context" },
  busylevel: { object: "endpoint", name: "device_state_busy_at" },
  dtlsverify: { object: "endpoint", name: "dtls_verify" },
  dtlsrekey: { object: "endpoint", name: "dtls_rekey" },
  dtlsautogeneratecert: { object: "endpoint", name: "dtls_auto_generate_cert" },
  dtlscertfile: { object: "endpoint", name: "dtls_cert_file" },
  dtlsprivatekey: { object: "endpoint", name: "dtls_private_key" },
  dtlscipher: { object: "endpoint", name: "dtls_cipher" },
  dtlscafile: { object: "endpoint", name: "dtls_ca_file" },
  dtlscapath: { object: "endpoint", name: "dtls_ca_path" },
  dtlssetup: { object: "endpoint", name: "dtls_setup" },
  dtlsfingerprint: { object: "endpoint", name: "dtls_fingerprint" },
  dtlsenable: { object: "endpoint", note: "use `media_encryption=dtls`" },
  encryption: { object: "endpoint", note: "use `media_encryption=sdes`" },
  sendrpid: { object: "endpoint", note: "use `send_pai=yes` or `send_rpid=yes`" },
  nat: { object: "endpoint", note: "use `rtp_symmetric`, `force_rport` and `rewrite_contact` on the endpoint" },
  insecure: { object: "identify", note: "an identify object with `match=` the carrier's IP, and no `auth=` on the endpoint" },
  qualify: { object: "aor", name: "qualify_frequency", note: "a ping interval in seconds, not a time limit in ms" },
  qualifyfreq: { object: "aor", name: "qualify_frequency" },
  host: { object: "aor", note: "a `contact=sip:host:port` on the aor, plus an identify `match=` for incoming calls" },
  port: { object: "aor", note: "part of the aor's `contact=sip:host:port`" },
  secret: { object: "auth", note: "`password=` in a type=auth object named by the endpoint's `auth`/`outbound_auth`" },
  remotesecret: { object: "auth", note: "`password=` in the auth named by the endpoint's `outbound_auth`" },
  md5secret: { object: "auth", note: "`password_digest=MD5:<hash>` in a type=auth object" },
  defaultuser: { object: "auth", note: "`username=` in the outbound auth, or the user part of the dialled URI" },
  username: { object: "auth", note: "`username=` in a type=auth object" },
});

/** PJSIP option name → chan_sip name, for one-to-one renames the other way. */
export const PJSIP_TO_SIP: Record<string, string> = lookupTable(Object.fromEntries(
  Object.entries(SIP_TO_PJSIP)
    .filter(([sip, eq]) => eq.name && sip !== "canreinvite" && sip !== "qualifyfreq" && sip !== "qualify")
    .map(([sip, eq]) => [eq.name as string, sip]),
));
