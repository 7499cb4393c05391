// `npm run steward -- add|remove|disable|enable|list [e-mail]`: manage network stewards.
import { eq } from "drizzle-orm";
import { runCli } from "./cli";
import { recordAudit } from "./queries/audit";
import { findUserIdByEmail, setDisabled, setSteward } from "./queries/users";
import { users } from "./schema";

const [command, email] = process.argv.slice(2);
const USAGE = "usage: npm run steward -- add|remove|disable|enable <e-mail> | list";

await runCli(async ({ db }) => {
  if (command === "list") {
    const rows = await db
      .select({ email: users.email })
      .from(users)
      .where(eq(users.isSteward, true));
    console.log(rows.map((r) => r.email).join("\n") || "(no stewards in the database)");
    return;
  }
  if (!email || !["add", "remove", "disable", "enable"].includes(command ?? ""))
    throw new Error(USAGE);
  const person = await findUserIdByEmail(email, db);
  if (!person) throw new Error(`No account with the e-mail ${email}. They must sign up first.`);
  await db.transaction(async (tx) => {
    if (command === "add" || command === "remove") await setSteward(email, command === "add", tx);
    else await setDisabled(person.id, command === "disable", tx);
    const action = {
      add: "user.steward_added",
      remove: "user.steward_removed",
      disable: "user.disabled",
      enable: "user.enabled",
    }[command as "add"];
    await recordAudit({ actorId: null, action, entityType: "user", entityId: person.id }, tx);
  });
  console.log(`${command}: ${email} done.`);
});
