import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { PageHeader } from "@/components/layout/page-header";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { findInvitation } from "@/db/queries/invitations";
import { getCurrentUser } from "@/lib/auth/session";
import { hashToken } from "@/lib/auth/tokens";
import { pageI18n } from "@/lib/i18n/page";
import { acceptInvitationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageI18n()).t("invitation.title") };
}

export default async function AcceptInvitationPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string }>;
}) {
  const { token = "" } = await searchParams;
  const { t } = await pageI18n();
  const user = await getCurrentUser();
  const invitation =
    token.length >= 20 && token.length <= 200 ? await findInvitation(hashToken(token)) : undefined;
  const live = invitation && !invitation.acceptedAt && invitation.expiresAt > new Date();
  const back = `/invitations/accept?token=${encodeURIComponent(token)}`;
  return (
    <div className="mx-auto max-w-xl">
      <PageHeader title={t("invitation.title")} />
      <Card>
        {!live || !invitation ? (
          <Notice tone="error">{t("invitation.expired")}</Notice>
        ) : (
          <div className="space-y-4">
            <p className="text-lg">
              {t("invitation.body", {
                initiative: invitation.initiativeName,
                role: t(`enums.role.${invitation.role}`),
              })}
            </p>
            <p className="text-sm text-slate-700">
              {t("invitation.for", { email: invitation.email })}
            </p>
            {!user ? (
              <div className="flex flex-wrap gap-3">
                <Link
                  href={`/sign-in?callbackUrl=${encodeURIComponent(back)}`}
                  className={buttonClass("primary")}
                >
                  {t("invitation.signIn")}
                </Link>
                <Link href="/sign-up" className={buttonClass("secondary")}>
                  {t("invitation.signUp")}
                </Link>
              </div>
            ) : user.email.toLowerCase() !== invitation.email ? (
              <Notice tone="error">
                {t("invitation.signedInAs", { email: user.email })}{" "}
                {t("invitation.wrongAccount", { email: invitation.email })}
              </Notice>
            ) : (
              <ActionForm
                name={t("invitation.accept")}
                action={acceptInvitationAction}
                submitLabel={t("invitation.accept")}
                pendingLabel={t("invitation.accepting")}
                fields={[{ name: "token", label: "", type: "hidden", defaultValue: token }]}
              />
            )}
          </div>
        )}
      </Card>
    </div>
  );
}
