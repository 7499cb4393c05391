import { Badge } from "@/components/ui/badge";
import type { Translator } from "@/lib/i18n/messages";

type Props = {
  t: Translator;
  initiative: { kind: string; stage: string; verifiedAt: Date | null; isDemo: boolean };
};

/** Kind, stage, verification and demo marks, the same on cards and profiles. */
export function InitiativeBadges({ t, initiative }: Props) {
  return (
    <div className="flex flex-wrap gap-1.5">
      <Badge>{t(`enums.kind.${initiative.kind}` as Parameters<Translator>[0])}</Badge>
      <Badge tone="brand">
        {t(`enums.stage.${initiative.stage}` as Parameters<Translator>[0])}
      </Badge>
      {initiative.verifiedAt ? (
        <Badge tone="success">
          <span aria-hidden="true">✓</span> {t("initiatives.verified")}
        </Badge>
      ) : null}
      {initiative.isDemo ? <Badge tone="warning">{t("initiatives.demo")}</Badge> : null}
    </div>
  );
}
