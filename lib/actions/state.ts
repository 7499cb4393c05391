/** What every form action returns: a localized message, field errors, the submitted values. */
export type FormState = {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string | string[]>;
  /** A way forward shown under the message (e.g. the existing initiative on a duplicate). */
  link?: { href: string; label: string };
};

export const IDLE: FormState = { status: "idle" };
