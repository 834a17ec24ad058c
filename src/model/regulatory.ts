/**
 * The regulatory label of an intervention: what a reader must see wherever an unapproved therapy
 * appears. A missing status never reads as approved.
 */
import { msg, str } from '@lit/localize';
import type { RegulatoryStatusCode } from './vocabulary.js';
import { agencyFor } from './agencies.js';

export { agencyFor };

interface StatusLike {
  jurisdiction: string;
  status: RegulatoryStatusCode;
  approvalYear?: number | undefined;
  indications?: string[] | undefined;
  note?: string | undefined;
}

/** Status in one jurisdiction, or "not-reported" when the data does not say. */
export interface ResolvedRegulatoryStatus {
  jurisdiction: string;
  agency: string;
  status: RegulatoryStatusCode | 'not-reported';
  approvalYear?: number | undefined;
  indications?: string[] | undefined;
  note?: string | undefined;
}

/** Picks the status for a jurisdiction (default US). */
export function regulatoryFor(statuses: readonly StatusLike[] | undefined, jurisdiction = 'US'): ResolvedRegulatoryStatus {
  const found = statuses?.find((s) => s.jurisdiction === jurisdiction);
  const agency = agencyFor(jurisdiction);
  return found ? { ...found, agency } : { jurisdiction, agency, status: 'not-reported' };
}

/** How a label should be presented: approved, a caution, or neutral information. */
export type RegulatoryTone = 'approved' | 'caution' | 'neutral';

/** The label a reader sees, e.g. "Investigational — not FDA-approved for MS". */
export interface RegulatoryLabel {
  status: ResolvedRegulatoryStatus['status'];
  tone: RegulatoryTone;
  text: string;
}

/**
 * True when the intervention needs a "not approved" notice wherever it appears: investigational
 * or not approved. An unreported status is not called unapproved (its label says "not reported").
 */
export const isUnapproved = (status: ResolvedRegulatoryStatus['status']): boolean =>
  status === 'investigational' || status === 'not-approved';

/** A short flag for a column or card header: "Investigational", "Not approved", "Status not reported". */
export function regulatoryFlag(status: ResolvedRegulatoryStatus['status']): string | undefined {
  switch (status) {
    case 'investigational':
      return msg('Investigational');
    case 'not-approved':
      return msg('Not approved');
    case 'not-reported':
      return msg('Approval status not reported');
    default:
      return undefined;
  }
}

/** The regulatory label for MS in one jurisdiction. */
export function regulatoryLabel(statuses: readonly StatusLike[] | undefined, jurisdiction = 'US'): RegulatoryLabel {
  const r = regulatoryFor(statuses, jurisdiction);
  const a = r.agency;
  switch (r.status) {
    case 'approved':
      return {
        status: r.status,
        tone: 'approved',
        text: r.approvalYear ? msg(str`${a}-approved for MS (since ${r.approvalYear})`) : msg(str`${a}-approved for MS`),
      };
    case 'investigational':
      return { status: r.status, tone: 'caution', text: msg(str`Investigational — not ${a}-approved for MS`) };
    case 'not-approved':
      return { status: r.status, tone: 'caution', text: msg(str`Not ${a}-approved for MS`) };
    case 'not-applicable':
      return { status: r.status, tone: 'neutral', text: msg(str`Not a medicine: ${a} approval does not apply`) };
    default:
      return { status: r.status, tone: 'caution', text: msg(str`${a} approval status for MS not reported`) };
  }
}
