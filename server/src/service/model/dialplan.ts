// The dialplan as pbx_config builds it from a unit of dialect `extensions`, and the workspace-wide index that ties
// the units of one server together and lists the peers. The parts: dialplan-types.ts (the shape), dialplan-build.ts
// (contexts, extensions, steps and priorities of one unit), dialplan-index.ts (across a server's units),
// dialplan-lookup.ts (which extension a number reaches, lookups shared by rules and features).
export * from "./dialplan-types";
export { dialplanOf, isExtensionsUnit } from "./dialplan-build";
export { dialplanIndex, groupFact, type DialplanIndex } from "./dialplan-index";
export * from "./dialplan-lookup";
