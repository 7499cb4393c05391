import type { Executor } from "@/db";
import { getDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import {
  findByNameKey,
  forgetOldSlug,
  getInitiativeById,
  type InitiativeValues,
  insertInitiative,
  isSlugTaken,
  rememberOldSlug,
  updateInitiativeRow,
} from "@/db/queries/initiatives";
import { addMember, getRole } from "@/db/queries/memberships";
import type { Actor } from "@/lib/auth/session";
import type { InitiativeInput } from "@/lib/validation/initiative";
import { countryNamesEverywhere } from "./countries";
import { foldText, searchTextFor, slugify } from "./text";

export type Duplicate = { slug: string; name: string };
export type RegistryResult =
  | { ok: true; slug: string; id: string }
  | { ok: false; error: "duplicate"; existing: Duplicate }
  | { ok: false; error: "forbidden" | "not_found" };

function toValues(input: InitiativeInput): Omit<InitiativeValues, "slug"> {
  return {
    name: input.name,
    nameKey: foldText(input.name),
    acronym: input.acronym ?? null,
    searchText: searchTextFor(input.name, input.acronym, countryNamesEverywhere(input.countries)),
    kind: input.kind,
    countries: input.countries,
    subRegion: input.subRegion,
    languages: input.languages,
    yearEstablished: input.yearEstablished ?? null,
    website: input.website ?? null,
    mailingList: input.mailingList ?? null,
    contactEmail: input.contactEmail ?? null,
    description: input.description,
    stage: input.stage,
    fundingSources: input.fundingSources,
    checklistPublic: input.checklistPublic,
  };
}

/** The name's slug, or the first free "-2", "-3"… variant. */
async function freeSlug(name: string, excludeId: string | null, db: Executor): Promise<string> {
  const base = slugify(name);
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await isSlugTaken(candidate, excludeId, db))) return candidate;
  }
  throw new Error(`no free slug for ${base}`);
}

function isUniqueViolation(error: unknown): boolean {
  const code =
    (error as { code?: string; cause?: { code?: string } }).code ??
    (error as { cause?: { code?: string } }).cause?.code;
  return code === "23505";
}

/** A member registers an initiative and becomes its first lead. */
export async function createInitiative(
  actor: Actor,
  input: InitiativeInput,
  db: Executor = getDb(),
): Promise<RegistryResult> {
  const values = toValues(input);
  const existing = await findByNameKey(values.nameKey, null, db);
  if (existing) return { ok: false, error: "duplicate", existing };
  try {
    return await db.transaction(async (tx) => {
      const slug = await freeSlug(input.name, null, tx);
      const row = await insertInitiative({ ...values, slug }, tx);
      await addMember(row.id, actor.id, "lead", tx);
      await recordAudit(
        {
          actorId: actor.id,
          action: "initiative.created",
          entityType: "initiative",
          entityId: row.id,
          after: { ...values, slug },
        },
        tx,
      );
      return { ok: true as const, slug: row.slug, id: row.id };
    });
  } catch (error) {
    // Someone registered the same name a moment earlier.
    if (!isUniqueViolation(error)) throw error;
    const winner = await findByNameKey(values.nameKey, null, db);
    if (!winner) throw error;
    return { ok: false, error: "duplicate", existing: winner };
  }
}

/** A lead edits the profile; a new name moves the slug and the old one keeps redirecting. */
export async function updateInitiative(
  actor: Actor,
  initiativeId: string,
  input: InitiativeInput,
  db: Executor = getDb(),
): Promise<RegistryResult> {
  const values = toValues(input);
  return db.transaction(async (tx) => {
    const before = await getInitiativeById(initiativeId, tx);
    if (!before) return { ok: false as const, error: "not_found" as const };
    if ((await getRole(initiativeId, actor.id, tx)) !== "lead")
      return { ok: false as const, error: "forbidden" as const };
    const clash = await findByNameKey(values.nameKey, initiativeId, tx);
    if (clash) return { ok: false as const, error: "duplicate" as const, existing: clash };
    let slug = before.slug;
    if (slugify(input.name) !== slugify(before.name)) {
      slug = await freeSlug(input.name, initiativeId, tx);
      await forgetOldSlug(slug, tx);
      await rememberOldSlug(before.slug, initiativeId, tx);
    }
    await updateInitiativeRow(initiativeId, { ...values, slug }, tx);
    // Derived columns (search and uniqueness keys) would only add noise to the history.
    const { nameKey: _nameKey, searchText: _searchText, ...visible } = { ...values, slug };
    const changed = Object.fromEntries(
      Object.entries(visible).filter(
        ([key, value]) =>
          JSON.stringify(value) !== JSON.stringify((before as Record<string, unknown>)[key]),
      ),
    );
    const previous = Object.fromEntries(
      Object.keys(changed).map((key) => [key, (before as Record<string, unknown>)[key]]),
    );
    await recordAudit(
      {
        actorId: actor.id,
        action: "initiative.updated",
        entityType: "initiative",
        entityId: initiativeId,
        before: previous,
        after: changed,
      },
      tx,
    );
    return { ok: true as const, slug, id: initiativeId };
  });
}
