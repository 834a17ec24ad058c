/**
 * Regulators by jurisdiction: used by regulatory labels and by the built-in notices (which the
 * disclaimer loads eagerly, so this stays a module of its own).
 */

/** Regulators by jurisdiction code. In the EU, the European Commission grants marketing authorisation on the EMA's opinion. */
const AGENCIES: Record<string, string> = {
  US: 'FDA',
  EU: 'European Commission',
  GB: 'MHRA',
  CA: 'Health Canada',
  AU: 'TGA',
  CH: 'Swissmedic',
  JP: 'PMDA',
};

/**
 * The regulator's short name for a jurisdiction ("FDA" for US); for a code without a listed
 * regulator, the code itself. Labels never build "<code>-approved" from it: see `regionName`.
 */
export const agencyFor = (jurisdiction: string): string => AGENCIES[jurisdiction] ?? jurisdiction;

/** True when the library knows the jurisdiction's regulator. */
export const hasAgency = (jurisdiction: string): boolean => jurisdiction in AGENCIES;

const names = new Map<string, Intl.DisplayNames | null>();

/** A region's name in the page's language ("Germany", "Alemania"); the code itself when unknown. */
export function regionName(code: string, locale = 'en'): string {
  // Intl formatters are costly to create: one per language, made on first use and reused.
  if (!names.has(locale)) {
    try {
      names.set(locale, new Intl.DisplayNames([locale], { type: 'region' }));
    } catch {
      names.set(locale, null);
    }
  }
  try {
    return names.get(locale)?.of(code) ?? code;
  } catch {
    return code;
  }
}
