// Fails when db/schema and the committed migrations disagree: generates into a scratch
// copy of the migrations and checks that nothing new appears.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, rmSync } from "node:fs";

// Relative on purpose: drizzle-kit mangles absolute output paths.
const scratch = `.data/drift-check-${process.pid}`;
mkdirSync(scratch, { recursive: true });
try {
  cpSync("db/migrations", scratch, { recursive: true });
  const before = readdirSync(scratch).length;
  const output = execFileSync("npx", ["drizzle-kit", "generate", "--name", "drift-check"], {
    env: { ...process.env, DRIZZLE_OUT: scratch },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  // drizzle-kit can print an error and still exit 0.
  if (/error/i.test(output)) throw new Error(output);
  const added = readdirSync(scratch).length - before;
  if (added > 0) {
    console.error(
      "db/schema differs from db/migrations: run `npm run db:generate` and commit the new migration.",
    );
    process.exitCode = 1;
  } else {
    console.log("Schema and migrations agree.");
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
