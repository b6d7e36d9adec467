// The rules of area `globals`, in the order their docs are listed.
import type { Rule } from "../types";
import { duplicateGlobal } from "./duplicate-global";
import { lcrtrunkDefault } from "./lcrtrunk-default";
import { undefinedPeer } from "./undefined-peer";
import { undefinedVariable } from "./undefined-variable";
import { unusedGlobal } from "./unused-global";

export const globalsRules: Rule[] = [undefinedVariable, duplicateGlobal, unusedGlobal, undefinedPeer, lcrtrunkDefault];
