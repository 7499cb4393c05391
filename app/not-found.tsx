import { MessagePage } from "@/components/layout/message-page";
import { pageI18n } from "@/lib/i18n/page";

export default async function NotFound() {
  const { t } = await pageI18n();
  return (
    <MessagePage title={t("notFound.title")} lead={t("notFound.lead")} home={t("notFound.home")} />
  );
}
