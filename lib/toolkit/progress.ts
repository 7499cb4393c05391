import { type StepStatus, TOOLKIT_PHASES, type ToolkitPhase } from "@/db/schema/enums";

export type StepRef = { key: string; phase: ToolkitPhase };
export type PhaseProgress = {
  phase: ToolkitPhase;
  done: number;
  applicable: number;
  percent: number;
};

function percent(done: number, applicable: number): number {
  return applicable === 0 ? 100 : Math.round((done / applicable) * 100);
}

/**
 * How far an initiative is: steps done out of those that apply (not-applicable steps
 * leave the count), per phase and overall, and the next step to work on — the first
 * one in progress, else the first still to do.
 */
export function computeProgress(steps: StepRef[], statusOf: (key: string) => StepStatus) {
  const phases: PhaseProgress[] = TOOLKIT_PHASES.map((phase) => {
    const inPhase = steps.filter((s) => s.phase === phase);
    const applicable = inPhase.filter((s) => statusOf(s.key) !== "not_applicable").length;
    const done = inPhase.filter((s) => statusOf(s.key) === "done").length;
    return { phase, done, applicable, percent: percent(done, applicable) };
  }).filter((p) => steps.some((s) => s.phase === p.phase));
  const done = phases.reduce((n, p) => n + p.done, 0);
  const applicable = phases.reduce((n, p) => n + p.applicable, 0);
  const next =
    steps.find((s) => statusOf(s.key) === "in_progress") ??
    steps.find((s) => statusOf(s.key) === "todo") ??
    null;
  return { done, applicable, percent: percent(done, applicable), phases, next };
}

export type Progress = ReturnType<typeof computeProgress>;
