/**
 * The regulatory label of an intervention: what a reader must see wherever an unapproved therapy
 * appears, and, for an approved medicine, what it is approved for and what happened since. A
 * missing status never reads as approved, and "approved" never stands without its indication.
 */
import { msg, str } from '@lit/localize';
import type { IndicationCode, RegulatoryEvent, RegulatoryStatusCode } from './vocabulary.js';
import { agencyFor, hasAgency, regionName } from './agencies.js';
import { formatList } from './format.js';

export { agencyFor };

interface StatusLike {
  jurisdiction: string;
  status: RegulatoryStatusCode;
  approvedFor?: IndicationCode[] | undefined;
  approvalYear?: number | undefined;
  history?: { event: RegulatoryEvent; date: string; note?: string | undefined }[] | undefined;
  indications?: string[] | undefined;
  note?: string | undefined;
}

/** Status in one jurisdiction, or "not-reported" when the data does not say. */
export interface ResolvedRegulatoryStatus extends Omit<StatusLike, 'status'> {
  agency: string;
  status: RegulatoryStatusCode | 'not-reported';
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
 * True when the intervention needs a "not approved" notice wherever it appears: investigational,
 * unapproved or not approved. An unreported status is not called unapproved (its label says
 * "not reported").
 */
export const isUnapproved = (status: ResolvedRegulatoryStatus['status']): boolean =>
  status === 'investigational' || status === 'unapproved' || status === 'not-approved';

/** A short flag for a column or card header: "Investigational", "Unapproved", "Not approved"… */
export function regulatoryFlag(status: ResolvedRegulatoryStatus['status']): string | undefined {
  switch (status) {
    case 'investigational':
      return msg('Investigational');
    case 'unapproved':
      return msg('Unapproved');
    case 'not-approved':
      return msg('Not approved');
    case 'not-reported':
      return msg('Approval status not reported');
    default:
      return undefined;
  }
}

/** What an approval is for, as a phrase that follows "approved": "for relapsing forms of MS". */
export const indicationPhrase = (code: IndicationCode): string =>
  ({
    'relapsing-ms': msg('for relapsing forms of MS'),
    'relapsing-remitting-ms': msg('for relapsing-remitting MS'),
    'primary-progressive-ms': msg('for primary progressive MS'),
    'ms-relapses': msg('to treat MS relapses'),
    spasticity: msg('for spasticity (including in MS)'),
    'walking-in-ms': msg('to improve walking in MS'),
  })[code];

const year = (date: string): string => date.slice(0, 4);

/** "withdrawn 2005, back in 2006 under a restricted programme": what happened after approval. */
export function historyText(history: StatusLike['history']): string | undefined {
  const parts = (history ?? []).flatMap((h) => {
    const y = year(h.date);
    switch (h.event) {
      case 'withdrawn':
        return [msg(str`withdrawn ${y}`)];
      case 'returned-restricted':
        return [msg(str`back in ${y} under a restricted programme`)];
      case 'returned':
        return [msg(str`back in ${y}`)];
      default:
        return [];
    }
  });
  return parts.length ? parts.join(', ') : undefined;
}

/** The approval part of a label: "FDA-approved", "Authorised in the EU (European Commission)"… */
function approvedWords(jurisdiction: string, agency: string, locale: string): string {
  if (jurisdiction === 'US') return msg('FDA-approved');
  if (jurisdiction === 'EU') return msg('Authorised in the EU (European Commission)');
  // A jurisdiction without a listed regulator is named, never turned into "DE-approved".
  return hasAgency(jurisdiction) ? msg(str`${agency}-approved`) : msg(str`Approved in ${regionName(jurisdiction, locale)}`);
}

/** "not FDA-approved for MS", "not authorised in the EU for MS", "not approved for MS in Germany" (no listed regulator). */
export function notApprovedWords(jurisdiction: string, locale = 'en'): string {
  if (jurisdiction === 'US') return msg('not FDA-approved for MS');
  if (jurisdiction === 'EU') return msg('not authorised in the EU for MS');
  return hasAgency(jurisdiction)
    ? msg(str`not ${agencyFor(jurisdiction)}-approved for MS`)
    : msg(str`not approved for MS in ${regionName(jurisdiction, locale)}`);
}

/** The regulatory label for MS in one jurisdiction. `locale` names unlisted countries. */
export function regulatoryLabel(statuses: readonly StatusLike[] | undefined, jurisdiction = 'US', locale = 'en'): RegulatoryLabel {
  const r = regulatoryFor(statuses, jurisdiction);
  const not = notApprovedWords(jurisdiction, locale);
  switch (r.status) {
    case 'approved': {
      const what = r.approvedFor?.length ? formatList(r.approvedFor.map(indicationPhrase), locale) : msg('(indication not reported)');
      const history = historyText(r.history);
      const when = r.approvalYear && history ? `${r.approvalYear}; ${history}` : r.approvalYear ? String(r.approvalYear) : history;
      const base = `${approvedWords(jurisdiction, r.agency, locale)} ${what}`;
      return {
        status: r.status,
        tone: 'approved',
        text: when ? msg(str`${base} (since ${when})`) : base,
      };
    }
    case 'investigational':
      return { status: r.status, tone: 'caution', text: msg(str`Investigational — ${not}`) };
    case 'unapproved':
      return { status: r.status, tone: 'caution', text: msg(str`Unapproved — ${not}; offered outside clinical trials`) };
    case 'not-approved': {
      const capital = not.charAt(0).toLocaleUpperCase(locale) + not.slice(1);
      return { status: r.status, tone: 'caution', text: capital };
    }
    case 'not-applicable':
      return { status: r.status, tone: 'neutral', text: msg('Not a medicine: drug approval does not apply') };
    default:
      return { status: r.status, tone: 'caution', text: msg('Approval status for MS not reported') };
  }
}
