import "server-only";
import { getNetworkMap } from "@/db/queries/network-map";
import { getNetworkStats } from "@/db/queries/network-stats";
import { sharedValue } from "@/lib/cache/shared-value";
import { FIGURES_MAX_AGE_MS } from "./figures";

/**
 * The maps place every initiative (a scan and sort of the whole network: 20–25 ms of
 * PostgreSQL at 10,000 initiatives, whoever asks), so like the dashboard's figures they are
 * computed once a minute per server and shared; the pages say as of when.
 */
export const stewardMap = sharedValue(FIGURES_MAX_AGE_MS, async () => ({
  map: await getNetworkMap("all"),
  computedAt: new Date(),
}));

/** The public network page's figures and map, from the same moment. */
export const publicNetwork = sharedValue(FIGURES_MAX_AGE_MS, async () => {
  const [stats, map] = await Promise.all([getNetworkStats(), getNetworkMap("public")]);
  return { stats, map, computedAt: new Date() };
});
