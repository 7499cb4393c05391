export type MentorshipSpan = {
  state: string;
  startedAt: Date | null;
  closedAt: Date | null;
};

export type TimelinePoint = {
  /** First day of the month, UTC. */
  month: Date;
  active: number;
  completed: number;
  ended: number;
};

/**
 * The network's mentorships at the end of each of the last `months` months: how many were
 * active then, and how many had been completed or ended by then (running totals).
 */
export function mentorshipTimeline(
  spans: MentorshipSpan[],
  months: number,
  now = new Date(),
): TimelinePoint[] {
  const points: TimelinePoint[] = [];
  for (let back = months - 1; back >= 0; back -= 1) {
    const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    const next = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1));
    // The current month is counted up to now, earlier ones to their last instant.
    const at = next < now ? next : now;
    let active = 0;
    let completed = 0;
    let ended = 0;
    for (const span of spans) {
      if (!span.startedAt || span.startedAt >= at) continue;
      const closed = span.closedAt && span.closedAt < at;
      if (!closed) active += 1;
      else if (span.state === "completed") completed += 1;
      else if (span.state === "ended") ended += 1;
    }
    points.push({ month, active, completed, ended });
  }
  return points;
}
