// Fails when db/schema and the committed migrations disagree: generates into a scratch
// copy of the migrations and checks that nothing new appears.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const scratch = mkdtempSync(join(tmpdir(), "padrinazgo-drift-"));
try {
  cpSync("db/migrations", scratch, { recursive: true });
  const before = readdirSync(scratch).length;
  execFileSync("npx", ["drizzle-kit", "generate", "--name", "drift-check"], {
    env: { ...process.env, DRIZZLE_OUT: scratch },
    stdio: "pipe",
  });
  const added = readdirSync(scratch).length - before;
  if (added > 0) {
    console.error("db/schema differs from db/migrations: run `npm run db:generate` and commit the new migration.");
    process.exit(1);
  }
  console.log("Schema and migrations agree.");
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
