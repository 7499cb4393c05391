// Pages and actions under load on one database, every figure a ratio to a baseline measured
// in the same run, interleaved (baseline, page, baseline, page…) over rounds; medians reported.
import type autocannon from "autocannon";
import { benchLighthouse, LIGHTHOUSE_BASELINE, type LighthouseRow } from "../lighthouse";
import { BENCH_PASSWORD, type NetworkSize } from "../network/generate";
import {
  actionHeaders,
  actionId,
  checkReplyEncoding,
  multipart,
  replyEntries,
} from "./action-call";
import { type LoadOptions, type LoadResult, load as loadNow, median, round, settle } from "./load";
import { benchPublish, type PublishResult } from "./publish";
import { type DbKind, startBenchServer } from "./server";
import { signIn } from "./session";

export type WebProfile = {
  size: NetworkSize;
  rounds: number;
  /** Seconds per measurement at each number of connections. */
  seconds: Record<number, number>;
  warmupSeconds: number;
  acceptsPerRound: number;
  /** Lighthouse runs per page (median taken), on the PostgreSQL server; 0 skips it. */
  lighthouseRuns: number;
  /** At most how long the server is left idle after the load to see how much memory it gives back. */
  idleSeconds: number;
};

export type PageRow = {
  page: string;
  connections: number;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  errors: number;
  /** p95 over the bare page's p95 (median of the rounds' ratios). */
  p95Ratio: number;
  /** Throughput over the bare page's (median of the rounds' ratios). */
  rpsRatio: number;
};

export type ActionRow = {
  action: string;
  rps: number;
  errors: number;
  ratio: number;
  /** Why calls failed: "status message" → count. */
  failures: Record<string, number>;
};

export type WebResult = {
  kind: DbKind;
  pages: PageRow[];
  actions: ActionRow[];
  /** Right after the last measurement under load. */
  rssMb: number;
  /** The lowest figure while idle, for at most `idleSeconds` after it: what the server keeps. */
  rssIdleMb: number;
  /** The JavaScript heap in use after a full collection, once idle: what the server holds on to. */
  liveHeapMb: number;
  firstPageMs: number;
  firstDatabasePageMs: number;
  generateMs: number;
  lighthouse: LighthouseRow[];
  publish: PublishResult;
};

type Route = { name: string; path: string; cookie?: string };

export async function benchWeb(
  kind: DbKind,
  port: number,
  profile: WebProfile,
): Promise<WebResult> {
  await checkReplyEncoding();
  const server = await startBenchServer(kind, port, profile.size);
  try {
    const { url, fixture } = server;
    const load = async (options: LoadOptions) => {
      await settle(url);
      return loadNow(options);
    };
    const lead = await signIn(url, fixture.lead, BENCH_PASSWORD);
    const steward = await signIn(url, fixture.steward, BENCH_PASSWORD);
    const mentor = await signIn(url, fixture.mentor, BENCH_PASSWORD);
    const requester = await signIn(url, fixture.requester, BENCH_PASSWORD);
    const baseline: Route = { name: "bare dynamic page (baseline)", path: "/bench/baseline" };
    const routes: Route[] = [
      { name: "directory, search + filters", path: `/initiatives?${fixture.directoryQuery}` },
      { name: "initiative page", path: `/initiatives/${fixture.initiativeSlug}` },
      { name: "my network", path: "/my-network", cookie: lead },
      { name: "mentorship workspace", path: `/mentorships/${fixture.mentorshipId}`, cookie: lead },
      { name: "offer, requests ranked", path: `/offers/${fixture.offerId}`, cookie: lead },
      {
        name: "request, offers ranked",
        path: `/requests/${fixture.requestId}`,
        cookie: requester,
      },
      { name: "steward dashboard", path: "/stewards", cookie: steward },
      { name: "steward map", path: "/stewards/map", cookie: steward },
      { name: "steward check-ins", path: "/stewards/check-ins", cookie: steward },
    ];
    const get = (route: Route, connections: number, duration: number) =>
      load({
        url: `${url}${route.path}`,
        connections,
        duration,
        headers: route.cookie ? { cookie: route.cookie } : {},
      });

    for (const route of [baseline, ...routes]) await get(route, 10, profile.warmupSeconds);

    const pages: PageRow[] = [];
    for (const connections of Object.keys(profile.seconds).map(Number)) {
      const seconds = profile.seconds[connections] ?? 5;
      const base: LoadResult[] = [];
      const runs = new Map<string, LoadResult[]>(routes.map((r) => [r.name, []]));
      for (let round = 0; round < profile.rounds; round++) {
        base.push(await get(baseline, connections, seconds));
        for (const route of routes)
          runs.get(route.name)?.push(await get(route, connections, seconds));
      }
      pages.push(summarize(baseline.name, connections, base, base));
      for (const route of routes)
        pages.push(summarize(route.name, connections, runs.get(route.name) ?? [], base));
    }

    // After the pages (it writes thousands of proposals into the network they read) and
    // before the actions, whose accepts match requests that matching would otherwise draft
    // (after them, the reduced network had 60 requests left to draft instead of 300).
    const publish = await benchPublish(url, steward);
    const actions = await benchActions(url, mentor, fixture, profile, load);
    const rssMb = server.rssMb();
    const rssIdleMb = await lowestWhileIdle(server.rssMb, profile.idleSeconds);
    const liveHeapMb = await liveHeap(url);
    await settle(url);
    const lighthouse =
      kind === "postgres" && profile.lighthouseRuns > 0
        ? await benchLighthouse(
            url,
            [
              // Scored like the pages, so that a miss can be read against what the framework
              // alone scores on this host.
              { name: LIGHTHOUSE_BASELINE, path: "/bench/baseline" },
              { name: "landing page", path: "/" },
              { name: "directory", path: "/initiatives" },
              { name: "initiative page", path: `/initiatives/${fixture.initiativeSlug}` },
            ],
            profile.lighthouseRuns,
          )
        : [];
    return {
      publish,
      lighthouse,
      kind,
      pages,
      actions,
      rssMb,
      rssIdleMb,
      liveHeapMb,
      firstPageMs: server.firstPageMs,
      firstDatabasePageMs: server.firstDatabasePageMs,
      generateMs: server.generateMs,
    };
  } finally {
    await server.stop();
  }
}

