"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { dismiss, snapshot, subscribe } from "./flash-store";

/** The layout's polite status line for the last successful action; it fades after a while. */
export function FlashRegion({ closeLabel }: { closeLabel: string }) {
  const flash = useSyncExternalStore(subscribe, snapshot, () => null);
  // While focus is on the message it stays: removing the focused element would drop a
  // keyboard user back to the start of the page.
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (!flash || held) return;
    const timer = setTimeout(dismiss, 10_000);
    return () => clearTimeout(timer);
  }, [flash, held]);
  const close = () => {
    setHeld(false);
    dismiss();
    // The close button goes with the message: go on from the start of the content.
    document.getElementById("main")?.focus();
  };
  return (
    <div
      role="status"
      aria-live="polite"
      className="sticky top-2 z-20 mx-auto w-full max-w-6xl px-4 print:hidden"
      onFocus={() => setHeld(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setHeld(false);
      }}
    >
      {flash ? (
        <div className="mt-2 flex items-start justify-between gap-4 rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-900 shadow">
          <span data-flash tabIndex={-1}>
            {flash.message}
          </span>
          <button type="button" onClick={close} className="font-medium underline">
            {closeLabel}
          </button>
        </div>
      ) : null}
    </div>
  );
}
