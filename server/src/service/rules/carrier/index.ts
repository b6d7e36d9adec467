// The rules of area `carrier`, in the order their docs are listed: first the field checks (what VICIdial's admin
// form and ADMIN_keepalive_ALL.pl do to each field), then the structure checks (how fields join into conf files).
import type { Rule } from "../types";

export const carrierRules: Rule[] = [
  // field checks
  // structure checks
];
