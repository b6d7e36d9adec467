// The rules of area `auth`, in the order their docs are listed.
import type { Rule } from "../types";
import { dynamicWithoutRegister } from "./dynamic-without-register";
import { missingContext } from "./missing-context";
import { mixedRegistrationIpAuth } from "./mixed-registration-ip-auth";
import { registerPeerMismatch } from "./register-peer-mismatch";

export const authRules: Rule[] = [mixedRegistrationIpAuth, registerPeerMismatch, dynamicWithoutRegister, missingContext];
