// Success messages outlive the form that produced them: after a change, the page often
// re-renders without that form (an approved request leaves the list), so they are shown
// by a region in the layout instead.
type Flash = { id: number; message: string } | null;

let current: Flash = null;
const listeners = new Set<() => void>();

export function announce(message: string): void {
  current = { id: (current?.id ?? 0) + 1, message };
  for (const listener of listeners) listener();
}

export function dismiss(): void {
  current = null;
  for (const listener of listeners) listener();
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function snapshot(): Flash {
  return current;
}

/**
 * Moves focus to the current message once the page has settled, for when the element
 * that had focus is going away (see ActionForm).
 */
export function focusFlash(): void {
  setTimeout(() => document.querySelector<HTMLElement>("[data-flash]")?.focus(), 0);
}
