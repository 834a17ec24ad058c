/**
 * Regulators by jurisdiction: used by regulatory labels and by the built-in notices (which the
 * disclaimer loads eagerly, so this stays a module of its own).
 */
import { msg, str } from '@lit/localize';

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

/** The regulator's short name for a jurisdiction ("FDA" for US). */
export const agencyFor = (jurisdiction: string): string => AGENCIES[jurisdiction] ?? msg(str`the regulator in ${jurisdiction}`);
