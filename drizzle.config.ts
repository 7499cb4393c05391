import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  // DRIZZLE_OUT lets the drift check generate into a scratch copy.
  out: process.env.DRIZZLE_OUT ?? "./db/migrations",
  casing: "snake_case",
});
