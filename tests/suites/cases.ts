/** The data elements' cases for the shared suite, under whichever tag names a run registers. */
import type { Study, Treatment } from '../../src/model/schema.js';
import studiesFile from '../../data/studies.json';
import treatmentsFile from '../../data/treatments.json';
import page from '../../data/page.json';
import { exampleTreatment, minimalStudy, variant } from '../fixtures/records.js';
import type { DataElementCase } from './data-element.suite.js';

const studies = studiesFile.studies as unknown as Study[];
const treatments = treatmentsFile.treatments as unknown as Treatment[];

/** The tags of this run. */
export interface Tags {
  card: string;
  comparison: string;
  review: string;
  provider: string;
}

export const dataElementCases = (t: Tags): DataElementCase[] => [
  {
    tag: t.card,
    provider: t.provider,
    property: 'study',
    record: minimalStudy,
    invalid: () => variant(minimalStudy(), (s) => (s.design.control = 'placbo')),
    shows: /An uncontrolled pilot study of a cell therapy in MS/,
    dataset: () => ({ studies }),
    provided: /IV\/IT hUC-MSCs Infusion in RRMS and NMO/,
    lookup: { attribute: 'study-id', id: 'lu-2020', missing: 'no-such-study', shows: /IV\/IT hUC-MSCs Infusion in RRMS and NMO/ },
    headings: {
      empty: 'No study to show',
      notFound: 'Study not found',
      invalid: 'This study cannot be shown',
      loadError: 'The study could not be loaded',
    },
  },
  {
    tag: t.comparison,
    provider: t.provider,
    property: 'treatments',
    record: () => [exampleTreatment()],
    invalid: () => [variant(exampleTreatment(), (x) => (x.category = 'not-a-category'))],
    shows: /Example medicine/,
    dataset: () => ({ studies, treatments }),
    provided: /Natalizumab \(Tysabri\)/,
    emptyValue: [],
    lookup: { attribute: 'treatment-ids', id: 'natalizumab', missing: 'no-such-option', shows: /Natalizumab \(Tysabri\)/ },
    headings: {
      empty: 'No treatment options to compare',
      notFound: 'Treatment options not found',
      invalid: 'These treatment options cannot be shown',
      loadError: 'The treatment options could not be loaded',
    },
  },
  {
    tag: t.review,
    provider: t.provider,
    property: 'review',
    record: () => ({ reviewer: { name: 'Dr A Example', credentials: 'MD' }, lastReviewed: '2026-01-05' }),
    invalid: () => ({ reviewer: { name: 'Dr A Example' }, lastReviewed: 'yesterday' }),
    shows: /^Medically reviewed by Dr A Example, MD\. Last reviewed January 5, 2026\.$/,
    dataset: () => ({ page: page.page }),
    provided: /^Medically reviewed by Dr\. Gerald Mastaw/,
    headings: {
      empty: 'Not yet medically reviewed',
      invalid: 'Review information cannot be shown',
      loadError: 'Review information could not be loaded',
    },
  },
];
