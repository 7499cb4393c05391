import { describe, expect, it } from "vitest";
import { parseAuditSearch } from "./audit-log";

const id = "0b8a3c1e-6d52-4f1a-9c3e-2f7b9d1a4e60";

describe("audit log search parameters", () => {
  it("keeps valid filters and drops blank ones", () => {
    expect(
      parseAuditSearch({
        initiative: id,
        person: "  ana ",
        action: "initiative.verified",
        from: "2024-01-01",
        to: "",
        page: "3",
      }),
    ).toEqual({
      values: {
        initiative: id,
        person: "ana",
        action: "initiative.verified",
        from: "2024-01-01",
        page: 3,
      },
      ignored: [],
      swapped: false,
    });
  });

  it("ignores bad values one by one, saying which", () => {
    const parsed = parseAuditSearch({
      initiative: "x".repeat(201),
      from: "2024-02-30",
      to: "yesterday",
      page: "-1",
      person: "ana",
    });
    expect(parsed.values).toEqual({ person: "ana" });
    expect(parsed.ignored.map((i) => i.field)).toEqual(["initiative", "from", "to", "page"]);
    expect(parsed.ignored.find((i) => i.field === "to")?.value).toBe("yesterday");
  });

  it("takes an initiative as typed (a name, part of one, an acronym) or as an id", () => {
    expect(parseAuditSearch({ initiative: "  IGF\u0000 Chile " }).values).toEqual({
      initiative: "IGF  Chile",
    });
    expect(parseAuditSearch({ initiative: id }).values).toEqual({ initiative: id });
  });

  it("takes the first of repeated parameters and swaps a reversed range", () => {
    const parsed = parseAuditSearch({ from: ["2024-05-01", "x"], to: "2024-04-01" });
    expect(parsed.values).toEqual({ from: "2024-04-01", to: "2024-05-01" });
    expect(parsed.swapped).toBe(true);
  });
});
