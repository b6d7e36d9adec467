// Carrier records for the structure rule fixtures: several carriers, each a `//- ID.carrier` file of a fixture.
export interface CarrierSpec {
  protocol?: string;
  server?: string;
  active?: string;
  template?: string;
  globals?: string;
  account?: string;
  dialplan?: string;
  /** Annotation lines to insert after the given 1-based lines of this carrier's file. */
  marks?: Record<number, string>;
}

/** One carrier file of a fixture: fields in the usual order, then the account entry and dialplan entry blocks. */
export function carrierFile(id: string, spec: CarrierSpec): string {
  const lines = [`carrier_id: ${id}`, `protocol: ${spec.protocol ?? "SIP"}`, `server_ip: ${spec.server ?? "0.0.0.0"}`, `active: ${spec.active ?? "Y"}`];
  if (spec.template !== undefined) lines.push(`template_id: ${spec.template}`);
  if (spec.globals !== undefined) lines.push(`globals_string: ${spec.globals}`);
  if (spec.account !== undefined) lines.push("[[account_entry]]", ...spec.account.split("\n"));
  if (spec.dialplan !== undefined) lines.push("[[dialplan_entry]]", ...spec.dialplan.split("\n"));
  const marked = lines.flatMap((line, i) => (spec.marks?.[i + 1] !== undefined ? [line, spec.marks[i + 1]] : [line]));
  return `//- ${id}.carrier\n${marked.join("\n")}\n`;
}

export const SIP_PEER = (name: string) => `[${name}]\ntype=peer\nhost=192.0.2.1\ncontext=trunkinbound\ndtmfmode=rfc2833\ninsecure=port,invite`;
export const PJSIP_OBJECTS = (name: string) =>
  `[${name}]\ntype=aor\ncontact=sip:192.0.2.9\n[${name}]\ntype=identify\nendpoint=${name}\nmatch=192.0.2.9\n[${name}]\ntype=endpoint\ncontext=trunkinbound\naors=${name}`;
export const templateFile = (id: string, contents: string) => `//- ${id}.conftemplate\ntemplate_id: ${id}\ntemplate_name: T\n[[template_contents]]\n${contents}\n`;
export const dial = (pattern: string, target: string) =>
  `exten => ${pattern},1,AGI(agi://127.0.0.1:4577/call_log)\nexten => ${pattern},n,Dial(${target},,To)\nexten => ${pattern},n,Hangup()`;
