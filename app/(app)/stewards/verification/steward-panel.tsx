import { ActionForm } from "@/components/forms/action-form";
import type { Translator } from "@/lib/i18n/messages";
import {
  recordRecognitionAction,
  unverifyInitiativeAction,
  verifyInitiativeAction,
} from "./actions";

type Props = {
  t: Translator;
  initiative: { id: string; name: string; verifiedAt: Date | null; recognizedOn: string | null };
};

/** What a steward can do to one initiative: verify, or un-verify with a reason; the recognition date. */
export function StewardPanel({ t, initiative }: Props) {
  const id = {
    name: "initiativeId",
    label: "",
    type: "hidden" as const,
    defaultValue: initiative.id,
  };
  const recognized = {
    name: "recognizedOn",
    label: t("verification.recognizedOn"),
    type: "date" as const,
    hint: t("verification.recognizedHint"),
    defaultValue: initiative.recognizedOn ?? "",
  };
  // The verification queue shows one panel per initiative: the heading's id must differ.
  const titleId = `steward-title-${initiative.id}`;
  return (
    <section
      aria-labelledby={titleId}
      className="rounded-lg border border-amber-300 bg-amber-50 p-6"
    >
      <h2 id={titleId} className="mb-4 text-lg font-semibold">
        {t("verification.panelTitle")}
      </h2>
      {initiative.verifiedAt ? (
        <div className="grid gap-6 md:grid-cols-2">
          <ActionForm
            name={t("verification.unverify")}
            action={unverifyInitiativeAction}
            submitLabel={t("verification.unverify")}
            pendingLabel={t("verification.working")}
            variant="danger"
            fields={[
              id,
              {
                name: "reason",
                label: t("verification.reason"),
                type: "textarea",
                rows: 2,
                required: true,
                maxLength: 500,
              },
            ]}
          />
          <ActionForm
            name={t("verification.recognizedOn")}
            action={recordRecognitionAction}
            submitLabel={t("verification.saveRecognition")}
            pendingLabel={t("verification.working")}
            variant="secondary"
            fields={[id, recognized]}
          />
        </div>
      ) : (
        <ActionForm
          name={t("verification.verifyNamed", { name: initiative.name })}
          action={verifyInitiativeAction}
          submitLabel={t("verification.verify")}
          pendingLabel={t("verification.working")}
          fields={[id, recognized]}
        />
      )}
    </section>
  );
}
