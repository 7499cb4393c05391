import "server-only";
import {
  countInitiativesBy,
  countOfferPlaces,
  countOpenRequestsByTopic,
  countProgressByPhase,
  listMentorshipSpans,
  listOfferCapacity,
  listQuietMentorships,
} from "@/db/queries/dashboard";
import { sharedValue } from "@/lib/cache/shared-value";
import { CHECK_IN_DAYS } from "@/lib/mentorship/check-ins";
import { mentorshipTimeline } from "./timeline";

/** How long the dashboard's network-wide figures may be old; the page says as of when. */
export const FIGURES_MAX_AGE_MS = 60_000;
/** Mentors drawn in the places chart: the busiest ones; the totals count every mentor. */
export const CAPACITY_CHART_MENTORS = 12;

async function computeFigures() {
  const [initiatives, requests, busiest, places, spans, progress, quiet] = await Promise.all([
    countInitiativesBy(),
    countOpenRequestsByTopic(),
    listOfferCapacity(undefined, CAPACITY_CHART_MENTORS),
    countOfferPlaces(),
    listMentorshipSpans(),
    countProgressByPhase(),
    // Only the count: the list itself, always current, is the check-ins view.
    listQuietMentorships(CHECK_IN_DAYS.default, { limit: 1 }),
  ]);
  return {
    initiatives,
    requests,
    capacity: { busiest, ...places },
    active: spans.filter((s) => s.state === "active").length,
    timeline: mentorshipTimeline(spans, 12),
    progress,
    quiet: quiet[0]?.total ?? 0,
    computedAt: new Date(),
  };
}

/**
 * The network's aggregates for the stewards' dashboard. They scan the whole network (tens
 * of thousands of checklist rows at scale), and stewards read trends, not the last second:
 * computed once a minute per server and shared by every steward meanwhile.
 */
export const networkFigures = sharedValue(FIGURES_MAX_AGE_MS, computeFigures);

export type NetworkFigures = Awaited<ReturnType<typeof computeFigures>>;
