/** Lower-case, accent-free, single-spaced: "  Panamá " and "panama" fold alike. */
export function foldText(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[\s\p{Cc}]+/gu, " ")
    .trim();
}

/** A URL slug from a name: "IGF Barbados" → "igf-barbados". */
export function slugify(value: string): string {
  const slug = foldText(value)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return slug || "initiative";
}

/**
 * What the directory search matches against, folded: name, acronym, and the countries'
 * names in the three interface languages ("Mexico" finds Mexico's initiative by any name).
 */
export function searchTextFor(
  name: string,
  acronym: string | null | undefined,
  countryNames: string[] = [],
): string {
  return foldText([name, acronym ?? "", ...countryNames].join(" "));
}
