/**
 * schema.org JSON-LD builders, for server-side rendering and static site generators: the same
 * functions the elements use for their `structured-data` attribute.
 */
export {
  studyJsonLd,
  comparisonJsonLd,
  treatmentJsonLd,
  reviewJsonLd,
  jsonLdScript,
  jsonLdText,
  type JsonLd,
} from './model/structured-data.js';
