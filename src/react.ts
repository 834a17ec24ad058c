/**
 * React wrappers (`ms-evidence-elements/react`), made with @lit/react: typed props for every
 * property, and the elements' events as `onMsToggle` / `onMsTreatmentSelect` callbacks.
 *
 * ```tsx
 * import { StudyCard } from 'ms-evidence-elements/react';
 * <StudyCard studyId="lu-2020" compact onMsToggle={(e) => console.log(e.detail.open)} />
 * ```
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { MsStudyCard } from './ms-study-card.js';
import { TreatmentComparison } from './treatment-comparison.js';
import { MedicalDisclaimer } from './medical-disclaimer.js';
import { MsReviewInfo } from './ms-review-info.js';
import { MsEvidenceProvider } from './ms-evidence-provider.js';
import type { MsToggleDetail, MsTreatmentSelectDetail } from './components/shared/events.js';

export const StudyCard = createComponent({
  tagName: 'ms-study-card',
  elementClass: MsStudyCard,
  react: React,
  events: { onMsToggle: 'ms-toggle' as EventName<CustomEvent<MsToggleDetail>> },
});

export const TreatmentComparisonTable = createComponent({
  tagName: 'treatment-comparison',
  elementClass: TreatmentComparison,
  react: React,
  events: { onMsTreatmentSelect: 'ms-treatment-select' as EventName<CustomEvent<MsTreatmentSelectDetail>> },
});

export const Disclaimer = createComponent({ tagName: 'medical-disclaimer', elementClass: MedicalDisclaimer, react: React });

export const ReviewInfo = createComponent({ tagName: 'ms-review-info', elementClass: MsReviewInfo, react: React });

export const EvidenceProvider = createComponent({ tagName: 'ms-evidence-provider', elementClass: MsEvidenceProvider, react: React });
