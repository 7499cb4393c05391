import type { Metadata } from "next";
import { DashboardHeader } from "@/components/network/dashboard-header";
import { RegionMap } from "@/components/network/region-map";
import { requireSteward } from "@/lib/auth/session";
import { dateFormat } from "@/lib/i18n/format";
import { pageI18n } from "@/lib/i18n/page";
import { stewardMap } from "@/lib/network/maps";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await pageI18n();
  return { title: `${t("dashboard.views.map")} · ${t("dashboard.title")}` };
}

/** Every initiative on the map, unpublished ones too (the public map shows the rest). */
export default async function DashboardMapPage() {
  await requireSteward("/stewards/map");
  const [{ locale, t }, { map, computedAt }] = await Promise.all([pageI18n(), stewardMap()]);
  const time = dateFormat(locale, { timeStyle: "short" });
  return (
    <div className="space-y-8">
      <DashboardHeader t={t} current="map" />
      <p className="text-sm text-slate-700">
        {t("dashboard.asOf", { time: time.format(computedAt) })}
      </p>
      <RegionMap
        map={map}
        locale={locale}
        labels={{ title: t("dashboard.mapTitle"), description: t("dashboard.mapDesc") }}
      />
    </div>
  );
}
