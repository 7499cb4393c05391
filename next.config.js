import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

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

export default withNextIntl(nextConfig);
