/** What every form action returns: a localized message, field errors, the submitted values. */
export type FormState = {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
};

export const IDLE: FormState = { status: "idle" };
