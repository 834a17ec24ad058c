/**
 * Built-in text of each kind of notice. A page can replace it (page content `notices`, or the
 * element's slot); these defaults follow the seed page's wording, corrected where it overstated.
 */
import { msg, str } from '@lit/localize';
import type { NoticeKind } from './levels.js';
import { agencyFor, regionName } from './agencies.js';

/** The heading of each kind of notice. */
export const noticeHeading = (k: NoticeKind): string =>
  ({
    educational: msg('For education only'),
    'not-approved': msg('Not an approved treatment'),
    consult: msg('Talk to your healthcare team'),
    emergency: msg('If it is an emergency'),
  })[k];

/** Emergency telephone numbers by jurisdiction. */
const EMERGENCY_NUMBERS: Record<string, string> = { US: '911', CA: '911', GB: '999', EU: '112', AU: '000' };

/** What a notice needs to know about where it appears. */
export interface NoticeContext {
  /** Jurisdiction code; default "US". */
  jurisdiction?: string;
  /** The page's language, for naming a country; default "en". */
  locale?: string;
  /** The therapy a not-approved notice is about. */
  therapy?: string;
}

/** Heading and paragraphs of a notice. */
export interface NoticeContent {
  heading: string;
  text: string[];
}

/**
 * "X is not FDA-approved for Multiple Sclerosis…": the regulator named as it grants approval (the
 * European Commission authorises medicines in the EU), and a jurisdiction without a listed
 * regulator named as a country, never as "not DE-approved".
 */
function notApprovedSentence(jurisdiction: string, therapy: string | undefined, locale: string): string {
  const rest = therapy
    ? msg('It is still experimental: research continues to evaluate its safety, dosing and long-term effects, and outcomes vary.')
    : msg('They are still experimental: research continues to evaluate their safety, dosing and long-term effects, and outcomes vary.');
  const agency = agencyFor(jurisdiction);
  if (jurisdiction === 'EU') {
    return therapy
      ? `${msg(str`This treatment (${therapy}) is not authorised in the EU for Multiple Sclerosis.`)} ${rest}`
      : `${msg('Stem cell and regenerative therapies for Multiple Sclerosis are not authorised in the EU.')} ${rest}`;
  }
  if (agency === jurisdiction) {
    const where = regionName(jurisdiction, locale);
    return therapy
      ? `${msg(str`This treatment (${therapy}) is not approved for Multiple Sclerosis in ${where}.`)} ${rest}`
      : `${msg(str`Stem cell and regenerative therapies for Multiple Sclerosis are not approved in ${where}.`)} ${rest}`;
  }
  return therapy
    ? `${msg(str`This treatment (${therapy}) is not ${agency}-approved for Multiple Sclerosis.`)} ${rest}`
    : `${msg(str`Stem cell and regenerative therapies for Multiple Sclerosis are not ${agency}-approved.`)} ${rest}`;
}

/** The default heading and text of one kind of notice. */
export function defaultNotice(kind: NoticeKind, context: NoticeContext = {}): NoticeContent {
  const jurisdiction = context.jurisdiction ?? 'US';
  const heading = noticeHeading(kind);
  switch (kind) {
    case 'educational':
      return { heading, text: [msg('This page is for educational purposes only and does not constitute medical advice.')] };
    case 'not-approved': {
      const first = notApprovedSentence(jurisdiction, context.therapy, context.locale ?? 'en');
      const second =
        jurisdiction === 'US'
          ? msg(
              'Before any such treatment, ask for assurance that it is FDA-approved, or that you would take part in a clinical study run under FDA regulations.',
            )
          : msg(
              'Before any such treatment, ask for assurance that it is approved, or that you would take part in a properly regulated clinical study.',
            );
      return { heading, text: [first, second] };
    }
    case 'consult':
      return { heading, text: [msg('Always consult your healthcare provider before making treatment decisions.')] };
    case 'emergency': {
      const number = EMERGENCY_NUMBERS[jurisdiction];
      return {
        heading,
        text: [
          number
            ? msg(
                str`If you have sudden new or severe symptoms, such as loss of vision, weakness or trouble speaking, call ${number} or go to the nearest emergency department.`,
              )
            : msg(
                'If you have sudden new or severe symptoms, such as loss of vision, weakness or trouble speaking, call your local emergency number or go to the nearest emergency department.',
              ),
        ],
      };
    }
  }
}
