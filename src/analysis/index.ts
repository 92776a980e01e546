export * from "./ast";
export * from "./logging";
export * from "./modules";
export * from "./objects";
export * from "./static-value";
export * from "./string-parts";
export * from "./url";
export * from "./secret-values";
