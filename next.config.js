import { PHASE_PRODUCTION_SERVER } from "next/constants.js";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // PGlite ships WASM and data files that bundling breaks; argon2 is a native addon.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  experimental: {
    serverActions: { bodySizeLimit: "1mb" },
    // Load a page's code when it is first asked for, not every page's at start: the first
    // visitor does not wait behind all of them, and an idle server holds less memory.
    preloadEntriesOnStart: false,
  },
};

/**
 * next-intl's plugin points its `next-intl/config` import at our request configuration
 * when the app is compiled (build and dev). A production server runs the compiled app, and
 * loading the plugin there would load its message extractor too (@swc/core and
 * @parcel/watcher, native modules), which the server never uses.
 */
export default async function config(phase) {
  if (phase === PHASE_PRODUCTION_SERVER) return nextConfig;
  const { default: createNextIntlPlugin } = await import("next-intl/plugin");
  return createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
}
