import type { Actor } from "@/lib/auth/session";
import { createInitiative } from "@/lib/initiatives/registry";
import type { InitiativeInput } from "@/lib/validation/initiative";

let n = 0;

/** A valid registration form, unique per call unless a name is given. */
export function initiativeForm(
  overrides: Record<string, string | string[]> = {},
): Record<string, string | string[]> {
  n += 1;
  return {
    name: `Iniciativa de prueba ${Date.now().toString(36)} ${n}`,
    acronym: "IDP",
    kind: "national",
    countries: ["UY"],
    subRegion: "south_america",
    languages: ["es", "en"],
    yearEstablished: "2019",
    website: "https://example.org",
    mailingList: "",
    contactEmail: "contacto@example.org",
    description: "Una iniciativa nacional.",
    stage: "emerging",
    fundingSources: "Capítulo local\nUniversidad",
    ...overrides,
  };
}

/** Registers an initiative led by `lead` directly through the domain layer. */
export async function createTestInitiative(lead: Actor, overrides: Partial<InitiativeInput> = {}) {
  n += 1;
  const result = await createInitiative(lead, {
    name: `Iniciativa ${Date.now().toString(36)} ${n}`,
    acronym: undefined,
    kind: "national",
    countries: ["PA"],
    subRegion: "central_america",
    languages: ["es"],
    yearEstablished: undefined,
    website: undefined,
    mailingList: undefined,
    contactEmail: undefined,
    description: "",
    stage: "emerging",
    fundingSources: [],
    checklistPublic: false,
    ...overrides,
  });
  if (!result.ok) throw new Error(`could not create: ${result.error}`);
  return result;
}
