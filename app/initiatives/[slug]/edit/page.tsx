import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { pageI18n } from "@/lib/i18n/page";
import { initiativeFields } from "../../initiative-fields";
import { loadInitiative } from "../load";
import { updateInitiativeAction } from "./actions";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageI18n()).t("initiativeForm.editTitle") };
}

export default async function EditInitiativePage({ params }: Params) {
  const { slug } = await params;
  await requireUser(`/initiatives/${slug}/edit`);
  const { initiative, role } = await loadInitiative(slug, "/edit");
  if (role !== "lead") redirect("/forbidden");
  const { locale, t } = await pageI18n();
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={t("initiativeForm.editTitle")} lead={initiative.name} />
      <Card>
        <ActionForm
          name={t("initiativeForm.editTitle")}
          action={updateInitiativeAction}
          submitLabel={t("initiativeForm.save")}
          pendingLabel={t("initiativeForm.saving")}
          fields={[
            { name: "initiativeId", label: "", type: "hidden", defaultValue: initiative.id },
            ...initiativeFields(t, locale, initiative),
          ]}
        />
      </Card>
    </div>
  );
}
