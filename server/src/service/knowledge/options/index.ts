// The option knowledge base: every driver's tables, and the lookups hover, completion and the peer rules share.
import type { Dialect } from "../../kinds";
import { IAX_TABLES } from "./iax";
import { PJSIP_TABLES } from "./pjsip";
import { SIP_TABLES } from "./sip";
import type { OptionDriver, OptionInfo, OptionTable } from "./types";
import { WIZARD_TABLE, splitWizardKey } from "./wizard";

export * from "./types";
export { SIP_TYPE_VALUES } from "./sip";
export { IAX_TYPE_VALUES } from "./iax";
export { PJSIP_TYPES } from "./pjsip";
export { WIZARD_PREFIXES, splitWizardKey } from "./wizard";
export { SIP_TO_PJSIP, PJSIP_TO_SIP } from "./equivalents";

export const ALL_TABLES: readonly OptionTable[] = [...SIP_TABLES, ...IAX_TABLES, ...PJSIP_TABLES, WIZARD_TABLE];

export const DRIVER_NAMES: Record<OptionDriver, string> = {
  sip: "chan_sip",
  iax: "chan_iax2",
  pjsip: "PJSIP",
  pjsip_wizard: "the PJSIP wizard",
};

/** The driver whose objects a unit of this dialect describes (undefined: extensions, generic). */
export function driverOfDialect(dialect: Dialect): OptionDriver | undefined {
  return dialect === "sip" || dialect === "iax" || dialect === "pjsip" || dialect === "pjsip_wizard" ? dialect : undefined;
}

export function tablesOf(driver: OptionDriver): OptionTable[] {
  return ALL_TABLES.filter((t) => t.driver === driver);
}

export function tableFor(driver: OptionDriver, object: string): OptionTable | undefined {
  const lower = object.toLowerCase();
  if (driver === "pjsip_wizard" && lower !== "wizard") return PJSIP_TABLES.find((t) => t.object === lower);
  return ALL_TABLES.find((t) => t.driver === driver && t.object === lower);
}

const indexes = new WeakMap<OptionTable, Map<string, OptionInfo>>();

function indexOf(table: OptionTable): Map<string, OptionInfo> {
  let index = indexes.get(table);
  if (!index) {
    index = new Map();
    for (const option of table.options) {
      index.set(option.name.toLowerCase(), option);
      for (const alias of option.aliases ?? []) if (!index.has(alias.toLowerCase())) index.set(alias.toLowerCase(), option);
    }
    indexes.set(table, index);
  }
  return index;
}

/** The option of a table with this name or alias (case-insensitive, as Asterisk compares them). */
export function optionIn(table: OptionTable, name: string): OptionInfo | undefined {
  return indexOf(table).get(name.trim().toLowerCase());
}

export interface OptionLookup {
  /** The key as written. */
  key: string;
  /** The option name inside its table (after a wizard prefix). */
  name: string;
  option?: OptionInfo;
  /** The table the option was found in (or the table the key was checked against). */
  table?: OptionTable;
  /** `endpoint/` and the like, for wizard pass-through keys. */
  prefix?: string;
  /** The table accepts any key (phoneprov) or this key matches its open pattern. */
  open?: boolean;
}

/**
 * Looks a key up for one kind of object. `object` is `peer`/`general` (sip, iax), a PJSIP type (undefined: any PJSIP
 * type), or `wizard`. In [general], options marked alsoGeneral count too.
 */
export function findOption(driver: OptionDriver, object: string | undefined, key: string): OptionLookup {
  const trimmed = key.trim();
  if (driver === "pjsip_wizard") {
    const split = splitWizardKey(trimmed);
    if (split) {
      const table = PJSIP_TABLES.find((t) => t.object === split.object);
      return lookupIn(table, trimmed, split.name, split.prefix);
    }
    return lookupIn(WIZARD_TABLE, trimmed, trimmed);
  }
  if (driver === "pjsip") {
    if (object) return lookupIn(tableFor("pjsip", object), trimmed, trimmed);
    for (const table of PJSIP_TABLES) {
      const found = lookupIn(table, trimmed, trimmed);
      if (found.option) return found;
    }
    return { key: trimmed, name: trimmed };
  }
  const peer = tableFor(driver, "peer");
  if (object === "general") {
    const general = lookupIn(tableFor(driver, "general"), trimmed, trimmed);
    if (general.option) return general;
    const shared = peer ? optionIn(peer, trimmed) : undefined;
    if (shared?.alsoGeneral) return { key: trimmed, name: trimmed, option: shared, table: peer };
    return general;
  }
  return lookupIn(peer, trimmed, trimmed);
}

function lookupIn(table: OptionTable | undefined, key: string, name: string, prefix?: string): OptionLookup {
  if (!table) return { key, name, prefix };
  const option = optionIn(table, name);
  const open = !option && (table.open === true || (table.openPattern?.test(name) ?? false));
  return { key, name, option, table, prefix, open: open || undefined };
}

/** Every key name valid for the object, for completion and suggestions (canonical names, not aliases). */
export function optionNames(driver: OptionDriver, object: string | undefined): string[] {
  if (driver === "pjsip_wizard") return WIZARD_TABLE.options.map((o) => o.name);
  if (driver === "pjsip") {
    const tables = object ? [tableFor("pjsip", object)].filter((t): t is OptionTable => !!t) : PJSIP_TABLES;
    return [...new Set(tables.flatMap((t) => t.options.map((o) => o.name)))];
  }
  if (object === "general") {
    const general = tableFor(driver, "general")?.options.map((o) => o.name) ?? [];
    const shared = tableFor(driver, "peer")?.options.filter((o) => o.alsoGeneral).map((o) => o.name) ?? [];
    return [...new Set([...general, ...shared])];
  }
  return tableFor(driver, "peer")?.options.map((o) => o.name) ?? [];
}

export interface ForeignOption {
  driver: OptionDriver;
  table: OptionTable;
  option: OptionInfo;
}

/** Where a key that is unknown to `driver` is known elsewhere: another driver's peer/object tables. */
export function foreignOption(driver: OptionDriver, key: string): ForeignOption | undefined {
  const name = key.trim();
  const order: OptionDriver[] = driver === "sip" ? ["pjsip", "iax"] : driver === "iax" ? ["sip", "pjsip"] : ["sip", "iax"];
  for (const other of order) {
    for (const table of tablesOf(other)) {
      if (table.object === "general") continue;
      const option = optionIn(table, name);
      if (option && option.name !== "type") return { driver: other, table, option };
    }
  }
  return undefined;
}

/** PJSIP object types (other than `object`) that have an option with this name. */
export function pjsipTypesWith(name: string, except?: string): string[] {
  return PJSIP_TABLES.filter((t) => t.object !== except && !t.open && optionIn(t, name)).map((t) => t.object);
}
