// `npm run db:backup -- [file]` and `npm run db:restore -- file`, for either database.
import nextEnv from "@next/env";
import { backupPglite, backupPostgres, restorePglite, restorePostgres } from "./backup";
import { DEFAULT_PGLITE_DIR } from "./index";

nextEnv.loadEnvConfig(process.cwd());
const [command, fileArg] = process.argv.slice(2);
const url = process.env.DATABASE_URL;
const dataDir = process.env.PGLITE_DIR ?? DEFAULT_PGLITE_DIR;
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const file = fileArg ?? `.data/backups/padrinazgo-${stamp}.${url ? "dump" : "tar"}`;

try {
  if (command === "backup") {
    if (url) backupPostgres(url, file);
    else await backupPglite(dataDir, file);
    console.log(`Backup written to ${file}`);
  } else if (command === "restore" && fileArg) {
    if (url) restorePostgres(url, fileArg);
    else await restorePglite(dataDir, fileArg);
    console.log(`Restored from ${fileArg}`);
  } else {
    throw new Error("usage: npm run db:backup -- [file] | npm run db:restore -- <file>");
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
