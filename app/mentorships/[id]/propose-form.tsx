import { ActionForm } from "@/components/forms/action-form";
import type { Translator } from "@/lib/i18n/messages";
import { proposeAction } from "./actions";

/** "Propose mentorship" under a suggestion, for an offer and a request, with a message. */
export function ProposeForm({
  t,
  offerId,
  requestId,
  to,
}: {
  t: Translator;
  offerId: string;
  requestId: string;
  to: string;
}) {
  return (
    <details className="mt-3">
      <summary className="cursor-pointer text-sm font-medium text-brand-800">
        {t("lifecycle.propose")}
      </summary>
      <div className="mt-3">
        <ActionForm
          name={t("lifecycle.proposeTo", { name: to })}
          action={proposeAction}
          submitLabel={t("lifecycle.propose")}
          pendingLabel={t("lifecycle.proposing")}
          fields={[
            { name: "offerId", label: "", type: "hidden", defaultValue: offerId },
            { name: "requestId", label: "", type: "hidden", defaultValue: requestId },
            {
              name: "message",
              label: t("lifecycle.message"),
              type: "textarea",
              rows: 2,
              maxLength: 1000,
            },
          ]}
        />
      </div>
    </details>
  );
}
