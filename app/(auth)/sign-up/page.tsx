import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { newPasswordFields } from "@/components/forms/password-fields";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/validation/fields";
import { signUpAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signUp"))("title") };
}

export default async function SignUpPage() {
  const t = await getTranslations("signUp");
  const tf = await getTranslations("fields");
  return (
    <div className="mx-auto max-w-xl">
      <PageHeader title={t("title")} lead={t("lead")} />
      <Card>
        <ActionForm
          name={t("title")}
          action={signUpAction}
          submitLabel={t("submit")}
          pendingLabel={t("pending")}
          fields={[
            {
              name: "name",
              label: tf("name"),
              autoComplete: "name",
              required: true,
              maxLength: 120,
            },
            {
              name: "email",
              label: tf("email"),
              type: "email",
              autoComplete: "email",
              required: true,
            },
            ...newPasswordFields({
              password: tf("newPassword"),
              confirm: tf("confirmPassword"),
              rule: tf("passwordRule", { min: PASSWORD_MIN, max: PASSWORD_MAX }),
            }),
          ]}
        />
      </Card>
      <p className="mt-4 text-center text-sm text-slate-700">
        {t("haveAccount")}{" "}
        <Link href="/sign-in" className="font-medium text-brand-700 underline">
          {t("signIn")}
        </Link>
      </p>
    </div>
  );
}
