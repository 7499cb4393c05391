export * from "./auth";
export * from "./enums";
export * from "./initiatives";
export * from "./matching";
export * from "./mentorship";
export * from "./system";
export * from "./toolkit";
