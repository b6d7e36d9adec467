// The rules of area `peer`, in the order their docs are listed.
import type { Rule } from "../types";

export const peerRules: Rule[] = [];
