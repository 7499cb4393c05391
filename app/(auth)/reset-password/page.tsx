import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { newPasswordFields } from "@/components/forms/password-fields";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { isEmailTokenLive } from "@/db/queries/email-tokens";
import { hashToken } from "@/lib/auth/tokens";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/validation/fields";
import { resetPasswordAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reset"))("title") };
}

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string }>;
}) {
  const { token = "" } = await searchParams;
  const t = await getTranslations("reset");
  const tf = await getTranslations("fields");
  const live =
    token.length >= 20 &&
    token.length <= 200 &&
    (await isEmailTokenLive(hashToken(token), "password_reset"));
  return (
    <div className="mx-auto max-w-xl">
      <PageHeader title={t("title")} />
      <Card>
        {live ? (
          <ActionForm
            name={t("title")}
            action={resetPasswordAction}
            submitLabel={t("submit")}
            pendingLabel={t("pending")}
            fields={[
              { name: "token", label: "", type: "hidden", defaultValue: token },
              ...newPasswordFields({
                password: tf("newPassword"),
                confirm: tf("confirmPassword"),
                rule: tf("passwordRule", { min: PASSWORD_MIN, max: PASSWORD_MAX }),
              }),
            ]}
          />
        ) : (
          <Notice tone="error">
            {t("expired")}{" "}
            <Link href="/forgot-password" className="font-medium underline">
              {t("again")}
            </Link>
          </Notice>
        )}
      </Card>
    </div>
  );
}