/**
 * V8 grows its heap under load and gives the memory back only after some idle seconds
 * (its memory reducer): the lowest RSS seen while idle separates what the server holds
 * from what it had in flight. A figure that stays high here would be a leak.
 * When the reducer starts is V8's call: 40 s into the idle time on a quiet host, after more
 * than 60 s on a slow one (a CI run saw none in 60 s), and at the latest after its two-minute
 * watchdog. So the wait is long, and ends ten seconds after the memory first falls by a fifth.
 */
async function lowestWhileIdle(rssMb: () => number, seconds: number): Promise<number> {
  const start = rssMb();
  let lowest = start;
  let settleAt = Number.POSITIVE_INFINITY;
  for (let waited = 5; waited <= seconds && waited <= settleAt; waited += 5) {
    await new Promise((resolve) => setTimeout(resolve, 5000));
    lowest = Math.min(lowest, rssMb());
    if (lowest < start * 0.8 && settleAt === Number.POSITIVE_INFINITY) settleAt = waited + 10;
  }
  return lowest;
}

/** The heap the server still uses after a full collection (see app/bench/heap). */
async function liveHeap(url: string): Promise<number> {
  const response = await fetch(`${url}/bench/heap`);
  if (!response.ok) throw new Error(`/bench/heap answered ${response.status}`);
  const { heapUsedMb } = (await response.json()) as { heapUsedMb: number };
  return heapUsedMb;
}

function summarize(
  page: string,
  connections: number,
  runs: LoadResult[],
  base: LoadResult[],
): PageRow {
  const pick = (key: "p50" | "p95" | "p99" | "rps") => median(runs.map((r) => r[key]));
  return {
    page,
    connections,
    p50: pick("p50"),
    p95: pick("p95"),
    p99: pick("p99"),
    rps: pick("rps"),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    p95Ratio: round(median(runs.map((r, i) => r.p95 / (base[i]?.p95 ?? r.p95))), 2),
    rpsRatio: round(median(runs.map((r, i) => r.rps / (base[i]?.rps ?? r.rps))), 2),
  };
}

type Fixture = Awaited<ReturnType<typeof startBenchServer>>["fixture"];

