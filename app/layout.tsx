import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { FlashRegion } from "@/components/forms/flash-region";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { countUnread } from "@/db/queries/notifications";
import { getCurrentUser } from "@/lib/auth/session";
import { releaseRenderWhenDone } from "@/lib/http/release-render";
import { isLocale } from "@/lib/i18n/locales";
import { setLocaleAction, signOutAction } from "./actions";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return {
    title: { default: t("title"), template: `%s · ${t("brand")}` },
    description: t("description"),
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  releaseRenderWhenDone();
  const [locale, t, user] = await Promise.all([
    getLocale(),
    getTranslations("layout"),
    getCurrentUser(),
  ]);
  const current = isLocale(locale) ? locale : "es";
  const unread = user ? await countUnread(user.id) : 0;
  return (
    <html lang={current}>
      <body className="flex min-h-screen flex-col bg-slate-50 print:bg-white font-sans text-slate-900 antialiased">
        <SiteHeader
          locale={current}
          user={user}
          unread={unread}
          setLocaleAction={setLocaleAction}
          signOutAction={signOutAction}
          labels={{
            brand: t("brand"),
            skip: t("skip"),
            nav: t("nav"),
            home: t("home"),
            initiatives: t("initiatives"),
            network: t("network"),
            dashboard: t("dashboard"),
            myNetwork: t("myNetwork"),
            verification: t("verification"),
            toolkit: t("toolkit"),
            notifications: t("notifications"),
            unreadLabel: t("unread"),
            account: t("account"),
            people: t("people"),
            signIn: t("signIn"),
            signUp: t("signUp"),
            signOut: t("signOut"),
            language: t("language"),
          }}
        />
        <FlashRegion closeLabel={t("close")} />
        {/* Focusable from script only: the skip link and a dismissed message land here. */}
        <main
          id="main"
          tabIndex={-1}
          className="mx-auto w-full max-w-6xl flex-1 px-4 py-10 focus:outline-none"
        >
          {children}
        </main>
        <SiteFooter text={t("footer")} toolkit={t("footerToolkit")} />
      </body>
    </html>
  );
}
