// Which VICIdial carriers end up on the same Asterisk server. ADMIN_keepalive_ALL.pl writes a carrier only when it is
// active, and only on the server its server_ip names (0.0.0.0: every server). Rules comparing carriers with each other
// (duplicate peers, duplicate globals, later dialplan entries) ask here instead of assuming every carrier meets every
// other one. Lines of plain conf files have no carrier (undefined below): they are on their server unconditionally.
import type { CarrierRecord, Workspace } from "./workspace";

/** The server_ip that installs a carrier on every server that generates conf files. */
const ALL_SERVERS = "0.0.0.0";

/** The carrier's server_ip as written (trimmed), or undefined when the field is missing or empty. */
function serverIpOf(carrier: CarrierRecord): string | undefined {
  const ip = carrier.field("server_ip")?.value.trim() ?? "";
  return ip.length > 0 ? ip : undefined;
}

/**
 * Whether some server would receive both carriers if both were active: same server_ip, or either is 0.0.0.0. A
 * missing server_ip is unknown, so it is taken as possibly the same server.
 */
export function sameServer(a: CarrierRecord, b: CarrierRecord): boolean {
  const ipA = serverIpOf(a);
  const ipB = serverIpOf(b);
  if (ipA === undefined || ipB === undefined) return true;
  return ipA === ipB || ipA === ALL_SERVERS || ipB === ALL_SERVERS;
}

/**
 * Whether the lines of `a` and `b` can be loaded by the same Asterisk: both written (active) and on a common server.
 * Undefined stands for a line of a conf file, which its own server always loads.
 */
function canShareServer(a: CarrierRecord | undefined, b: CarrierRecord | undefined): boolean {
  if (a && !a.active) return false;
  if (b && !b.active) return false;
  return a && b ? sameServer(a, b) : true;
}

/** Whether two lines meet on some server: lines of one carrier (or of conf files) always; else `canShareServer`. */
export function linesMeet(a: CarrierRecord | undefined, b: CarrierRecord | undefined): boolean {
  return a === b || canShareServer(a, b);
}

/** For lines of two different carriers: a sentence naming both and the server they share; otherwise nothing. */
export function carrierPairSentence(a: CarrierRecord | undefined, b: CarrierRecord | undefined): string {
  if (!a || !b || a === b) return "";
  return ` Carriers ${a.id} and ${b.id} are both written to ${sharedServerText(a, b)}.`;
}

/** Words for the server two carriers share, for messages: "server 10.0.0.5", "every server (0.0.0.0)". */
function sharedServerText(a: CarrierRecord, b: CarrierRecord): string {
  const ipA = serverIpOf(a);
  const ipB = serverIpOf(b);
  if (ipA === undefined || ipB === undefined) return "the same server";
  if (ipA === ALL_SERVERS && ipB === ALL_SERVERS) return `every server (${ALL_SERVERS})`;
  return `server ${ipA === ALL_SERVERS ? ipB : ipA}`;
}

const CARRIERS_BY_ID = {};

/** The workspace's carriers by carrier_id (the first record wins when two files claim one ID); shared, do not change it. */
export function carriersById(workspace: Workspace): ReadonlyMap<string, CarrierRecord> {
  return workspace.memo(CARRIERS_BY_ID, () => {
    const result = new Map<string, CarrierRecord>();
    for (const carrier of workspace.carriers()) if (!result.has(carrier.id)) result.set(carrier.id, carrier);
    return result;
  });
}

/** The carrier behind a placed line or section (by its carrierId), or undefined for conf-file lines. */
export function carrierOfLine(carriers: ReadonlyMap<string, CarrierRecord>, line: { carrierId?: string }): CarrierRecord | undefined {
  return line.carrierId === undefined ? undefined : carriers.get(line.carrierId);
}

