// A steward's network-wide matching, drafted and published through the app's own actions
// on the generated network: the waits a steward sees, and the one write that grows with
// the whole network (a proposal, two notices and mails, an audit entry per draft).
import { actionHeaders, actionId, multipart, replyEntries } from "./action-call";

export type PublishResult = {
  /** Drafting the run: reading the network, solving it, storing the drafts. */
  draftMs: number;
  publishMs: number;
  /** Proposals sent, as the steward is told. */
  published: number;
};

const FILE = "app/(app)/stewards/matching/actions.ts";

async function call(url: string, path: string, id: string, cookie: string, fields: object) {
  const started = performance.now();
  const response = await fetch(`${url}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: actionHeaders(url, id, cookie),
    body: multipart(replyEntries({ status: "idle" }, fields as Record<string, string>)),
  });
  const body = await response.text();
  return { response, body, ms: Math.round(performance.now() - started) };
}

export async function benchPublish(url: string, steward: string): Promise<PublishResult> {
  const drafted = await call(
    url,
    "/stewards/matching",
    actionId(FILE, "runMatchingAction"),
    steward,
    { penalty: "0" },
  );
  // The action answers with the run's page to go to.
  const runId = /\/stewards\/matching\/([0-9a-f-]{36})/.exec(
    drafted.response.headers.get("x-action-redirect") ?? "",
  )?.[1];
  if (!runId)
    throw new Error(`no run drafted: ${drafted.response.status} ${drafted.body.slice(0, 200)}`);
  const published = await call(
    url,
    `/stewards/matching/${runId}`,
    actionId(FILE, "publishRunAction"),
    steward,
    { runId, message: "Benchmark" },
  );
  if (!published.body.includes('"status":"success"'))
    throw new Error(
      `publishing failed: ${published.response.status} ${published.body.slice(0, 200)}`,
    );
  // "Se publicaron 3.000 propuestas…": the count is the message's first number.
  const count = /"message":"\D*([\d.,]+)/.exec(published.body)?.[1] ?? "0";
  return {
    draftMs: drafted.ms,
    publishMs: published.ms,
    published: Number(count.replace(/[.,]/g, "")),
  };
}
