// "My network": a person's mentorships in three lists (what waits for their answer, what is
// active, what waits for the other side), sorted and paged by the database
// (`listNetworkPages`, db/queries/my-network.ts); here, how the page addresses each list.
import type { NetworkListKey } from "@/db/queries/my-network";
import { listHref } from "@/lib/validation/paging";

/** How many of each list one page shows. */
export const NETWORK_PAGE = 20;

/** The address parameter of each list's page: `?answer=2&active=1&waiting=3`. */
export const NETWORK_LISTS = {
  toAnswer: "answer",
  active: "active",
  waiting: "waiting",
} as const satisfies Record<NetworkListKey, string>;

/**
 * Where a list's page link goes: that list at `page`, the other lists where the reader has
 * them (first pages left out), and the list's heading in view.
 */
export function networkPageHref(
  shown: Record<NetworkListKey, number>,
  key: NetworkListKey,
  page: number,
  anchor: string,
): string {
  const pages = Object.fromEntries(
    (Object.keys(NETWORK_LISTS) as NetworkListKey[]).map((list) => [
      NETWORK_LISTS[list],
      list === key ? page : shown[list],
    ]),
  );
  return `${listHref("/my-network", {}, pages)}#${anchor}`;
}
