// Every data element through the shared suite: each route × each state, under its registered tag.
import '../src/index.js';
import { captureWarnings } from './helpers.js';
import { dataElementSuite } from './suites/data-element.suite.js';
import { dataElementCases } from './suites/cases.js';

captureWarnings();

for (const c of dataElementCases({
  card: 'ms-study-card',
  comparison: 'treatment-comparison',
  review: 'ms-review-info',
  provider: 'ms-evidence-provider',
}))
  dataElementSuite(c);
