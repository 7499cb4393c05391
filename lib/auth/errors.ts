import { AuthError, CredentialsSignin } from "next-auth";

/** Thrown from authorize when a limit is hit; the sign-in action reads `retryAt`. */
export class RateLimitedSignIn extends CredentialsSignin {
  override code = "rate_limited";
  constructor(readonly retryAt: Date) {
    super();
  }
}

/**
 * A visitor asked for too many e-mails (links, resets) in a short time. An AuthError, so
 * that Auth.js hands it back to our server action instead of turning it into a redirect.
 */
export class MailRateLimitedError extends AuthError {
  constructor(readonly retryAt: Date) {
    super("mail_rate_limited");
  }
}
