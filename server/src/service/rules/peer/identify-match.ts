// peer/identify-match: an item of an identify's `match=` that is clearly not an IP address, a network (ip/prefix,
// ip/dotted-mask) or a host name with an optional :port — a bad octet or prefix, a `sip:` URI, a blank inside, an
// empty item. Only obvious mistakes: anything else is taken for a host name.
import { objectOf } from "../../model/objects";
import type { PlacedOption } from "../../model/units";
import { effectiveOptions } from "../../model/units";
import type { Rule } from "../types";
import { valueItems } from "../../model/value-items";

const NOT_MATCHED = "calls from the carrier are not matched to its endpoint and are treated as anonymous";
const NOT_CREATED = `PJSIP does not create this identify, so ${NOT_MATCHED}`;
const NOT_RESOLVED = `Asterisk takes it for a host name that does not resolve, so the identify is not created and ${NOT_MATCHED}`;

function ipv4Problem(address: string, what: string): string | undefined {
  const octets = address.split(".");
  if (octets.length !== 4 || octets.some((o) => o.length === 0)) return `${what} has ${octets.length === 1 ? "no dots" : `${octets.filter((o) => o.length > 0).length} numbers`}, not the 4 of an IPv4 address`;
  const big = octets.find((o) => Number(o) > 255);
  return big !== undefined ? `${what} has ${big} in it; each of the 4 numbers of an IPv4 address is 0-255` : undefined;
}

/** What is wrong with one match item, or undefined when it may be fine. */
export function matchItemProblem(item: string): string | undefined {
  if (/\s/.test(item)) return `'${item}' has a blank inside: ${NOT_RESOLVED}. Separate several addresses with commas`;
  if (/^(sips?|tel):/i.test(item) || /^[a-z][a-z0-9+.-]*:\/\//i.test(item)) {
    return `'${item}' is a URI, not an address: ${NOT_RESOLVED}. Write only the IP address, network or host name (no 'sip:')`;
  }
  const slash = item.lastIndexOf("/");
  const address = slash >= 0 ? item.slice(0, slash) : item;
  const mask = slash >= 0 ? item.slice(slash + 1) : undefined;
  let host = address;
  let port: string | undefined;
  let v6 = false;
  const bracketed = /^\[([^\]]*)\](?::(.*))?$/.exec(address);
  if (bracketed) {
    host = bracketed[1];
    port = bracketed[2];
    v6 = true;
  } else if ((address.match(/:/g) ?? []).length >= 2) {
    v6 = true;
  } else if (address.includes(":")) {
    host = address.slice(0, address.indexOf(":"));
    port = address.slice(address.indexOf(":") + 1);
  }
  const v4 = !v6 && /^[0-9.]+$/.test(host);
  const consequence = mask !== undefined ? NOT_CREATED : NOT_RESOLVED;
  if (v4) {
    const problem = ipv4Problem(host, `'${host}'`);
    if (problem) return `${problem}: ${consequence}. Correct the address`;
  }
  if (port !== undefined && (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535)) {
    return `'${item}' has port '${port}', which is not a port number (1-65535): ${consequence}. Correct or remove the ':port'`;
  }
  if (mask === undefined) return undefined;
  if (!v4 && !v6) return `'${item}' puts a network mask after a host name: a network needs an IP address before '/'. ${NOT_CREATED}. Use ip/prefix or a host name alone`;
  if (/^\d+$/.test(mask)) {
    const max = v6 ? 128 : 32;
    if (Number(mask) > max) return `'/${mask}' is longer than the ${max} bits of an ${v6 ? "IPv6" : "IPv4"} address: ${NOT_CREATED}. Use a prefix of 0-${max}`;
    return undefined;
  }
  if (v4 && /^[0-9.]+$/.test(mask)) {
    const problem = ipv4Problem(mask, `Mask '${mask}'`);
    return problem ? `${problem}: ${NOT_CREATED}. Use a prefix such as /24 or a mask such as 255.255.255.0` : undefined;
  }
  return `'/${mask}' is not a prefix length${v4 ? " or a dotted mask" : ""}: ${NOT_CREATED}. Use ip/prefix such as ${v6 ? "2001:db8::/32" : "192.0.2.0/24"}`;
}

export const identifyMatch: Rule = {
  code: "peer/identify-match",
  area: "peer",
  severity: "error",
  summary: "An item of an identify's `match=` is clearly not an IP address, network (ip/prefix, ip/mask) or host name[:port]: a bad octet or prefix, a URI, a blank inside, an empty item.",
  checkUnit(unit, ctx) {
    if (unit.dialect !== "pjsip") return;
    const seen = new Set<PlacedOption["node"]>();
    for (const section of unit.sections) {
      if (objectOf(unit, section)?.object !== "identify") continue;
      for (const option of effectiveOptions(unit, section)) {
        if (option.node.key.trim().toLowerCase() !== "match" || seen.has(option.node)) continue;
        seen.add(option.node);
        const text = ctx.workspace.document(option.uri)?.text;
        const items = valueItems(option, text, true);
        for (const [i, item] of items.entries()) {
          if (item.text.length === 0) {
            if (items.length === 1) continue; // match= with no value at all: not this rule's business
            // Drop the stray comma: the one before the empty item, or after it when it comes first.
            const remove = i > 0 ? { start: item.raw.start - 1, end: item.raw.end } : { start: item.raw.start, end: item.raw.end + 1 };
            if (i === 1 && items[0].text.length === 0) continue; // `match=,`: one stray comma, reported once
            ctx.report({
              uri: option.uri,
              span: item.exact ? remove : item.span,
              severity: "warning",
              message: "An empty item in match= (a stray comma): Asterisk skips it, but an address may have been left out. Remove the extra comma or add the missing address.",
              data: item.exact ? { remove } : undefined,
            });
            continue;
          }
          const problem = matchItemProblem(item.text);
          if (problem) ctx.report({ uri: option.uri, span: item.span, message: `${problem}.` });
        }
      }
    }
  },
  fix(finding, ctx) {
    const remove = finding.data?.remove as { start: number; end: number } | undefined;
    const text = ctx.textOf(finding.uri);
    if (!remove || text === undefined || text.slice(remove.start, remove.end).trim() !== ",") return [];
    return [{ title: "Remove the stray comma", isPreferred: true, edits: [{ uri: finding.uri, span: remove, newText: "" }] }];
  },
};
