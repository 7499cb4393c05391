export * from "./auth";
export * from "./enums";
export * from "./initiatives";
export * from "./system";
export * from "./toolkit";
