import { eq } from "drizzle-orm";
import type { Db } from "../index";
import { toolkitSteps, toolkitTemplates } from "../schema";
import { TEMPLATE_V1 } from "./toolkit-v1";

/** Every database starts with toolkit template v1, published; later versions come from stewards. */
export async function ensureToolkitTemplate(db: Db): Promise<void> {
  const [existing] = await db
    .select({ version: toolkitTemplates.version })
    .from(toolkitTemplates)
    .where(eq(toolkitTemplates.version, 1));
  if (existing) return;
  await db.transaction(async (tx) => {
    await tx
      .insert(toolkitTemplates)
      .values({ version: 1, notes: "IGF NRIs toolkit", publishedAt: new Date() })
      .onConflictDoNothing();
    await tx
      .insert(toolkitSteps)
      .values(TEMPLATE_V1.map((step, position) => ({ templateVersion: 1, position, ...step })))
      .onConflictDoNothing();
  });
}
