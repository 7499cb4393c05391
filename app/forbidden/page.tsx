import { MessagePage } from "@/components/layout/message-page";
import { pageI18n } from "@/lib/i18n/page";

export default async function ForbiddenPage() {
  const { t } = await pageI18n();
  return (
    <MessagePage
      title={t("forbidden.title")}
      lead={t("forbidden.lead")}
      home={t("forbidden.home")}
    />
  );
}
