import { dictionary } from "@zxcvbn-ts/language-common";

let common: Set<string> | undefined;

/** True for passwords on the zxcvbn common-passwords list (about 49,000 leaked favourites). */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary["passwords-common"] as string[]);
  return common.has(password.toLowerCase());
}
