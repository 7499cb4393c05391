import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth from "next-auth";
import { getDb } from "@/db";
import { getSessionState } from "@/db/queries/users";
import { accounts, users, verificationTokens } from "@/db/schema";
import { rememberLocale } from "@/lib/i18n/locale-cookie";
import { safeCallbackPath } from "./callback-url";
import { buildProviders } from "./providers";
import { actorFromToken, authSecret, refreshSessionToken } from "./session-token";

const THIRTY_DAYS_S = 30 * 24 * 60 * 60;

// Lazy config: nothing opens the database at import time or during `next build`.
// Pages read the session themselves (actorFromCookies); Auth.js serves its routes and actions.
export const { handlers, signIn, signOut } = NextAuth(() => ({
  adapter: DrizzleAdapter(getDb(), {
    usersTable: users,
    accountsTable: accounts,
    verificationTokensTable: verificationTokens,
  }),
  // Links in e-mails use AUTH_URL when set (production must set it); the Host header otherwise.
  // One reading of the secret, shared with the pages' own session reading (actorFromCookies).
  secret: authSecret(),
  trustHost: true,
  // Credentials only work with JWT sessions; revocation comes from the session version below.
  session: { strategy: "jwt", maxAge: THIRTY_DAYS_S },
  pages: { signIn: "/sign-in", verifyRequest: "/check-email", error: "/sign-in" },
  providers: buildProviders(),
  logger: {
    // Wrong passwords, spent links and refused accounts are expected answers, not faults.
    error(error) {
      const type = (error as { type?: string }).type ?? "";
      if (["CredentialsSignin", "Verification", "AccessDenied"].includes(type)) return;
      console.error(error);
    },
  },
  callbacks: {
    async signIn({ user }) {
      if (!user.id) return true;
      const state = await getSessionState(user.id);
      return !state?.disabledAt;
    },
    jwt({ token, user }) {
      return refreshSessionToken(token, user?.id);
    },
    session({ session, token }) {
      Object.assign(session.user, actorFromToken(token));
      return session;
    },
    redirect({ url, baseUrl }) {
      if (url.startsWith(baseUrl))
        return `${baseUrl}${safeCallbackPath(url.slice(baseUrl.length))}`;
      return `${baseUrl}${safeCallbackPath(url)}`;
    },
  },
  events: {
    // A saved language choice follows the person to every browser they sign in on.
    async signIn({ user }) {
      if (!user.id) return;
      const state = await getSessionState(user.id);
      if (!state?.locale) return;
      try {
        await rememberLocale(state.locale);
      } catch {
        // Outside a request that can set cookies; the next language switch will store it.
      }
    },
  },
}));
