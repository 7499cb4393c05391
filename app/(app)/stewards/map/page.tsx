import type { Metadata } from "next";
import { DashboardHeader } from "@/components/network/dashboard-header";
import { RegionMap } from "@/components/network/region-map";
import { getNetworkMap } from "@/db/queries/network-map";
import { requireSteward } from "@/lib/auth/session";
import { pageI18n } from "@/lib/i18n/page";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await pageI18n();
  return { title: `${t("dashboard.views.map")} · ${t("dashboard.title")}` };
}

/** Every initiative on the map, unpublished ones too (the public map shows the rest). */
export default async function DashboardMapPage() {
  await requireSteward("/stewards/map");
  const [{ locale, t }, map] = await Promise.all([pageI18n(), getNetworkMap("all")]);
  return (
    <div className="space-y-8">
      <DashboardHeader t={t} current="map" />
      <RegionMap
        map={map}
        locale={locale}
        labels={{ title: t("dashboard.mapTitle"), description: t("dashboard.mapDesc") }}
      />
    </div>
  );
}
