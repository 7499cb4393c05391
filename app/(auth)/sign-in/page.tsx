import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { oauthProviders } from "@/lib/auth/oauth";
import { magicLinkAction, oauthSignInAction, signInAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

const KNOWN_ERRORS = [
  "Verification",
  "AccessDenied",
  "OAuthAccountNotLinked",
  "CredentialsSignin",
] as const;

type Search = {
  callbackUrl?: string;
  error?: string;
  confirmed?: string;
  reset?: string;
  signedOut?: string;
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Search> }) {
  const params = await searchParams;
  const t = await getTranslations("signIn");
  const tf = await getTranslations("fields");
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  const errorKey =
    KNOWN_ERRORS.find((e) => e === params.error) ?? (params.error ? "generic" : undefined);
  const hidden = {
    name: "callbackUrl",
    label: "",
    type: "hidden" as const,
    defaultValue: callbackUrl,
  };
  const email = {
    name: "email",
    label: tf("email"),
    type: "email" as const,
    autoComplete: "email",
    required: true,
  };

  return (
    <div className="mx-auto max-w-xl">
      <PageHeader title={t("title")} lead={t("lead")} />
      <div className="space-y-4">
        {params.confirmed ? <Notice tone="success">{t("confirmed")}</Notice> : null}
        {params.reset ? <Notice tone="success">{t("resetDone")}</Notice> : null}
        {params.signedOut ? <Notice tone="success">{t("signedOutEverywhere")}</Notice> : null}
        {errorKey ? <Notice tone="error">{t(`errors.${errorKey}`)}</Notice> : null}
        <Card title={t("passwordTitle")} id="password">
          <ActionForm
            name={t("passwordTitle")}
            action={signInAction}
            submitLabel={t("submit")}
            pendingLabel={t("pending")}
            fields={[
              hidden,
              email,
              {
                name: "password",
                label: tf("password"),
                type: "password",
                autoComplete: "current-password",
                required: true,
              },
            ]}
          />
          <p className="mt-4 text-sm">
            <Link href="/forgot-password" className="text-brand-700 underline">
              {t("forgot")}
            </Link>
          </p>
        </Card>
        <Card title={t("magicTitle")} id="magic">
          <p className="mb-4 text-sm text-slate-700">{t("magicLead")}</p>
          <ActionForm
            name={t("magicTitle")}
            action={magicLinkAction}
            submitLabel={t("magicSubmit")}
            pendingLabel={t("pending")}
            variant="secondary"
            fields={[hidden, email]}
          />
        </Card>
        {oauthProviders().length > 0 ? (
          <Card title={t("oauthTitle")} id="oauth">
            <div className="flex flex-wrap gap-3">
              {oauthProviders().map((provider) => (
                <form key={provider.id} action={oauthSignInAction}>
                  <input type="hidden" name="provider" value={provider.id} />
                  <input type="hidden" name="callbackUrl" value={callbackUrl} />
                  <button
                    type="submit"
                    className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium hover:bg-slate-100"
                  >
                    {t("oauthWith", { provider: provider.name })}
                  </button>
                </form>
              ))}
            </div>
          </Card>
        ) : null}
        <p className="text-center text-sm text-slate-700">
          {t("noAccount")}{" "}
          <Link href="/sign-up" className="font-medium text-brand-700 underline">
            {t("signUp")}
          </Link>
        </p>
      </div>
    </div>
  );
}
