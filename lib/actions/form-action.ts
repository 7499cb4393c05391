import type { z } from "zod";
import type { Actor } from "@/lib/auth/session";
import { type ActionContext, getActionContext } from "./context";
import { localizeIssues } from "./localize-issues";
import type { FormState } from "./state";

const SECRET_FIELD = /password|confirm|current|token/i;

/** Submitted values to send back so React's form reset keeps them; never secrets. */
function echo(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !key.startsWith("$") && !SECRET_FIELD.test(key)) {
      values[key] = value.slice(0, 10_000);
    }
  }
  return values;
}

type Handler<S extends z.ZodType, U> = (
  input: z.output<S>,
  ctx: ActionContext & { user: U },
) => Promise<FormState>;

/**
 * The pipeline every form action follows: who is acting, parse with zod, then the handler
 * (which authorizes against the record in the data layer and writes in one transaction).
 * redirect() thrown by the handler passes through; anything unexpected goes to error.tsx.
 */
export function formAction<S extends z.ZodType>(
  schema: S,
  handler: Handler<S, Actor>,
): (prev: FormState, formData: FormData) => Promise<FormState>;
export function formAction<S extends z.ZodType>(
  schema: S,
  handler: Handler<S, Actor | null>,
  options: { public: true },
): (prev: FormState, formData: FormData) => Promise<FormState>;
export function formAction<S extends z.ZodType>(
  schema: S,
  handler: Handler<S, Actor> | Handler<S, Actor | null>,
  options?: { public: true },
) {
  return async (_prev: FormState, formData: FormData): Promise<FormState> => {
    const ctx = await getActionContext();
    const values = echo(formData);
    if (!options?.public && !ctx.user) {
      return { status: "error", message: ctx.t("errors.signInRequired"), values };
    }
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) {
      return {
        status: "error",
        message: ctx.t("errors.checkFields"),
        fieldErrors: localizeIssues(parsed.error, ctx.t),
        values,
      };
    }
    // The overloads guarantee a user whenever the handler needs one.
    const result = await (handler as Handler<S, Actor | null>)(parsed.data, ctx);
    return { values, ...result };
  };
}
