import { Badge } from "@/components/ui/badge";
import type { StepStatus } from "@/db/schema/enums";

const TONE = {
  todo: "neutral",
  in_progress: "warning",
  done: "success",
  not_applicable: "neutral",
} as const;
const MARK = { todo: "○", in_progress: "◐", done: "✓", not_applicable: "–" } as const;

export function StatusBadge({ status, label }: { status: StepStatus; label: string }) {
  return (
    <Badge tone={TONE[status]}>
      <span aria-hidden="true">{MARK[status]}</span> {label}
    </Badge>
  );
}
