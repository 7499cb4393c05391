import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import { LanguageSwitcher } from "./language-switcher";

export type HeaderLabels = {
  brand: string;
  skip: string;
  nav: string;
  home: string;
  initiatives: string;
  network: string;
  dashboard: string;
  myNetwork: string;
  verification: string;
  toolkit: string;
  notifications: string;
  unreadLabel: string;
  account: string;
  people: string;
  signIn: string;
  signUp: string;
  signOut: string;
  language: string;
};

export function SiteHeader({
  labels,
  locale,
  user,
  unread,
  setLocaleAction,
  signOutAction,
}: {
  labels: HeaderLabels;
  locale: Locale;
  user: { name: string | null; isSteward: boolean } | null;
  unread: number;
  setLocaleAction: (formData: FormData) => Promise<void>;
  signOutAction: () => Promise<void>;
}) {
  const link = "rounded px-2 py-1 text-slate-800 hover:bg-brand-50 hover:text-brand-800";
  // No viewport prefetch for the header: it is on every page, its targets are all dynamic
  // routes without a loading boundary (a prefetch gets nothing to show early), and on each
  // page view it cost up to ten requests to the server plus main-thread work during load.
  return (
    <header className="print:hidden border-b border-slate-200 bg-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:p-2"
      >
        {labels.skip}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link prefetch={false} href="/" className="text-xl font-bold text-brand-800">
          {labels.brand}
        </Link>
        <nav aria-label={labels.nav} className="flex flex-wrap items-center gap-1">
          <Link prefetch={false} href="/" className={link}>
            {labels.home}
          </Link>
          <Link prefetch={false} href="/initiatives" className={link}>
            {labels.initiatives}
          </Link>
          <Link prefetch={false} href="/network" className={link}>
            {labels.network}
          </Link>
          {user?.isSteward ? (
            <>
              <Link prefetch={false} href="/stewards" className={link}>
                {labels.dashboard}
              </Link>
              <Link prefetch={false} href="/stewards/verification" className={link}>
                {labels.verification}
              </Link>
              <Link prefetch={false} href="/stewards/toolkit" className={link}>
                {labels.toolkit}
              </Link>
              <Link prefetch={false} href="/stewards/people" className={link}>
                {labels.people}
              </Link>
            </>
          ) : null}
          {user ? (
            <>
              {/* The visible words start the accessible name (WCAG 2.5.3): "Avisos 4 sin leer". */}
              <Link prefetch={false} href="/notifications" className={link}>
                {labels.notifications}
                {unread > 0 ? (
                  <>
                    {" "}
                    <span className="rounded-full bg-accent-500 px-1.5 text-xs font-bold text-slate-900">
                      {unread}
                    </span>
                    <span className="sr-only"> {labels.unreadLabel}</span>
                  </>
                ) : null}
              </Link>
              <Link prefetch={false} href="/my-network" className={link}>
                {labels.myNetwork}
              </Link>
              <Link prefetch={false} href="/account" className={link}>
                {labels.account}
              </Link>
              <form action={signOutAction}>
                <button type="submit" className={link}>
                  {labels.signOut}
                </button>
              </form>
            </>
          ) : (
            <>
              <Link prefetch={false} href="/sign-in" className={link}>
                {labels.signIn}
              </Link>
              <Link
                prefetch={false}
                href="/sign-up"
                className="rounded-md bg-brand-700 px-3 py-1 font-medium text-white hover:bg-brand-800"
              >
                {labels.signUp}
              </Link>
            </>
          )}
        </nav>
        <LanguageSwitcher current={locale} label={labels.language} action={setLocaleAction} />
      </div>
    </header>
  );
}
