import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditEvents } from "@/db/schema";
import { insertInitiativeRow } from "@/db/testing/export-fixtures";
import { createPerson } from "@/db/testing/factories";
import { setRequestLocale } from "@/lib/testing/fake-request";
import { actAs } from "@/lib/testing/fake-session";
import { GET } from "./route";

const tag = Date.now().toString(36);
const today = () => new Date().toISOString().slice(0, 10);

function download(dataset: string, query = "") {
  return GET(new Request(`http://localhost/stewards/exports/${dataset}${query}`), {
    params: Promise.resolve({ dataset }),
  });
}

async function allDownloads() {
  return (
    await getDb()
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(eq(auditEvents.action, "export.download"))
  ).length;
}

async function downloadsBy(actorId: string) {
  return getDb()
    .select({ entityId: auditEvents.entityId, after: auditEvents.after })
    .from(auditEvents)
    .where(and(eq(auditEvents.action, "export.download"), eq(auditEvents.actorId, actorId)));
}

describe("export downloads", () => {
  it("gives a steward the CSV file with its headers, and records the download", async () => {
    const steward = await createPerson({ isSteward: true });
    await insertInitiativeRow({ name: `Foro Ñandú São Tomé ${tag}`, countries: ["PY", "BR"] });
    actAs(steward);
    const response = await download("initiatives", "?format=csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="padrinazgo-initiatives-${today()}.csv"`,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split("\r\n")[0]).toBe(
      "name,acronym,kind,countries,sub_region,year_established,website,coordinators,last_annual_meeting,report_links,stage,verified,verified_on,recognized_on,is_demo,public_url",
    );
    expect(text).toContain(`Foro Ñandú São Tomé ${tag},,national,PY;BR,south_america,`);
    const recorded = await downloadsBy(steward.id);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]?.entityId).toBe("initiatives");
    expect(recorded[0]?.after).toMatchObject({ format: "csv" });
  });

  it("gives JSON on request, CSV by default, and audits each one", async () => {
    const steward = await createPerson({ isSteward: true });
    actAs(steward);
    const json = await download("mentorships", "?format=json");
    expect(json.status).toBe(200);
    expect(json.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(json.headers.get("content-disposition")).toBe(
      `attachment; filename="padrinazgo-mentorships-${today()}.json"`,
    );
    expect(json.headers.get("cache-control")).toBe("no-store");
    // No test in this file creates a mentorship: the empty dataset is JSON's empty array.
    expect(await json.json()).toEqual([]);
    const csv = await download("progress");
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect((await downloadsBy(steward.id)).map((e) => e.entityId).sort()).toEqual([
      "mentorships",
      "progress",
    ]);
  });

  it("refuses a visitor and a signed-in member, recording nothing", async () => {
    const member = await createPerson();
    const before = await allDownloads();
    setRequestLocale("es");
    actAs(null);
    const visitor = await download("initiatives", "?format=csv");
    expect(visitor.status).toBe(401);
    expect(visitor.headers.get("content-disposition")).toBeNull();
    expect(await visitor.text()).toBe(
      "Inicia sesión con una cuenta de la coordinación de la red para descargar estos datos.",
    );
    actAs(member);
    const refused = await download("initiatives", "?format=json");
    expect(refused.status).toBe(403);
    expect(refused.headers.get("content-disposition")).toBeNull();
    expect(await refused.text()).not.toContain(tag);
    // Not even whether a dataset exists is told to someone who may not download.
    expect((await download("nothing-here")).status).toBe(403);
    expect(await allDownloads()).toBe(before);
  });

  it("answers 404 for an unknown dataset and 400 for an unknown format", async () => {
    const steward = await createPerson({ isSteward: true });
    actAs(steward);
    setRequestLocale("en");
    const missing = await download("users", "?format=csv");
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe("There is no such dataset.");
    const bad = await download("initiatives", "?format=xlsx");
    expect(bad.status).toBe(400);
    expect(bad.headers.get("cache-control")).toBe("no-store");
    expect(await bad.text()).toBe("Unknown format: use format=csv or format=json.");
    expect(await downloadsBy(steward.id)).toEqual([]);
  });
});
