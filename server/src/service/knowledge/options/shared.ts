// Value sets and options that several drivers share (AMA flags, caller presentation, call-completion settings).
import { int, oneOf, opt, STRING, type OptionInfo, type ValueType } from "./types";

export const AMA_FLAGS: ValueType = oneOf([
  ["default", "Use the system default AMA flag for the call records."],
  ["omit", "Mark call records as not to be billed or kept."],
  ["billing", "Mark call records as billable."],
  ["documentation", "Mark call records as kept for documentation only."],
]);

/** Caller-ID presentation names (`ast_parse_caller_presentation`); a number is accepted too. */
export const CALLER_PRESENTATION: ValueType = oneOf(
  [
    ["allowed_not_screened", "Show the caller ID; it was not screened (the usual value)."],
    ["allowed_passed_screen", "Show the caller ID; it passed network screening."],
    ["allowed_failed_screen", "Show the caller ID; it failed network screening."],
    ["allowed", "Show the caller ID; the network provided it."],
    ["prohib_not_screened", "Hide the caller ID (private call); not screened."],
    ["prohib_passed_screen", "Hide the caller ID (private call); it passed screening."],
    ["prohib_failed_screen", "Hide the caller ID (private call); it failed screening."],
    ["prohib", "Hide the caller ID (private call); the network provided it."],
    ["unavailable", "The caller ID is not available."],
  ],
  { orInt: { min: 0, max: 255 } },
);

/** Call completion (CCSS) settings every SIP/IAX device may carry. */
export const CALL_COMPLETION_OPTIONS: OptionInfo[] = [
  opt("cc_agent_policy", oneOf([["never", "Never offer call completion to this device's callers."], ["generic", "Offer call completion handled by Asterisk itself."], ["native", "Offer call completion using the protocol's own mechanism."]]), "Whether callers from this device may ask to be called back when a busy line frees up (call completion).", { default: "never" }),
  opt("cc_monitor_policy", oneOf([["never", "Never monitor this device for call completion."], ["generic", "Monitor it with Asterisk's generic device-state watching."], ["native", "Monitor it with the protocol's own mechanism."], ["always", "Try native monitoring, fall back to generic."]]), "Whether Asterisk watches this device so callers can be called back when it becomes free.", { default: "never" }),
  opt("cc_offer_timer", int(0, undefined, "seconds"), "How long a caller has to request call completion after a failed call.", { default: "20" }),
  opt("ccnr_available_timer", int(0, undefined, "seconds"), "How long a 'call completion on no reply' request stays active.", { default: "7200" }),
  opt("ccbs_available_timer", int(0, undefined, "seconds"), "How long a 'call completion on busy' request stays active.", { default: "4800" }),
  opt("cc_recall_timer", int(0, undefined, "seconds"), "How long Asterisk rings the original caller back when the callee becomes free.", { default: "20" }),
  opt("cc_max_agents", int(0), "How many call-completion requests this device may have open at once.", { default: "5" }),
  opt("cc_max_monitors", int(0), "How many callers may wait for this device to become free at once.", { default: "5" }),
  opt("cc_callback_macro", STRING, "Dialplan macro run on the callee side before a call-completion callback (old; prefer cc_callback_sub)."),
  opt("cc_callback_sub", STRING, "Dialplan subroutine run on the callee side before a call-completion callback."),
  opt("cc_agent_dialstring", STRING, "Dial string used to call the original caller back for call completion."),
];
