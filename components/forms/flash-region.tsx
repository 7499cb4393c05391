"use client";

import { useEffect, useSyncExternalStore } from "react";
import { dismiss, snapshot, subscribe } from "./flash-store";

/** The layout's polite status line for the last successful action; it fades after a while. */
export function FlashRegion({ closeLabel }: { closeLabel: string }) {
  const flash = useSyncExternalStore(subscribe, snapshot, () => null);
  useEffect(() => {
    if (!flash) return;
    const timer = setTimeout(dismiss, 10_000);
    return () => clearTimeout(timer);
  }, [flash]);
  return (
    <div
      role="status"
      aria-live="polite"
      className="sticky top-2 z-20 mx-auto w-full max-w-6xl px-4 print:hidden"
    >
      {flash ? (
        <div className="mt-2 flex items-start justify-between gap-4 rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-900 shadow">
          <span data-flash>{flash.message}</span>
          <button type="button" onClick={dismiss} className="font-medium underline">
            {closeLabel}
          </button>
        </div>
      ) : null}
    </div>
  );
}
