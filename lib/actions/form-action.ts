import type { z } from "zod";
import type { Actor } from "@/lib/auth/session";
import { type ActionContext, getActionContext } from "./context";
import { localizeIssues } from "./localize-issues";
import type { FormState } from "./state";

const SECRET_FIELD = /password|confirm|current|token/i;

/** The submitted fields; a name that repeats (checkboxes, multi-selects) gives an array. */
export function formToObject(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$")) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    if (all.length === 1) out[key] = all[0] ?? "";
    else if (all.length > 1) out[key] = all;
  }
  return out;
}

/** Submitted values to send back so React's form reset keeps them; never secrets. */
function echo(fields: Record<string, string | string[]>): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (SECRET_FIELD.test(key)) continue;
    values[key] = Array.isArray(value)
      ? value.slice(0, 300).map((v) => v.slice(0, 200))
      : value.slice(0, 10_000);
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
    const fields = formToObject(formData);
    const values = echo(fields);
    if (!options?.public && !ctx.user) {
      return { status: "error", message: ctx.t("errors.signInRequired"), values };
    }
    // NUL cannot be stored by PostgreSQL (text or jsonb); refuse it here, once for every form.
    const withNul = Object.keys(fields).filter((key) =>
      [fields[key]].flat().some((v) => v?.includes("\u0000")),
    );
    if (withNul.length > 0) {
      const message = ctx.t("validation.nulCharacter");
      return {
        status: "error",
        message: ctx.t("errors.checkFields"),
        fieldErrors: Object.fromEntries(withNul.map((key) => [key, [message]])),
        values: Object.fromEntries(
          Object.entries(values).map(([k, v]) => [
            k,
            Array.isArray(v)
              ? v.map((x) => x.replaceAll("\u0000", ""))
              : v.replaceAll("\u0000", ""),
          ]),
        ),
      };
    }
    const parsed = schema.safeParse(fields);
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
    // A handler may move some values on (a new revision); the rest stay as submitted.
    return { ...result, values: { ...values, ...result.values } };
  };
}
