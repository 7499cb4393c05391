// `npm run jobs`: periodic work a cron can call (the app also does it when data is read).
import { expireDueProposals } from "@/lib/mentorship/lifecycle";
import { runCli } from "./cli";

await runCli(async () => {
  const expired = await expireDueProposals();
  console.log(`Expired ${expired} unanswered proposal(s).`);
});
