import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { isEmailTokenLive } from "@/db/queries/email-tokens";
import { hashToken } from "@/lib/auth/tokens";
import { confirmEmailAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("confirmEmail"))("title") };
}

// The link only opens this page; confirming takes a click, so mail scanners that
// prefetch links cannot spend the token.
export default async function ConfirmEmailPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string }>;
}) {
  const { token = "" } = await searchParams;
  const t = await getTranslations("confirmEmail");
  const live =
    token.length >= 20 &&
    token.length <= 200 &&
    (await isEmailTokenLive(hashToken(token), "signup"));
  return (
    <div className="mx-auto max-w-xl">
      <PageHeader title={t("title")} />
      <Card>
        {live ? (
          <>
            <p className="mb-4 text-slate-800">{t("lead")}</p>
            <ActionForm
              name={t("title")}
              action={confirmEmailAction}
              submitLabel={t("submit")}
              pendingLabel={t("pending")}
              fields={[{ name: "token", label: "", type: "hidden", defaultValue: token }]}
            />
          </>
        ) : (
          <Notice tone="error">
            {t("expired")}{" "}
            <Link href="/sign-up" className="font-medium underline">
              {t("again")}
            </Link>
          </Notice>
        )}
      </Card>
    </div>
  );
}
