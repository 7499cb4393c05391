import { describe, expect, it } from "vitest";
import { type CommitteeEntry, summarizeCommittee } from "./committee";

const entry = (
  stakeholderGroup: CommitteeEntry["stakeholderGroup"],
  more: Partial<CommitteeEntry> = {},
): CommitteeEntry => ({
  stakeholderGroup,
  gender: null,
  city: null,
  country: null,
  ...more,
});

describe("committee composition", () => {
  it("is empty for no one", () => {
    expect(summarizeCommittee([])).toMatchObject({
      total: 0,
      groupsPresent: 0,
      meetsMinimum: false,
      allGroups: false,
      places: 0,
    });
  });

  it("meets the toolkit's minimum with three groups, and counts each group once", () => {
    const summary = summarizeCommittee([
      entry("government"),
      entry("academia"),
      entry("academia"),
      entry("civil_society"),
    ]);
    expect(summary).toMatchObject({
      total: 4,
      groupsPresent: 3,
      meetsMinimum: true,
      allGroups: false,
    });
    expect(summary.byGroup.academia).toBe(2);
    expect(summary.byGroup.private_sector).toBe(0);
  });

  it("recognizes all five groups, gender balance and distinct places", () => {
    const summary = summarizeCommittee([
      entry("government", { gender: "woman", city: "Bridgetown", country: "BB" }),
      entry("private_sector", { gender: "man", city: "bridgetown ", country: "BB" }),
      entry("civil_society", { gender: "woman", city: "Speightstown", country: "BB" }),
      entry("technical_community", { gender: "non_binary" }),
      entry("academia"),
    ]);
    expect(summary.allGroups).toBe(true);
    expect(summary.byGender).toEqual({ woman: 2, man: 1, non_binary: 1, undisclosed: 1 });
    expect(summary.places).toBe(2);
  });
});
