import { z } from "zod";
import { findInitiativesNamed, getInitiativeById } from "@/db/queries/initiatives";
import { foldText } from "@/lib/initiatives/text";

/** How many initiatives the audit log offers to choose from when a name fits several. */
export const INITIATIVE_CHOICES = 8;

type Named = { id: string; name: string };

/**
 * What the audit log's initiative filter stands for. A select of every initiative weighed
 * 2.8 MB at 10,000 of them, so the steward types a name (or part of it, or an acronym)
 * and the log resolves it; links keep naming the initiative by id.
 */
export type InitiativeFilter =
  | { kind: "one"; initiative: Named }
  | { kind: "unknown"; text: string }
  | { kind: "several"; text: string; choices: Named[]; more: boolean };

/** The decision alone: one exact match or a single match wins; otherwise the steward chooses. */
export function pickInitiative(
  text: string,
  found: (Named & { exact: boolean })[],
): InitiativeFilter {
  const exact = found.filter((f) => f.exact);
  const only = exact.length === 1 ? exact[0] : found.length === 1 ? found[0] : undefined;
  if (only) return { kind: "one", initiative: { id: only.id, name: only.name } };
  if (found.length === 0) return { kind: "unknown", text };
  return {
    kind: "several",
    text,
    choices: found.slice(0, INITIATIVE_CHOICES).map(({ id, name }) => ({ id, name })),
    more: found.length > INITIATIVE_CHOICES,
  };
}

const id = z.uuid();

/** Resolves what was typed (or linked: an id) into the initiative it names, if one. */
export async function resolveInitiativeFilter(text: string): Promise<InitiativeFilter> {
  if (id.safeParse(text).success) {
    const initiative = await getInitiativeById(text);
    return initiative
      ? { kind: "one", initiative: { id: initiative.id, name: initiative.name } }
      : { kind: "unknown", text };
  }
  const folded = foldText(text);
  if (!folded) return { kind: "unknown", text };
  return pickInitiative(text, await findInitiativesNamed(folded, INITIATIVE_CHOICES + 1));
}
