"use client";

import Link from "next/link";
import { useActionState, useEffect, useId, useLayoutEffect, useRef } from "react";
import { useFormStatus } from "react-dom";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { type FormState, IDLE } from "@/lib/actions/state";
import { Field, type FieldSpec } from "./field";
import { announce, focusFlash } from "./flash-store";

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
  // Not `disabled`: a disabled button drops keyboard focus to the page's start while the
  // action runs. The form refuses a second submission instead (see onSubmit below).
  return (
    <Button variant={variant} aria-disabled={pending || undefined}>
      {pending ? pendingLabel : label}
    </Button>
  );
}

/**
 * One form contract for the whole app: fields described by the server page, a server
 * action returning FormState, localized errors tied to their fields, values kept on error.
 */
export function ActionForm({ action, fields, submitLabel, pendingLabel, variant, name }: Props) {
  const announced = useRef(false);
  const [state, formAction, pending] = useActionState(
    async (previous: FormState, formData: FormData) => {
      announced.current = false;
      const next = await action(previous, formData);
      if (next.status === "success" && next.message) {
        announce(next.message);
        announced.current = true;
      }
      return next;
    },
    IDLE,
  );
  const formId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);

  // Many forms leave the page once their action succeeds (an accepted proposal, an answered
  // request). If focus was inside, it would fall back to the page's start: hand it to the
  // announcement of what just happened instead. A layout-effect cleanup runs while the form
  // is still in the document, so it can still tell where focus is.
  useLayoutEffect(() => {
    const form = formRef.current;
    return () => {
      if (announced.current && form?.contains(document.activeElement)) focusFlash();
    };
  }, []);

  useEffect(() => {
    if (state.status === "error") {
      const firstInvalid = document.querySelector<HTMLElement>(
        `[id^="${CSS.escape(formId)}"][aria-invalid="true"]`,
      );
      (firstInvalid ?? messageRef.current)?.focus();
    }
  }, [state, formId]);

  return (
    <form
      ref={formRef}
      action={formAction}
      // A second Enter while the first submission is on its way must not send it twice.
      onSubmit={(event) => {
        if (pending) event.preventDefault();
      }}
      noValidate
      className="space-y-4"
      aria-label={name}
    >
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
