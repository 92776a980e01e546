import type { FlatConfig } from "../dist/types.js";
declare const config: FlatConfig;
export = config;
