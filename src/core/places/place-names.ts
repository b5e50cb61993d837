/** Arabic script: Arabic, Arabic Supplement and Extended-A, and both presentation-form blocks (Pashto, Dari, Urdu are written in it). */
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** Whether a name is written in Arabic script. */
export function isArabicScript(name: string): boolean {
  return ARABIC_SCRIPT.test(name);
}

/** A place's name in Arabic script, the first of its other names that is; null when none is. */
export function arabicScriptName(names: readonly unknown[] | undefined): string | null {
  for (const name of names ?? []) if (typeof name === "string" && isArabicScript(name)) return name;
  return null;
}
