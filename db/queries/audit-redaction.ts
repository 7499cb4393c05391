/**
 * What the audit log may show stewards. The mentorship workspace (notes, meeting minutes,
 * feedback comments) is private to the two initiatives (DESIGN §2: stewards cannot read
 * private notes), and the audit log must not become a way around that.
 *
 * Today `mentorship.note_added` stores no body and meetings store only their date, but
 * audit rows are kept forever and callers change, so the rule does not trust them: note
 * events lose their before/after entirely, and every other mentorship event loses any
 * key that names free text written in the workspace.
 */
const NOTE_ACTION = /^mentorship\.note/;
const WORKSPACE_TEXT_KEYS = new Set(["body", "note", "notes", "summary", "nextSteps", "comment"]);

function strip(value: unknown): { value: unknown; removed: boolean } {
  if (Array.isArray(value)) {
    const items = value.map(strip);
    return { value: items.map((i) => i.value), removed: items.some((i) => i.removed) };
  }
  if (value === null || typeof value !== "object") return { value, removed: false };
  let removed = false;
  const kept: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (WORKSPACE_TEXT_KEYS.has(key)) {
      removed = true;
      continue;
    }
    const child = strip(inner);
    removed ||= child.removed;
    kept[key] = child.value;
  }
  return { value: kept, removed };
}

const present = (v: unknown) => v !== null && v !== undefined;

/** The event's before/after with private workspace text removed, and whether any was. */
export function redactAuditPayload(event: {
  action: string;
  entityType: string;
  before: unknown;
  after: unknown;
}): { before: unknown; after: unknown; redacted: boolean } {
  const { action, entityType, before, after } = event;
  if (!action.startsWith("mentorship.") && !entityType.startsWith("mentorship")) {
    return { before, after, redacted: false };
  }
  if (NOTE_ACTION.test(action)) {
    return { before: null, after: null, redacted: present(before) || present(after) };
  }
  const b = strip(before);
  const a = strip(after);
  return { before: b.value, after: a.value, redacted: b.removed || a.removed };
}
