/**
 * A value computed at most once per `ttlMs` and shared by everyone who asks meanwhile,
 * including callers that arrive while it is being computed. A failure is not kept: the
 * next caller tries again. Per process: each server instance keeps its own copy.
 */
export function sharedValue<T>(
  ttlMs: number,
  compute: () => Promise<T>,
  clock: () => number = Date.now,
): () => Promise<T> {
  let current: { value: Promise<T>; expiresAt: number } | undefined;
  return () => {
    const now = clock();
    if (current && current.expiresAt > now) return current.value;
    const value = compute();
    const entry = { value, expiresAt: now + ttlMs };
    current = entry;
    value.catch(() => {
      if (current === entry) current = undefined;
    });
    return value;
  };
}
