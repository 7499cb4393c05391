import { LOCALES, type Locale } from "@/lib/i18n/locales";

const NAMES: Record<Locale, string> = { es: "Español", en: "English", pt: "Português" };

/** Three submit buttons in one form: works without JavaScript and by keyboard. */
export function LanguageSwitcher({
  current,
  label,
  action,
}: {
  current: Locale;
  label: string;
  action: (formData: FormData) => Promise<void>;
}) {
  return (
    <form action={action} aria-label={label} className="flex items-center gap-1 text-sm">
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          title={NAMES[locale]}
          className={`rounded px-2 py-1 font-medium uppercase ${
            locale === current ? "bg-brand-700 text-white" : "text-brand-800 hover:bg-brand-100"
          }`}
        >
          <span aria-hidden="true">{locale}</span>
          <span className="sr-only">{NAMES[locale]}</span>
        </button>
      ))}
    </form>
  );
}
