import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { buttonClass } from "@/components/ui/button";
import { listMyInitiatives } from "@/db/queries/memberships";
import { requireUser } from "@/lib/auth/session";
import { pageI18n } from "@/lib/i18n/page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageI18n()).t("mine.title") };
}

export default async function MyInitiativesPage() {
  const user = await requireUser("/my-initiatives");
  const { t } = await pageI18n();
  const mine = await listMyInitiatives(user.id);
  return (
    <div>
      <PageHeader title={t("mine.title")} lead={t("mine.lead")} />
      {mine.length === 0 ? (
        <div className="rounded-md border border-dashed border-slate-300 bg-white p-6">
          <p className="text-slate-800">{t("mine.empty")}</p>
          <div className="mt-4 flex flex-wrap gap-3">
            <Link href="/initiatives" className={buttonClass("secondary")}>
              {t("mine.browse")}
            </Link>
            <Link href="/initiatives/new" className={buttonClass("primary")}>
              {t("initiatives.register")}
            </Link>
          </div>
        </div>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {mine.map((item) => (
            <li key={item.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <Link
                href={`/initiatives/${item.slug}`}
                className="font-semibold text-brand-800 hover:underline"
              >
                {item.name}
              </Link>
              <p className="mt-1 text-sm text-slate-700">{t(`enums.role.${item.role}`)}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
