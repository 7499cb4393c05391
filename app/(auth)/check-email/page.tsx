import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("checkEmail"))("title") };
}

const KINDS = ["magic", "signup", "reset"] as const;

export default async function CheckEmailPage({
  searchParams,
}: {
  searchParams: Promise<{ kind?: string }>;
}) {
  const { kind } = await searchParams;
  const t = await getTranslations("checkEmail");
  const which = KINDS.find((k) => k === kind) ?? "magic";
  return (
    <div className="mx-auto max-w-xl">
      <PageHeader title={t("title")} />
      <Card>
        <p role="status" className="text-slate-800">
          {t(`body.${which}`)}
        </p>
        <p className="mt-4 text-sm text-slate-700">{t("spam")}</p>
        <p className="mt-4 text-sm">
          <Link href="/sign-in" className="text-brand-700 underline">
            {t("back")}
          </Link>
        </p>
      </Card>
    </div>
  );
}
