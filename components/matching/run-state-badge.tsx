import { Badge } from "@/components/ui/badge";
import type { MatchingDraftState, MatchingRunState } from "@/db/schema/enums";

const TONE = {
  draft: "warning",
  published: "success",
  discarded: "neutral",
  removed: "neutral",
  refused: "warning",
} as const;

/** The state of a matching run or of one of its drafts, in words and colour. */
export function StateBadge({
  state,
  label,
}: {
  state: MatchingRunState | MatchingDraftState;
  label: string;
}) {
  return <Badge tone={TONE[state]}>{label}</Badge>;
}
