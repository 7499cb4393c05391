import type { Translator } from "@/lib/i18n/messages";

type Key = Parameters<Translator>[0];

// Actions are "domain.verb"; the catalog nests them the same way (auditLog.actions.domain.verb).
const ACTION = /^[a-z_]+\.[a-z_]+$/;
const ENTITY = /^[a-z_]+$/;

/** An action's name in the reader's language; one nobody has named yet shows its key. */
export function actionLabel(t: Translator, action: string): string {
  const key = `auditLog.actions.${action}` as Key;
  return ACTION.test(action) && t.has(key) ? t(key) : action;
}

export function entityLabel(t: Translator, entityType: string): string {
  const key = `auditLog.entities.${entityType}` as Key;
  return ENTITY.test(entityType) && t.has(key) ? t(key) : entityType;
}
