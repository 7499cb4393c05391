import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";
import type { Locale } from "@/lib/i18n/locales";
import { CATALOGS } from "@/lib/i18n/messages";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix: string, out: Map<string, string>): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else flatten(value, path, out);
  }
  return out;
}

/** A named argument of a message: plain, number, date, time, plural, select or tag. */
export type MessageArgument = Exclude<
  Extract<MessageFormatElement, { value: string }>,
  { type: TYPE.literal }
>;

/** Every message of a language's catalog by its dotted key ("dashboard.title"). */
export function catalogEntries(locale: Locale): Map<string, string> {
  return flatten(CATALOGS[locale] as unknown as Tree, "", new Map());
}

/** The arguments a message uses ({name}, {count, plural, …}), nested ones too, parsed as ICU. */
export function messageArguments(message: string): MessageArgument[] {
  const found: MessageArgument[] = [];
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type !== TYPE.literal && "value" in el && typeof el.value === "string")
        found.push(el as MessageArgument);
      if ("options" in el) for (const option of Object.values(el.options)) walk(option.value);
    }
  };
  walk(parse(message));
  return found;
}
