import { getRegionShapes } from "@/lib/network/region-map";

// Built once with the app: the outlines come from the bundled atlas, never from a request.
export const dynamic = "force-static";

export function GET() {
  return new Response(getRegionShapes().svg, {
    headers: {
      "content-type": "image/svg+xml; charset=utf-8",
      // Pages ask for it under a version that changes with the outlines (regionShapeHref).
      "cache-control": "public, max-age=31536000, immutable",
    },
  });
}
