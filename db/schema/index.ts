export * from "./auth";
export * from "./enums";
export * from "./system";
