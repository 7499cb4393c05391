import { describe, expect, it } from "vitest";
import { redactAuditPayload } from "./audit-redaction";

describe("audit payload redaction", () => {
  it("drops whatever a note event stored", () => {
    expect(
      redactAuditPayload({
        action: "mentorship.note_added",
        entityType: "mentorship",
        before: null,
        after: { body: "secreto", noteId: "n1" },
      }),
    ).toEqual({ before: null, after: null, redacted: true });
    expect(
      redactAuditPayload({
        action: "mentorship.note_added",
        entityType: "mentorship",
        before: null,
        after: null,
      }).redacted,
    ).toBe(false);
  });

  it("strips workspace text from other mentorship events, at any depth", () => {
    expect(
      redactAuditPayload({
        action: "mentorship.meeting_logged",
        entityType: "mentorship",
        before: null,
        after: { heldOn: "2024-03-01", summary: "privado", items: [{ comment: "x", rating: 4 }] },
      }),
    ).toEqual({
      before: null,
      after: { heldOn: "2024-03-01", items: [{ rating: 4 }] },
      redacted: true,
    });
    expect(
      redactAuditPayload({
        action: "mentorship.declined",
        entityType: "mentorship",
        before: null,
        after: { reason: "sin lugar" },
      }),
    ).toEqual({ before: null, after: { reason: "sin lugar" }, redacted: false });
  });

  it("leaves events outside mentorships alone", () => {
    const event = {
      action: "toolkit.published",
      entityType: "toolkit_template",
      before: null,
      after: { notes: "v2" },
    };
    expect(redactAuditPayload(event)).toEqual({
      before: null,
      after: { notes: "v2" },
      redacted: false,
    });
  });
});
