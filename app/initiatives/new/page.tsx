import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { pageI18n } from "@/lib/i18n/page";
import { initiativeFields } from "../initiative-fields";
import { createInitiativeAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("initiativeForm"))("createTitle") };
}

export default async function NewInitiativePage() {
  await requireUser("/initiatives/new");
  const { locale, t } = await pageI18n();
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={t("initiativeForm.createTitle")} lead={t("initiativeForm.createLead")} />
      <Card>
        <ActionForm
          name={t("initiativeForm.createTitle")}
          action={createInitiativeAction}
          submitLabel={t("initiativeForm.create")}
          pendingLabel={t("initiativeForm.creating")}
          fields={initiativeFields(t, locale)}
        />
      </Card>
    </div>
  );
}
