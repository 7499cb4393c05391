// Opens the embedded database in `argv[2]` and holds it until killed (for lock tests).
import { sql } from "drizzle-orm";
import { openDatabase } from "../index";

const handle = openDatabase({ dataDir: process.argv[2] });
await handle.db.execute(sql`select 1`);
console.log("holding");
setInterval(() => {}, 1000);
