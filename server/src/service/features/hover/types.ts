// What a hover provider returns: plain data the adapters turn into their own hover objects.
import type { Location } from "../locate";
import type { Span } from "../../text/span";

export interface HoverResult {
  markdown: string;
  span?: Span;
}

export type HoverProvider = (location: Location) => HoverResult | undefined;
