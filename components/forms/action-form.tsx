"use client";

import Link from "next/link";
import { useActionState, useEffect, useId, useRef } from "react";
import { useFormStatus } from "react-dom";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { type FormState, IDLE } from "@/lib/actions/state";
import { Field, type FieldSpec } from "./field";
import { announce } from "./flash-store";

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  fields: FieldSpec[];
  submitLabel: string;
  pendingLabel: string;
  variant?: ButtonVariant;
  name?: string;
};

function Submit({
  label,
  pendingLabel,
  variant,
}: {
  label: string;
  pendingLabel: string;
  variant?: ButtonVariant;
}) {
  const { pending } = useFormStatus();
  return (
    <Button variant={variant} disabled={pending} aria-disabled={pending}>
      {pending ? pendingLabel : label}
    </Button>
  );
}

/**
 * One form contract for the whole app: fields described by the server page, a server
 * action returning FormState, localized errors tied to their fields, values kept on error.
 */
export function ActionForm({ action, fields, submitLabel, pendingLabel, variant, name }: Props) {
  const [state, formAction] = useActionState(async (previous: FormState, formData: FormData) => {
    const next = await action(previous, formData);
    if (next.status === "success" && next.message) announce(next.message);
    return next;
  }, IDLE);
  const formId = useId();
  const messageRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.status === "error") {
      const firstInvalid = document.querySelector<HTMLElement>(
        `[id^="${CSS.escape(formId)}"][aria-invalid="true"]`,
      );
      (firstInvalid ?? messageRef.current)?.focus();
    }
  }, [state, formId]);

  return (
    <form action={formAction} noValidate className="space-y-4" aria-label={name}>
      {fields.map((spec) => (
        <Field
          key={spec.name}
          spec={spec}
          formId={formId}
          errors={state.fieldErrors?.[spec.name]}
          // After an error the form keeps what was typed; after a success it starts afresh
          // from the (revalidated) defaults, so "add" forms come back empty.
          value={state.status === "error" ? state.values?.[spec.name] : undefined}
        />
      ))}
      <div ref={messageRef} tabIndex={-1} className="outline-none">
        {state.message && state.status === "error" ? (
          <Notice tone="error" live>
            {state.message}
            {state.link ? (
              <>
                {" "}
                <Link href={state.link.href} className="font-medium underline">
                  {state.link.label}
                </Link>
              </>
            ) : null}
          </Notice>
        ) : null}
      </div>
      <Submit label={submitLabel} pendingLabel={pendingLabel} variant={variant} />
    </form>
  );
}
