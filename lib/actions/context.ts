import { headers } from "next/headers";
import { getCurrentUser } from "@/lib/auth/session";
import { clientIp } from "@/lib/http/request-info";
import { currentLocale } from "@/lib/i18n/current-locale";
import { translatorFor } from "@/lib/i18n/messages";

/** Who is acting, in which language, from where: the one seam tests replace. */
export async function getActionContext() {
  const [user, locale, headerStore] = await Promise.all([
    getCurrentUser(),
    currentLocale(),
    headers(),
  ]);
  return { user, locale, t: translatorFor(locale), ip: clientIp(headerStore) };
}

export type ActionContext = Awaited<ReturnType<typeof getActionContext>>;
