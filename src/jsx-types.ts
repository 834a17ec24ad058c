/**
 * What each element accepts as a raw tag in JSX, framework-neutral: its properties (typed from
 * the classes themselves, so they cannot drift), the kebab-case attributes a page writes in HTML,
 * and its events as `onms-…` handlers (the names React 19 and Preact use for custom events).
 * `jsx.ts` (React) and `jsx-preact.ts` (Preact) add these to each framework's intrinsic elements.
 */
import type { MsStudyCard } from './components/ms-study-card/ms-study-card.js';
import type { TreatmentComparison } from './components/treatment-comparison/treatment-comparison.js';
import type { MedicalDisclaimer } from './components/medical-disclaimer/medical-disclaimer.js';
import type { MsReviewInfo } from './components/ms-review-info/ms-review-info.js';
import type { MsEvidenceProvider } from './components/ms-evidence-provider/ms-evidence-provider.js';
import type { MsToggleDetail, MsTreatmentSelectDetail } from './components/shared/events.js';

/** Attributes every data element reads. */
interface DataAttributes {
  src?: string;
  strict?: boolean;
  'no-guardrails'?: boolean;
  'structured-data'?: boolean;
  'heading-level'?: number | string;
  jurisdiction?: string;
  /** `light` or `dark` fixes the colour scheme; without it the element follows the reader's. */
  theme?: 'light' | 'dark';
}

type Props<E, K extends keyof E> = Partial<Pick<E, K>>;
type Shared = 'src' | 'strict' | 'noGuardrails' | 'structuredData' | 'headingLevel' | 'jurisdiction';

/** Own attributes, properties and events of each element, by tag. */
export interface MsElementProps {
  'ms-study-card': Props<MsStudyCard, Shared | 'study' | 'studyId' | 'compact' | 'open'> &
    DataAttributes & {
      'study-id'?: string;
      /** The compact card's details were opened or closed by the reader. */
      'onms-toggle'?: (event: CustomEvent<MsToggleDetail>) => void;
    };
  'treatment-comparison': Props<
    TreatmentComparison,
    Shared | 'treatments' | 'treatmentIds' | 'category' | 'criteria' | 'highlight' | 'caption'
  > &
    DataAttributes & {
      'treatment-ids'?: string;
      /** The reader chose an option. */
      'onms-treatment-select'?: (event: CustomEvent<MsTreatmentSelectDetail>) => void;
    };
  'medical-disclaimer': Props<MedicalDisclaimer, 'kind' | 'headingLevel' | 'jurisdiction' | 'therapy'> &
    Pick<DataAttributes, 'heading-level' | 'jurisdiction' | 'theme'>;
  'ms-review-info': Props<
    MsReviewInfo,
    | 'src'
    | 'structuredData'
    | 'headingLevel'
    | 'review'
    | 'reviewer'
    | 'credentials'
    | 'lastReviewed'
    | 'nextReviewDue'
    | 'showSchedule'
    | 'showStale'
  > &
    Pick<DataAttributes, 'src' | 'structured-data' | 'heading-level' | 'theme'> & {
      'last-reviewed'?: string;
      'next-review-due'?: string;
      'show-schedule'?: boolean;
      'show-stale'?: boolean;
    };
  'ms-evidence-provider': Props<MsEvidenceProvider, 'data' | 'src'>;
}

/** Each element's class, by tag (for refs and event targets). */
export interface MsElementClasses {
  'ms-study-card': MsStudyCard;
  'treatment-comparison': TreatmentComparison;
  'medical-disclaimer': MedicalDisclaimer;
  'ms-review-info': MsReviewInfo;
  'ms-evidence-provider': MsEvidenceProvider;
}
