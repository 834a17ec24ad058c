/**
 * Regulators by jurisdiction: used by regulatory labels and by the built-in notices (which the
 * disclaimer loads eagerly, so this stays a module of its own).
 */

/** Regulators by jurisdiction code. */
const AGENCIES: Record<string, string> = {
  US: 'FDA',
  EU: 'EMA',
  GB: 'MHRA',
  CA: 'Health Canada',
  AU: 'TGA',
  CH: 'Swissmedic',
  JP: 'PMDA',
};

/**
 * The regulator's short name for a jurisdiction ("FDA" for US); for a code without a listed
 * regulator, the code itself, which reads naturally in every label ("not DE-approved for MS").
 */
export const agencyFor = (jurisdiction: string): string => AGENCIES[jurisdiction] ?? jurisdiction;
