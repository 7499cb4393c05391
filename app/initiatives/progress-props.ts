import type { ComponentProps } from "react";
import type { ProgressSummary } from "@/components/toolkit/progress-summary";
import type { Locale } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/messages";
import type { ChecklistProgress } from "@/lib/toolkit/load";

/** The progress summary's labels and numbers for one initiative, in the reader's language. */
export function progressProps(
  t: Translator,
  locale: Locale,
  checklist: ChecklistProgress,
  slug: string,
): ComponentProps<typeof ProgressSummary> {
  const { progress, steps } = checklist;
  const next = progress.next ? steps.find((s) => s.key === progress.next?.key) : undefined;
  return {
    overall: t("checklist.overall", { percent: progress.percent }),
    counts: t("checklist.counts", { done: progress.done, applicable: progress.applicable }),
    overallLabel: t("checklist.overallLabel"),
    percent: progress.percent,
    done: progress.done,
    applicable: progress.applicable,
    phases: progress.phases.map((p) => ({
      key: p.phase,
      label: t(`enums.phase.${p.phase}`),
      done: p.done,
      applicable: p.applicable,
      percent: p.percent,
    })),
    phaseLabel: (phase) => t("checklist.phaseLabel", { phase }),
    next: next
      ? {
          label: t("checklist.next"),
          title: next.title[locale],
          href: `/initiatives/${slug}/checklist/${next.key}`,
        }
      : { label: t("checklist.allDone"), title: null, href: null },
  };
}
