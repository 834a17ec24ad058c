/**
 * Plain-language labels for the vocabularies, in one place so every element says the same thing
 * and translations (`@lit/localize`) cover them all.
 */
import { msg } from '@lit/localize';
import type {
  Allocation,
  CertaintyLevel,
  ConditionCode,
  Control,
  Direction,
  Masking,
  OutcomeRole,
  Phase,
  Route,
  StudyType,
  TreatmentCategory,
  VerificationSource,
} from './vocabulary.js';

export const studyTypeLabel = (t: StudyType): string =>
  ({
    interventional: msg('Interventional study'),
    'follow-up': msg('Long-term follow-up study'),
    observational: msg('Observational study'),
  })[t];

export const phaseLabel = (p: Phase): string =>
  ({
    'early-1': msg('Early phase 1'),
    '1': msg('Phase 1'),
    '1/2': msg('Phase 1/2'),
    '2': msg('Phase 2'),
    '2/3': msg('Phase 2/3'),
    '3': msg('Phase 3'),
    '4': msg('Phase 4'),
    'not-applicable': msg('No phase (not a drug trial)'),
    'not-reported': msg('Phase not reported'),
  })[p];

export const allocationLabel = (a: Allocation): string =>
  ({
    randomised: msg('Randomised'),
    'non-randomised': msg('Not randomised'),
    'single-group': msg('Single group (not randomised)'),
    'not-reported': msg('Randomisation not reported'),
  })[a];

export const controlLabel = (c: Control): string =>
  ({
    placebo: msg('Placebo control'),
    active: msg('Active treatment control'),
    'usual-care': msg('Usual care control'),
    none: msg('No control group'),
    'not-reported': msg('Control group not reported'),
  })[c];

export const maskingLabel = (m: Masking): string =>
  ({
    'open-label': msg('Open label (not blinded)'),
    'single-blind': msg('Single blind'),
    'double-blind': msg('Double blind'),
    'assessor-blind': msg('Outcome assessors blinded'),
    'not-reported': msg('Blinding not reported'),
  })[m];

export const conditionLabel = (c: ConditionCode): string =>
  ({
    'ms-relapsing-remitting': msg('relapsing-remitting MS'),
    'ms-secondary-progressive': msg('secondary progressive MS'),
    'ms-primary-progressive': msg('primary progressive MS'),
    'ms-progressive': msg('progressive MS'),
    'ms-unspecified': msg('MS (form not reported)'),
    'clinically-isolated-syndrome': msg('clinically isolated syndrome'),
    'neuromyelitis-optica': msg('neuromyelitis optica'),
    other: msg('another condition'),
  })[c];

export const routeLabel = (r: Route): string =>
  ({
    intravenous: msg('intravenous (into a vein)'),
    intrathecal: msg('intrathecal (into the spinal fluid)'),
    oral: msg('by mouth'),
    subcutaneous: msg('injection under the skin'),
    intramuscular: msg('injection into a muscle'),
    intranasal: msg('into the nose'),
    transdermal: msg('through the skin (patch)'),
    'in-person': msg('in person, with a professional'),
  })[r];

export const directionLabel = (d: Direction): string =>
  ({
    improved: msg('Improved'),
    'no-difference': msg('No difference'),
    worse: msg('Worse'),
    mixed: msg('Mixed'),
    'not-reported': msg('Not reported'),
  })[d];

export const outcomeRoleLabel = (r: OutcomeRole): string =>
  ({
    primary: msg('Primary outcome'),
    secondary: msg('Secondary outcome'),
    'not-stated': msg('Outcome (role not stated)'),
  })[r];

export const certaintyLabel = (c: CertaintyLevel): string =>
  ({
    'very-low': msg('Very low certainty'),
    low: msg('Low certainty'),
    moderate: msg('Moderate certainty'),
    high: msg('High certainty'),
  })[c];

/** The label of a rating, or of its absence: a retracted publication is not rated at all. */
export const ratingLabel = (level: CertaintyLevel | undefined): string => (level ? certaintyLabel(level) : msg('Retracted — not rated'));

export const categoryLabel = (c: TreatmentCategory): string =>
  ({
    'disease-modifying-therapy': msg('Disease-modifying therapy'),
    'relapse-treatment': msg('Relapse treatment'),
    'symptom-management': msg('Symptom management'),
    rehabilitation: msg('Rehabilitation'),
    'lifestyle-and-support': msg('Lifestyle and support'),
    'cell-therapy': msg('Cell therapy'),
  })[c];

export const verificationSourceLabel = (s: VerificationSource): string =>
  ({
    'full-text': msg('the full text'),
    abstract: msg('the abstract'),
    'publisher-page': msg('the publisher’s page'),
    registry: msg('the trial registry'),
    label: msg('the drug label'),
  })[s];
