/**
 * schema.org JSON-LD generated from the very records the elements render, so search engines are
 * told nothing a reader cannot see: each builder takes only the facts the element shows. Used by
 * the elements (`structured-data` attribute) and by server-side renderers (`jsonLdScript`).
 */
import type { Review, Study, Treatment } from './schema.js';
import type { Criterion } from './treatment-view.js';
import { citationLinks, isUnverified } from './citation.js';
import { conditionLabel, phaseLabel, routeLabel } from './labels.js';
import { regulatoryLabel } from './regulatory.js';

/** A JSON-LD object. */
export type JsonLd = { [key: string]: unknown };

const CONTEXT = 'https://schema.org';
const schema = (name: string) => `https://schema.org/${name}`;

const identifier = (propertyID: string, value: string | undefined) => (value ? [{ '@type': 'PropertyValue', propertyID, value }] : []);

/** MedicalScholarlyArticle about a MedicalTrial (interventional) or MedicalObservationalStudy. */
export function studyJsonLd(study: Study): JsonLd {
  const c = study.citation;
  const d = study.design;
  const trialDesign = [
    d.allocation === 'randomised' && schema('RandomizedTrial'),
    d.control === 'placebo' && schema('PlaceboControlledTrial'),
    d.masking === 'double-blind' && schema('DoubleBlindedTrial'),
    d.masking === 'single-blind' && schema('SingleBlindedTrial'),
    d.masking === 'open-label' && schema('OpenTrial'),
  ].filter((x): x is string => Boolean(x));
  const interventional = d.type === 'interventional';
  const about: JsonLd = {
    '@type': interventional ? 'MedicalTrial' : 'MedicalObservationalStudy',
    healthCondition: study.population.conditions.map((x) => ({
      '@type': 'MedicalCondition',
      name: x.label ?? conditionLabel(x.condition),
    })),
  };
  if (interventional && d.phase !== 'not-reported' && d.phase !== 'not-applicable') about.phase = phaseLabel(d.phase);
  if (interventional && trialDesign.length) about.trialDesign = trialDesign;
  if (study.sponsor) about.sponsor = { '@type': 'Organization', name: study.sponsor };
  const registrations = (c.registrations ?? []).map((r) => ({ '@type': 'PropertyValue', propertyID: 'trial registration', value: r.id }));
  if (registrations.length) about.identifier = registrations;
  const data: JsonLd = {
    '@context': CONTEXT,
    '@type': 'MedicalScholarlyArticle',
    name: c.title,
    headline: c.title,
    author: c.authors.map((name) => ({ '@type': 'Person', name })),
    datePublished: String(c.year),
    about,
  };
  // Search engines are told only verified facts: an unverified journal or id is left out.
  const verified = (path: string) => !isUnverified(study, path);
  if (c.journal && verified('citation.journal')) data.isPartOf = { '@type': 'Periodical', name: c.journal };
  const ids = [
    ...(verified('citation.pmid') ? identifier('PMID', c.pmid) : []),
    ...(verified('citation.doi') ? identifier('DOI', c.doi) : []),
    ...(verified('citation.pmcid') ? identifier('PMCID', c.pmcid) : []),
  ];
  if (ids.length) data.identifier = ids;
  const links = citationLinks({
    ...c,
    ...(verified('citation.pmid') ? {} : { pmid: undefined }),
    ...(verified('citation.doi') ? {} : { doi: undefined }),
  }).map((l) => l.href);
  if (links.length) data.sameAs = links;
  return data;
}

const MEDICINE_CATEGORIES = new Set(['disease-modifying-therapy', 'relapse-treatment', 'symptom-management']);

/** One option as a Drug (a medicine) or a MedicalTherapy, with only the criteria shown. */
export function treatmentJsonLd(t: Treatment, shown: readonly Criterion[], jurisdiction = 'US'): JsonLd {
  const drug = t.scope === 'option' && MEDICINE_CATEGORIES.has(t.category);
  const data: JsonLd = { '@type': drug ? 'Drug' : 'MedicalTherapy', name: t.name };
  if (shown.includes('aim')) data.description = t.aim;
  if (shown.includes('regulatory')) data.legalStatus = regulatoryLabel(t.regulatory, jurisdiction).text;
  if (drug && shown.includes('route') && t.administration?.routes?.length)
    data.administrationRoute = t.administration.routes.map(routeLabel);
  if (drug && shown.includes('risks') && t.warnings?.length) data.warning = t.warnings.map((w) => w.text);
  return data;
}

/** A comparison: the options it shows, as a graph. */
export function comparisonJsonLd(options: readonly Treatment[], shown: readonly Criterion[], jurisdiction = 'US'): JsonLd {
  return { '@context': CONTEXT, '@graph': options.map((t) => treatmentJsonLd(t, shown, jurisdiction)) };
}

/** MedicalWebPage with its last review and reviewer. */
export function reviewJsonLd(review: Review): JsonLd {
  const data: JsonLd = { '@context': CONTEXT, '@type': 'MedicalWebPage', lastReviewed: review.lastReviewed };
  if (review.reviewer) {
    const person: JsonLd = { '@type': 'Person', name: review.reviewer.name };
    if (review.reviewer.credentials) person.jobTitle = review.reviewer.credentials;
    data.reviewedBy = person;
  }
  return data;
}

/** JSON-LD as text that is safe inside a `<script>` element ("<" escaped). */
export const jsonLdText = (data: JsonLd): string => JSON.stringify(data).replace(/</g, '\\u003c');

/** A complete `<script type="application/ld+json">` element, for server-side rendering. */
export const jsonLdScript = (data: JsonLd): string => `<script type="application/ld+json">${jsonLdText(data)}</script>`;
