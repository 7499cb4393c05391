// Lighthouse scores of a few public pages against a running server (mobile preset, simulated
// throttling: Lighthouse's default config), median of `runs` runs, with the system Chromium.
// The server must be a production build (`next start`); dev builds score far lower.
import * as ChromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

export const LIGHTHOUSE_CATEGORIES = [
  "performance",
  "accessibility",
  "best-practices",
  "seo",
] as const;
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];

/** Minimum score (0–100) per category; the issue asks for these on every page measured. */
export const LIGHTHOUSE_TARGETS: Record<LighthouseCategory, number> = {
  performance: 95,
  accessibility: 100,
  "best-practices": 100,
  seo: 100,
};

/** The bare dynamic page's row: a reference for the pages' scores, not judged itself. */
export const LIGHTHOUSE_BASELINE = "bare dynamic page (baseline)";

export type LighthouseRow = {
  name: string;
  /** Median score (0–100) per category over the runs. */
  scores: Record<LighthouseCategory, number>;
  /** Scored audits below 1 in the median run (by performance), to explain a miss. */
  failed: string[];
  /** Lighthouse's CPU benchmark of this machine (median); below ~1000 it warns of a slow host. */
  benchmarkIndex: number;
};

// Chromium preloads its omnibox popup pages (browser UI, not the page) at start; in headless
// mode nobody sees them, yet on a 2-core machine they take the CPU while the page is measured
// (~0.7 s of CPU per launch). chrome-launcher passes its own --disable-features; repeating its
// list in ours keeps it whether Chromium merges repeated switches or keeps only the last.
const DISABLED_FEATURES = [
  ...(ChromeLauncher.Launcher.defaultFlags()
    .find((flag) => flag.startsWith("--disable-features="))
    ?.slice("--disable-features=".length)
    .split(",") ?? []),
  "WebUIOmniboxPopup",
  "WebUIOmniboxAimPopup",
  "WebUIOmniboxFullPopup",
];

// The machine has no internet: without these, Chromium waits on blocked connections.
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  `--disable-features=${DISABLED_FEATURES.join(",")}`,
];

type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];

function score(lhr: Result, category: LighthouseCategory): number {
  return Math.round((lhr.categories[category]?.score ?? Number.NaN) * 100);
}

/** Audits that count toward a category score (weight > 0) and did not pass. */
function failedAudits(lhr: Result): string[] {
  const scored = new Set(
    Object.values(lhr.categories).flatMap((c) =>
      c.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id),
    ),
  );
  return [...scored].filter((id) => {
    const audit = lhr.audits[id];
    return audit && audit.score !== null && audit.score < 1;
  });
}

async function runOnce(url: string): Promise<Result> {
  const chrome = await ChromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: CHROME_FLAGS,
    logLevel: "silent",
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...LIGHTHOUSE_CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
    // A category scores null when one of its audits errored (a metric not recorded): a
    // failed run to run again, not a score of zero.
    const unscored = LIGHTHOUSE_CATEGORIES.filter((c) => result.lhr.categories[c]?.score == null);
    if (unscored.length) throw new Error(`${url}: no score for ${unscored.join(", ")}`);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

/**
 * Lighthouse sometimes fails to record a page load's trace on a busy machine (NO_NAVSTART,
 * "please run Lighthouse again"): a run that fails that way is run again, twice at most,
 * rather than losing the whole benchmark to it.
 */
async function runWithRetries(url: string, attempts = 3): Promise<Result> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runOnce(url);
    } catch (error) {
      if (attempt >= attempts) throw error;
      console.warn(`Lighthouse run ${attempt} of ${url} failed, running again: ${error}`);
    }
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
};

/** Runs Lighthouse `runs` times on each page (one fresh Chromium per run) and takes medians. */
export async function benchLighthouse(
  baseUrl: string,
  pages: { name: string; path: string }[],
  runs = 3,
): Promise<LighthouseRow[]> {
  const rows: LighthouseRow[] = [];
  for (const page of pages) {
    const url = new URL(page.path, baseUrl).href;
    // One request first, so the first run does not pay for the server's cold caches.
    await fetch(url).then((response) => response.arrayBuffer());
    const results: Result[] = [];
    for (let i = 0; i < runs; i++) results.push(await runWithRetries(url));
    const perf = median(results.map((lhr) => score(lhr, "performance")));
    const medianRun = results.find((lhr) => score(lhr, "performance") === perf) ?? results[0];
    const scores = Object.fromEntries(
      LIGHTHOUSE_CATEGORIES.map((c) => [c, median(results.map((lhr) => score(lhr, c)))]),
    ) as Record<LighthouseCategory, number>;
    rows.push({
      name: page.name,
      scores,
      failed: medianRun ? failedAudits(medianRun) : [],
      benchmarkIndex: median(results.map((lhr) => Math.round(lhr.environment.benchmarkIndex))),
    });
  }
  return rows;
}
