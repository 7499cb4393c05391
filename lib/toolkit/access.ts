import type { MemberRole } from "@/db/schema/enums";

type Viewer = { role: MemberRole | null; isSteward: boolean; isMentor?: boolean } | null;

/** Members, active mentors and stewards always read a checklist; everyone else only a public one. */
export function canReadChecklist(viewer: Viewer, checklistPublic: boolean): boolean {
  return (
    checklistPublic ||
    Boolean(viewer?.role) ||
    Boolean(viewer?.isSteward) ||
    Boolean(viewer?.isMentor)
  );
}

/** Only the initiative's own people change its checklist (not stewards, not mentors). */
export function canEditChecklist(role: MemberRole | null): boolean {
  return role === "lead" || role === "member";
}
