/** Value lists shared by the database enums, zod schemas and the UI. */
export const LOCALES = ["es", "en", "pt"] as const;
export type Locale = (typeof LOCALES)[number];