/** Accepting proposals and saving checklist steps, against the no-op action, at 10 connections. */
async function benchActions(
  url: string,
  mentor: string,
  fixture: Fixture,
  profile: WebProfile,
  load: (options: LoadOptions) => Promise<LoadResult>,
): Promise<ActionRow[]> {
  const connections = 10;
  const seconds = profile.seconds[10] ?? 5;
  const noopId = actionId("app/bench/baseline/actions.ts", "benchNoopAction");
  const acceptId = actionId("app/mentorships/[id]/actions.ts", "acceptAction");
  const updateId = actionId(
    "app/initiatives/[slug]/checklist/[step]/actions.ts",
    "updateStepAction",
  );
  // Why actions failed, by message, so that a miss explains itself.
  const failures = { accept: {} as Record<string, number>, update: {} as Record<string, number> };
  const ok = (action: keyof typeof failures, status: number, body: string) => {
    if (status === 200 && body.includes('"status":"success"')) return true;
    const reason = `${status} ${/"message":"([^"]{0,120})/.exec(body)?.[1] ?? body.slice(0, 120)}`;
    failures[action][reason] = (failures[action][reason] ?? 0) + 1;
    return false;
  };
  const failed = (action: keyof typeof failures) =>
    Object.values(failures[action]).reduce((sum, n) => sum + n, 0);

  const noop = () =>
    load({
      url: `${url}/bench/baseline`,
      connections,
      duration: seconds,
      requests: [
        {
          method: "POST",
          headers: actionHeaders(url, noopId),
          body: multipart(replyEntries(null, {})),
        },
      ],
    });

  const proposals = [...fixture.proposalIds];
  const accept = () =>
    load({
      url,
      connections,
      amount: Math.min(profile.acceptsPerRound, proposals.length),
      requests: [
        {
          method: "POST",
          setupRequest: (request) => {
            const id = proposals.shift() ?? "";
            return {
              ...request,
              path: `/mentorships/${id}`,
              headers: actionHeaders(url, acceptId, mentor),
              body: multipart(replyEntries({ status: "idle" }, { mentorshipId: id })),
            };
          },
          onResponse: (status, body) => {
            ok("accept", status, body);
          },
        },
      ],
    });

  // Every request edits a step no other request has in flight, with the revision last seen
  // for it. A request still unanswered when a measurement ends may have been saved anyway,
  // so its step never goes back to the pool: reusing it would fail on a stale revision.
  const free = fixture.checklistInitiativeIds.flatMap((initiativeId, i) =>
    fixture.checklistSteps.map((stepKey) => ({
      initiativeId,
      stepKey,
      slug: `bench-${i + 2}`,
      revision: 2,
    })),
  );
  type SlotContext = { slot?: (typeof free)[number] };
  const update = () =>
    load({
      url,
      connections,
      duration: seconds,
      requests: [
        {
          method: "POST",
          setupRequest: (request, context: SlotContext) => {
            const slot = free.shift();
            if (!slot) throw new Error("the bench network has too few checklist steps to edit");
            context.slot = slot;
            return {
              ...request,
              path: `/initiatives/${slot.slug}/checklist/${slot.stepKey}`,
              headers: actionHeaders(url, updateId, mentor),
              body: multipart(
                replyEntries(
                  { status: "idle" },
                  {
                    initiativeId: slot.initiativeId,
                    stepKey: slot.stepKey,
                    status: "in_progress",
                    note: `Bench revision ${slot.revision + 1}`,
                    revision: String(slot.revision),
                  },
                ),
              ),
            };
          },
          onResponse: (status, body, context: SlotContext) => {
            const slot = context.slot;
            if (!slot) return;
            if (ok("update", status, body)) slot.revision += 1;
            free.push(slot);
          },
        } as autocannon.Request,
      ],
    });

  // Each action run is paired with the no-op run just before it.
  const pairs = {
    accept: [] as [LoadResult, LoadResult][],
    update: [] as [LoadResult, LoadResult][],
  };
  for (let r = 0; r < profile.rounds; r++) {
    pairs.accept.push([await noop(), await accept()]);
    pairs.update.push([await noop(), await update()]);
  }
  const noops = [...pairs.accept, ...pairs.update].map(([n]) => n);
  const row = (action: keyof typeof failures, label: string): ActionRow => ({
    action: label,
    rps: round(median(pairs[action].map(([, r]) => r.rps))),
    errors: pairs[action].reduce((sum, [, r]) => sum + r.errors, 0) + failed(action),
    ratio: round(median(pairs[action].map(([n, r]) => r.rps / n.rps)), 2),
    failures: failures[action],
  });
  return [
    {
      action: "no-op action (baseline)",
      rps: round(median(noops.map((r) => r.rps))),
      errors: noops.reduce((s, r) => s + r.errors, 0),
      ratio: 1,
      failures: {},
    },
    row("accept", "accept a proposal"),
    row("update", "update a checklist step"),
  ];
}
