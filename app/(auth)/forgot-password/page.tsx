import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { forgotPasswordAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("forgot"))("title") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("forgot");
  const tf = await getTranslations("fields");
  return (
    <div className="mx-auto max-w-xl">
      <PageHeader title={t("title")} lead={t("lead")} />
      <Card>
        <ActionForm
          name={t("title")}
          action={forgotPasswordAction}
          submitLabel={t("submit")}
          pendingLabel={t("pending")}
          fields={[
            {
              name: "email",
              label: tf("email"),
              type: "email",
              autoComplete: "email",
              required: true,
            },
          ]}
        />
      </Card>
    </div>
  );
}
