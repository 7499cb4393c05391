import { count, eq } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import { countryNamesEverywhere } from "@/lib/initiatives/countries";
import { foldText, searchTextFor, slugify } from "@/lib/initiatives/text";
import type { Db } from "./index";
import {
  annualMeetings,
  checklistHistory,
  checklistItems,
  committeeMembers,
  helpRequests,
  initiativeMembers,
  initiatives,
  offers,
  users,
} from "./schema";
import type { Locale } from "./schema/enums";
import {
  DEMO_COMMITTEES,
  DEMO_INITIATIVES,
  DEMO_MEETINGS,
  DEMO_OFFERS,
  DEMO_REQUESTS,
} from "./seed/demo-initiatives";
import { seedDemoMentorships } from "./seed/demo-mentorships";
import { demoProgress } from "./seed/demo-progress";

export const DEMO_PASSWORD = "demo-padrinazgo-2026";

type DemoPerson = { email: string; name: string; isSteward: boolean; locale: Locale };

export const DEMO_PEOPLE: DemoPerson[] = [
  {
    email: "steward@demo.padrinazgo.org",
    name: "Ana Steward (demo)",
    isSteward: true,
    locale: "es",
  },
  {
    email: "lead.colombia@demo.padrinazgo.org",
    name: "Camilo Rojas (demo)",
    isSteward: false,
    locale: "es",
  },
  {
    email: "lead.barbados@demo.padrinazgo.org",
    name: "Keisha Clarke (demo)",
    isSteward: false,
    locale: "en",
  },
  {
    email: "lead.brasil@demo.padrinazgo.org",
    name: "Luana Souza (demo)",
    isSteward: false,
    locale: "pt",
  },
  {
    email: "lead.mexico@demo.padrinazgo.org",
    name: "Mariana López (demo)",
    isSteward: false,
    locale: "es",
  },
  {
    email: "lead.argentina@demo.padrinazgo.org",
    name: "Santiago Díaz (demo)",
    isSteward: false,
    locale: "es",
  },
  {
    email: "lead.uruguay@demo.padrinazgo.org",
    name: "Lucía Pereira (demo)",
    isSteward: false,
    locale: "es",
  },
  {
    email: "lead.paraguay@demo.padrinazgo.org",
    name: "Diego Benítez (demo)",
    isSteward: false,
    locale: "es",
  },
  {
    email: "lead.costarica@demo.padrinazgo.org",
    name: "Valeria Mora (demo)",
    isSteward: false,
    locale: "es",
  },
  {
    email: "lead.panama@demo.padrinazgo.org",
    name: "Andrés Castillo (demo)",
    isSteward: false,
    locale: "es",
  },
  {
    email: "lead.lacigf@demo.padrinazgo.org",
    name: "Carolina Méndez (demo)",
    isSteward: false,
    locale: "es",
  },
];

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) === 0;
}

/** Loads the demo network: its people and initiatives (each capability adds its part). */
export async function seedDemo(db: Db): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    await tx
      .insert(users)
      .values(DEMO_PEOPLE.map((p) => ({ ...p, passwordHash, emailVerified: new Date() })))
      .onConflictDoNothing();
    const [steward] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, DEMO_PEOPLE[0]?.email ?? ""));
    for (const demo of DEMO_INITIATIVES) {
      const [row] = await tx
        .insert(initiatives)
        .values({
          slug: slugify(demo.acronym && demo.kind === "regional" ? demo.acronym : demo.name),
          name: demo.name,
          nameKey: foldText(demo.name),
          acronym: demo.acronym ?? null,
          searchText: searchTextFor(
            demo.name,
            demo.acronym,
            countryNamesEverywhere(demo.countries),
          ),
          kind: demo.kind,
          countries: demo.countries,
          subRegion: demo.subRegion,
          languages: demo.languages,
          yearEstablished: demo.yearEstablished ?? null,
          description: demo.description,
          stage: demo.stage,
          fundingSources: demo.fundingSources ?? [],
          verifiedAt: demo.verified ? new Date() : null,
          verifiedBy: demo.verified ? (steward?.id ?? null) : null,
          isDemo: true,
          checklistPublic: demo.stage !== "emerging",
        })
        .onConflictDoNothing()
        .returning({ id: initiatives.id });
      const [lead] = await tx
        .select({ id: users.id })
        .from(users)
        .where(eq(users.email, demo.lead));
      if (!row) continue;
      if (lead)
        await tx
          .insert(initiativeMembers)
          .values({ initiativeId: row.id, userId: lead.id, role: "lead" });
      const committee = DEMO_COMMITTEES[demo.name] ?? [];
      if (committee.length) {
        await tx.insert(committeeMembers).values(
          committee.map((c) => ({
            initiativeId: row.id,
            name: c.name,
            stakeholderGroup: c.group,
            gender: c.gender ?? null,
            city: c.city ?? null,
            country: demo.countries[0] ?? null,
            committeeRole: c.role ?? null,
          })),
        );
      }
      const progress = Object.entries(demoProgress(demo.name, demo.stage));
      if (progress.length) {
        const rows = progress.map(([stepKey, status]) => ({
          initiativeId: row.id,
          stepKey,
          templateVersion: 1,
          status,
          note: "",
          revision: 1,
        }));
        await tx
          .insert(checklistItems)
          .values(rows.map((r) => ({ ...r, updatedBy: lead?.id ?? null })));
        await tx
          .insert(checklistHistory)
          .values(rows.map((r) => ({ ...r, changedBy: lead?.id ?? null })));
      }
      const offer = DEMO_OFFERS[demo.name];
      if (offer)
        await tx
          .insert(offers)
          .values({ ...offer, initiativeId: row.id, createdBy: lead?.id ?? null });
      const request = DEMO_REQUESTS[demo.name];
      if (request)
        await tx
          .insert(helpRequests)
          .values({ ...request, initiativeId: row.id, createdBy: lead?.id ?? null });
      const meetings = DEMO_MEETINGS[demo.name] ?? [];
      if (meetings.length)
        await tx
          .insert(annualMeetings)
          .values(meetings.map((m) => ({ ...m, initiativeId: row.id })));
    }
  });
  await seedDemoMentorships(db);
}

export function describeDemoAccounts(): string {
  const lines = DEMO_PEOPLE.map(
    (p) => `  ${p.email.padEnd(36)} ${p.isSteward ? "steward" : "lead"}`,
  );
  return [`Demo accounts (password for all: ${DEMO_PASSWORD}):`, ...lines].join("\n");
}
