import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { newPasswordFields } from "@/components/forms/password-fields";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { getSessionState } from "@/db/queries/users";
import { requireUser } from "@/lib/auth/session";
import { LOCALES } from "@/lib/i18n/locales";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/validation/fields";
import {
  changePasswordAction,
  emailNoticesAction,
  signOutEverywhereAction,
  updateProfileAction,
} from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<{ passwordChanged?: string }>;
}) {
  const user = await requireUser("/account");
  const [{ passwordChanged }, t, tf, tl, state, tn] = await Promise.all([
    searchParams,
    getTranslations("account"),
    getTranslations("fields"),
    getTranslations("languages"),
    getSessionState(user.id),
    getTranslations("notifications"),
  ]);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeader title={t("title")} lead={t("lead", { email: user.email })} />
      {passwordChanged ? <Notice tone="success">{t("passwordChanged")}</Notice> : null}
      <Card title={t("profileTitle")} id="profile">
        <ActionForm
          name={t("profileTitle")}
          action={updateProfileAction}
          submitLabel={t("save")}
          pendingLabel={t("saving")}
          fields={[
            {
              name: "name",
              label: tf("name"),
              autoComplete: "name",
              required: true,
              maxLength: 120,
              defaultValue: user.name ?? "",
            },
            {
              name: "locale",
              label: tf("language"),
              type: "select",
              defaultValue: state?.locale ?? "es",
              options: LOCALES.map((l) => ({ value: l, label: tl(l) })),
            },
          ]}
        />
      </Card>
      <Card title={t("passwordTitle")} id="password">
        <ActionForm
          name={t("passwordTitle")}
          action={changePasswordAction}
          submitLabel={t("changePassword")}
          pendingLabel={t("saving")}
          fields={[
            {
              name: "current",
              label: tf("currentPassword"),
              type: "password",
              autoComplete: "current-password",
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
      <Card title={tn("title")} id="notices">
        <ActionForm
          name={tn("emailToggle")}
          action={emailNoticesAction}
          submitLabel={t("save")}
          pendingLabel={t("saving")}
          variant="secondary"
          fields={[
            {
              name: "emailNotifications",
              label: tn("emailToggle"),
              type: "checkbox",
              defaultValue: state?.emailNotifications === false ? "" : "on",
            },
          ]}
        />
      </Card>
      <Card title={t("sessionsTitle")} id="sessions">
        <p className="mb-4 text-sm text-slate-700">{t("sessionsLead")}</p>
        <ActionForm
          name={t("sessionsTitle")}
          action={signOutEverywhereAction}
          submitLabel={t("signOutEverywhere")}
          pendingLabel={t("saving")}
          variant="danger"
          fields={[]}
        />
      </Card>
    </div>
  );
}
