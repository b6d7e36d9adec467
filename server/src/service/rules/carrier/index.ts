// The rules of area `carrier`, in the order their docs are listed.
import type { Rule } from "../types";

export const carrierRules: Rule[] = [];
