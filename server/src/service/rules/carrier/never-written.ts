// carrier/never-written: carrier text VICIdial never writes to a conf file: the fields of a Zap or EXTERNAL carrier,
// a protocol or active value outside the database ENUM, and (as information) a carrier that is switched off.
import type { Rule } from "../types";
import { canonicalProtocol, clip, fieldSpan, PROTOCOLS } from "./field-common";

const WRITTEN_FIELDS: [string, string][] = [
  ["account_entry", "account entry"],
  ["registration_string", "registration string"],
  ["globals_string", "globals string"],
  ["dialplan_entry", "dialplan entry"],
];

export const neverWritten: Rule = {
  code: "carrier/never-written",
  area: "carrier",
  severity: "warning",
  summary: "Carrier text VICIdial never writes: the fields of a Zap or EXTERNAL carrier, or a carrier whose protocol or active value is not one VICIdial accepts; also notes an inactive carrier.",
  checkDocument(doc, ctx) {
    const record = doc.record;
    if (record?.kind !== "carrier") return;
    const protocolField = record.fields.get("protocol");
    if (protocolField) {
      const protocol = canonicalProtocol(protocolField.value);
      if (!protocol) {
        ctx.report({
          uri: doc.uri,
          span: fieldSpan(protocolField),
          severity: "error",
          message:
            (protocolField.value.length === 0 ? "The protocol is empty" : `Protocol '${clip(protocolField.value)}' is not one VICIdial knows`) +
            `: the database accepts only ${PROTOCOLS.join(", ")}, and a carrier with any other protocol is written to no conf file. ` +
            `Expected SIP, IAX2, PJSIP or PJSIP_WIZ.`,
        });
      } else if (protocol === "Zap" || protocol === "EXTERNAL") {
        for (const [name, label] of WRITTEN_FIELDS) {
          const field = record.fields.get(name);
          if (!field || field.value.trim().length === 0) continue;
          ctx.report({
            uri: doc.uri,
            span: fieldSpan(field),
            message: `VICIdial writes nothing for ${protocol === "EXTERNAL" ? "an" : "a"} ${protocol} carrier, so this ${label} never reaches a conf file. Use SIP, IAX2, PJSIP or PJSIP_WIZ if Asterisk should use it, or leave the field empty.`,
            related: [{ uri: doc.uri, span: protocolField.valueSpan, message: `protocol ${protocol}` }],
          });
        }
      }
    }
    const active = record.fields.get("active");
    if (!active) return;
    const value = active.value.trim().toUpperCase();
    if (value === "N") {
      ctx.report({
        uri: doc.uri,
        span: active.valueSpan,
        severity: "information",
        message: "This carrier is not active: VICIdial leaves all of it out of the conf files until active is Y.",
      });
    } else if (value !== "Y") {
      ctx.report({
        uri: doc.uri,
        span: fieldSpan(active),
        severity: "error",
        message:
          `Active ${active.value.length === 0 ? "is empty" : `'${clip(active.value)}' is neither Y nor N`}: the database accepts only Y or N, ` +
          `and VICIdial writes only carriers whose active value is Y. Expected Y or N.`,
      });
    }
  },
};
