// Options older Asterisk versions read and Asterisk 20 silently ignores, with what replaced them.
import { lookupTable } from "../../util/lookup-table";
import type { Deprecation, OptionDriver } from "./types";

export interface RemovedOption extends Deprecation {
  /** Text that replaces the whole `key=value` line, when the replacement is mechanical. */
  line?: (value: string) => string | undefined;
}

export const REMOVED_OPTIONS: Partial<Record<OptionDriver, Record<string, RemovedOption>>> = {
  sip: lookupTable({
    musicclass: { replacement: "mohinterpret", note: "'musicclass' was renamed long ago; Asterisk 20's chan_sip no longer reads it.", line: (v) => `mohinterpret=${v}` },
    musiconhold: { replacement: "mohinterpret", note: "'musiconhold' was renamed long ago; Asterisk 20's chan_sip no longer reads it.", line: (v) => `mohinterpret=${v}` },
    incominglimit: { replacement: "call-limit", note: "'incominglimit' was replaced by call-limit (today callcounter/busylevel); chan_sip no longer reads it." },
    restrictcid: { replacement: "callingpres=prohib", note: "'restrictcid' was replaced by callingpres; chan_sip no longer reads it.", line: (v) => (/^(yes|true|on|1)$/i.test(v.trim()) ? "callingpres=prohib" : undefined) },
  }),
  iax: lookupTable({
    notransfer: { replacement: "transfer=no", note: "'notransfer' was replaced by transfer; chan_iax2 no longer reads it.", line: (v) => (/^(yes|true|on|1|y|t)$/i.test(v.trim()) ? "transfer=no" : /^(no|false|off|0|n|f)$/i.test(v.trim()) ? "transfer=yes" : undefined) },
    musicclass: { replacement: "mohinterpret", note: "'musicclass' was renamed long ago; Asterisk 20's chan_iax2 no longer reads it.", line: (v) => `mohinterpret=${v}` },
    musiconhold: { replacement: "mohinterpret", note: "'musiconhold' was renamed long ago; Asterisk 20's chan_iax2 no longer reads it.", line: (v) => `mohinterpret=${v}` },
  }),
};

export function removedOption(driver: OptionDriver, key: string): RemovedOption | undefined {
  return REMOVED_OPTIONS[driver]?.[key.trim().toLowerCase()];
}
