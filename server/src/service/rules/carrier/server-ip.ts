// carrier/server-ip: a carrier's server_ip that is not an IPv4 address (admin.php keeps only digits and dots and
// wants at least 7 characters), or no server_ip at all (the carrier then goes to no server).
import type { Rule } from "../types";
import { isIpv4 } from "../../text/ip-address";
import { clip, missingFieldSpan } from "./field-common";

export const serverIp: Rule = {
  code: "carrier/server-ip",
  area: "carrier",
  severity: "error",
  summary: "A carrier's `server_ip` is not an IPv4 address such as `10.10.10.15` (or `0.0.0.0` for every server), or is missing, so the carrier goes to no server.",
  checkDocument(doc, ctx) {
    const record = doc.record;
    if (record?.kind !== "carrier") return;
    const field = record.fields.get("server_ip");
    const value = field?.value ?? "";
    if (value.length === 0) {
      ctx.report({
        uri: doc.uri,
        span: field ? field.nameSpan : missingFieldSpan(record),
        severity: "warning",
        message:
          "This carrier has no server_ip: no Asterisk server picks it up, so it is written nowhere (and the admin screen refuses to save it). " +
          "Set the server's address, or 0.0.0.0 for every server.",
      });
      return;
    }
    if (isIpv4(value)) return;
    const kept = value.replace(/[^.0-9]/g, "");
    const outcome =
      kept.length < 7
        ? `keeping only its digits and dots leaves '${clip(kept)}', which the admin screen refuses (it needs at least 7 characters)`
        : kept === value
          ? "no server has that address, so no server picks the carrier up"
          : `admin.php keeps only its digits and dots and saves '${clip(kept)}', ${isIpv4(kept) ? "a different address" : "which matches no server"}`;
    ctx.report({
      uri: doc.uri,
      span: field!.valueSpan,
      message: `Server IP '${clip(value)}' is not an IPv4 address: ${outcome}. Expected the server's address such as 10.10.10.15, or 0.0.0.0 for every server.`,
    });
  },
};
