import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { beforeEach, describe, expect, it, vi } from "vitest";

// The render's cache signal, as React would hand it to a server component.
let renderSignal: AbortSignal | null = null;
vi.mock("react", async (original) => ({
  ...(await original<typeof import("react")>()),
  cacheSignal: () => renderSignal,
}));

const { releaseRenderWhenDone } = await import("./release-render");

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

/** Something a render reached: here the receiver of the frame that ends the render. */
class RenderWork {
  readonly rows = Array.from({ length: 10_000 }, (_, i) => ({ i }));
  finish(): Error {
    return new Error("This render completed successfully.");
  }
}

/** Ends a render as React does and tells whether its work can still be reached afterwards. */
async function workKeptAfterRender(release: boolean): Promise<boolean> {
  const controller = new AbortController();
  renderSignal = controller.signal;
  if (release) releaseRenderWhenDone();
  let work: RenderWork | undefined = new RenderWork();
  const kept = new WeakRef(work);
  controller.abort(work.finish());
  work = undefined;
  await new Promise((resolve) => setTimeout(resolve, 0));
  collectGarbage();
  // The controller (and so the abort reason) is still alive here, as React's request is.
  expect(controller.signal.aborted).toBe(true);
  return kept.deref() !== undefined;
}

describe("a finished render", () => {
  beforeEach(() => {
    renderSignal = null;
  });

  it("keeps what its stack frames reached through the abort reason, left alone", async () => {
    expect(await workKeptAfterRender(false)).toBe(true);
  });

  it("lets it go once released", async () => {
    expect(await workKeptAfterRender(true)).toBe(false);
  });

  it("does nothing outside a render", () => {
    expect(() => releaseRenderWhenDone()).not.toThrow();
  });
});
