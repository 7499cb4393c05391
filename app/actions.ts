"use server";

import { revalidatePath } from "next/cache";
import { getActionContext } from "@/lib/actions/context";
import { saveLocale } from "@/lib/auth/account";
import { signOut } from "@/lib/auth/config";
import { rememberLocale } from "@/lib/i18n/locale-cookie";
import { localeInput } from "@/lib/validation/auth";

/** Switches the interface language; remembered on the account when signed in. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const parsed = localeInput.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return;
  const { user } = await getActionContext();
  await rememberLocale(parsed.data.locale);
  if (user) await saveLocale(user, parsed.data.locale);
  revalidatePath("/", "layout");
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
