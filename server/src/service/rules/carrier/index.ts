// The rules of area `carrier`, in the order their docs are listed: first the field checks (what VICIdial's admin
// form and ADMIN_keepalive_ALL.pl do to each field), then the structure checks (how fields join into conf files).
import type { Rule } from "../types";
import { accountEntryNoSection } from "./account-entry-no-section";
import { contextInDialplan } from "./context-in-dialplan";
import { dialTechnology } from "./dial-technology";
import { protocolMismatch } from "./protocol-mismatch";
import { templateJoinsLastSection } from "./template-joins-last-section";
import { dialplanStrippedChars } from "./dialplan-stripped-chars";
import { globalsFormat } from "./globals-format";
import { idFormat } from "./id-format";
import { neverWritten } from "./never-written";
import { semicolonStripped } from "./semicolon-stripped";
import { serverIp } from "./server-ip";

export const carrierRules: Rule[] = [
  // field checks
  idFormat,
  semicolonStripped,
  dialplanStrippedChars,
  serverIp,
  globalsFormat,
  neverWritten,
  // structure checks
  accountEntryNoSection,
  templateJoinsLastSection,
  protocolMismatch,
  contextInDialplan,
  dialTechnology,
];
