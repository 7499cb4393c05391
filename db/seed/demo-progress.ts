import { TEMPLATE_V1 } from "../reference/toolkit-v1";
import type { Stage, StepStatus } from "../schema/enums";

const KEYS = TEMPLATE_V1.map((s) => s.key);

/** Realistic demo progress: established initiatives nearly done, new ones at the start. */
export function demoProgress(name: string, stage: Stage): Record<string, StepStatus> {
  const statuses: Record<string, StepStatus> = {};
  const mark = (keys: string[], status: StepStatus) => {
    for (const key of keys) statuses[key] = status;
  };
  if (stage === "established") {
    mark(KEYS, "done");
    mark(["grants"], name.includes("Brasil") ? "not_applicable" : "in_progress");
    mark(["next-cycle"], "in_progress");
  } else if (stage === "developing") {
    mark(KEYS.slice(0, 12), "done");
    mark(KEYS.slice(12, 15), "in_progress");
  } else if (name === "IGF Barbados") {
    mark(["principles", "scope", "stakeholder-map", "committee-3-groups", "coordinators"], "done");
    mark(["website", "budget", "sponsors"], "in_progress");
  } else {
    mark(["scope"], "done");
    mark(["principles", "stakeholder-map"], "in_progress");
  }
  return statuses;
}
