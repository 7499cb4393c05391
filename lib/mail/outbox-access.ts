/** The outbox page exists for developers; in production only an explicit switch opens it. */
export function isOutboxPageEnabled(): boolean {
  return process.env.NODE_ENV !== "production" || process.env.OUTBOX_PAGE === "on";
}
