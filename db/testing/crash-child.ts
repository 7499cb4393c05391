// Child process for the crash test: fires concurrent accepts until the parent kills it -9.
// `tsx db/testing/crash-child.ts <postgres URL | PGlite folder> <actor JSON> <ids JSON>`
import { accept } from "@/lib/mentorship/lifecycle";
import { openDatabase, setDatabase } from "../index";

const [target = "", actorJson = "{}", idsJson = "[]"] = process.argv.slice(2);
const handle = openDatabase(target.startsWith("postgres") ? { url: target } : { dataDir: target });
setDatabase(handle);
const actor = JSON.parse(actorJson);
const ids = JSON.parse(idsJson) as string[];
// Warm the connection first, so that the kill lands among the accepts, not before them.
await handle.db.execute("select 1");
process.stdout.write("ready\n");
// Each answer is reported, so the parent can kill while the others are still in flight.
await Promise.all(
  ids.map((id) =>
    accept(actor, id, handle.db)
      .catch(() => undefined)
      .then(() => process.stdout.write("settled\n")),
  ),
);
process.stdout.write("done\n");
await handle.close();
