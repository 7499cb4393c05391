import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/auth/session";

const STEPS = ["offer", "request", "match", "track"] as const;
const PHASES = [
  "foundations",
  "committee",
  "transparency",
  "funding",
  "event",
  "reporting",
  "consolidation",
] as const;
const JOIN = ["account", "initiative", "offerOrRequest"] as const;

export default async function LandingPage() {
  const [t, user] = await Promise.all([getTranslations("landing"), getCurrentUser()]);
  return (
    <div className="space-y-16">
      <section
        aria-labelledby="hero-title"
        className="rounded-2xl bg-brand-800 px-6 py-12 text-white sm:px-12"
      >
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-100">
          {t("eyebrow")}
        </p>
        <h1
          id="hero-title"
          className="mt-2 max-w-3xl text-4xl font-bold tracking-tight sm:text-5xl"
        >
          {t("title")}
        </h1>
        <p className="mt-4 max-w-2xl text-lg text-brand-50">{t("lead")}</p>
        <div className="mt-8 flex flex-wrap gap-3">
          {user ? (
            <Link
              prefetch={false}
              href="/account"
              className="rounded-md bg-white px-5 py-3 font-semibold text-brand-800 hover:bg-brand-50"
            >
              {t("ctaAccount")}
            </Link>
          ) : (
            <>
              {/* Dynamic routes without a loading boundary: a viewport prefetch brings
                  nothing to show early, only requests (see SiteHeader). */}
              <Link
                prefetch={false}
                href="/sign-up"
                className="rounded-md bg-white px-5 py-3 font-semibold text-brand-800 hover:bg-brand-50"
              >
                {t("ctaJoin")}
              </Link>
              <Link
                prefetch={false}
                href="/sign-in"
                className="rounded-md border border-white px-5 py-3 font-semibold text-white hover:bg-brand-700"
              >
                {t("ctaSignIn")}
              </Link>
            </>
          )}
        </div>
      </section>

      <section aria-labelledby="what-title">
        <h2 id="what-title" className="text-2xl font-bold">
          {t("whatTitle")}
        </h2>
        <p className="mt-3 max-w-3xl text-slate-800">{t("whatBody")}</p>
      </section>

      <section aria-labelledby="how-title">
        <h2 id="how-title" className="text-2xl font-bold">
          {t("howTitle")}
        </h2>
        <ol className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {STEPS.map((step, index) => (
            <li key={step} className="rounded-lg border border-slate-200 bg-white p-5">
              <span
                aria-hidden="true"
                className="flex h-8 w-8 items-center justify-center rounded-full bg-brand-100 font-bold text-brand-800"
              >
                {index + 1}
              </span>
              <h3 className="mt-3 font-semibold">{t(`steps.${step}.title`)}</h3>
              <p className="mt-1 text-sm text-slate-700">{t(`steps.${step}.body`)}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="toolkit-title">
        <h2 id="toolkit-title" className="text-2xl font-bold">
          {t("toolkitTitle")}
        </h2>
        <p className="mt-3 max-w-3xl text-slate-800">{t("toolkitBody")}</p>
        <ol className="mt-6 flex flex-wrap gap-2">
          {PHASES.map((phase, index) => (
            <li
              key={phase}
              className="rounded-full border border-brand-600 bg-white px-4 py-1 text-sm font-medium text-brand-800"
            >
              {index + 1}. {t(`phases.${phase}`)}
            </li>
          ))}
        </ol>
        <p className="mt-4 max-w-3xl text-sm text-slate-700">{t("principles")}</p>
      </section>

      <section
        aria-labelledby="join-title"
        className="rounded-lg border border-slate-200 bg-white p-6"
      >
        <h2 id="join-title" className="text-2xl font-bold">
          {t("joinTitle")}
        </h2>
        <ol className="mt-4 list-decimal space-y-2 pl-6 text-slate-800">
          {JOIN.map((item) => (
            <li key={item}>{t(`join.${item}`)}</li>
          ))}
        </ol>
        {user ? null : (
          <Link prefetch={false} href="/sign-up" className={`${buttonClass("primary")} mt-6`}>
            {t("ctaJoin")}
          </Link>
        )}
      </section>
    </div>
  );
}
