/**
 * ClinicalTrials.gov API v2 (`/studies/{nctId}`): the registered design, enrolment, conditions,
 * interventions, sponsor and outcome measures of a trial, its status, and whether results have
 * been posted. Registry codes are mapped onto the model's closed vocabularies; where the mapping
 * is not certain the value is still offered but named as a doubt for a person to confirm.
 */
import type { Design } from '../model/schema.js';
import { ROUTES, type Route } from '../model/vocabulary.js';
import { RegistryError, type RegistryClient } from './client.js';
import { mapCondition, type RegistryFacts } from './facts.js';
import { cleanNct, cleanPmid, cleanText, isoDate, looksLikeMarkup } from './text.js';
import { combinePhases } from './pubmed.js';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const dateOf = (v: unknown): string | undefined => isoDate(cleanText(obj(v).date));

const ROUTE_WORDS: [RegExp, Route][] = [
  [/\bintravenous(?:ly)?\b|\bi\.v\.|\bIV infusions?\b/i, 'intravenous'],
  [/\bintrathecal(?:ly)?\b/i, 'intrathecal'],
  [/\bsubcutaneous(?:ly)?\b/i, 'subcutaneous'],
  [/\bintramuscular(?:ly)?\b/i, 'intramuscular'],
  [/\bintranasal(?:ly)?\b/i, 'intranasal'],
  [/\btransdermal(?:ly)?\b/i, 'transdermal'],
  [/\b(?:oral|orally|by mouth|tablets?|capsules?)\b/i, 'oral'],
];

/** Routes named in registered intervention and arm texts, in the model's order. */
export function routesIn(texts: string[]): Route[] {
  const found = new Set<Route>();
  for (const text of texts) for (const [re, route] of ROUTE_WORDS) if (re.test(text)) found.add(route);
  return ROUTES.filter((r) => found.has(r));
}

const PHASES: Record<string, string> = {
  EARLY_PHASE1: 'early-1',
  PHASE1: '1',
  PHASE2: '2',
  PHASE3: '3',
  PHASE4: '4',
  NA: 'not-applicable',
};

/** Reads a ClinicalTrials.gov v2 study into facts. */
export function readStudy(study: Json, requested: string): RegistryFacts {
  const protocol = obj(study.protocolSection);
  const id = obj(protocol.identificationModule);
  const status = obj(protocol.statusModule);
  const designModule = obj(protocol.designModule);
  const info = obj(designModule.designInfo);
  const arms = obj(protocol.armsInterventionsModule);
  const sponsors = obj(protocol.sponsorCollaboratorsModule);
  const warnings: string[] = [];
  const nctId = cleanNct(id.nctId) ?? requested;
  if (nctId !== requested) warnings.push(`ClinicalTrials.gov answered for ${nctId} when asked for ${requested}`);

  const design: RegistryFacts['design'] = {};
  const designDoubts: Record<string, string> = {};
  const studyType = cleanText(designModule.studyType);
  if (studyType === 'INTERVENTIONAL') design.type = 'interventional';
  else if (studyType === 'OBSERVATIONAL') design.type = 'observational';
  else if (studyType) designDoubts['design.type'] = `registered as ${studyType}, which the model has no type for`;

  const phaseCodes = list(designModule.phases).map((p) => PHASES[String(p)]);
  if (phaseCodes.length === 1 && (phaseCodes[0] === 'not-applicable' || phaseCodes[0] === 'early-1')) {
    design.phase = phaseCodes[0] as Design['phase'];
  } else if (phaseCodes.length && phaseCodes.every((p) => p && /^[1-4]$/.test(p))) {
    const phase = combinePhases(phaseCodes as string[]);
    if (phase) design.phase = phase;
  }

  const allocation = cleanText(info.allocation);
  const model = cleanText(info.interventionModel);
  if (allocation === 'RANDOMIZED') design.allocation = 'randomised';
  else if (allocation === 'NON_RANDOMIZED') design.allocation = 'non-randomised';
  else if (model === 'SINGLE_GROUP') design.allocation = 'single-group';

  const masking = cleanText(obj(info.maskingInfo).masking);
  if (masking === 'NONE') design.masking = 'open-label';
  else if (masking === 'SINGLE') design.masking = 'single-blind';
  else if (masking === 'DOUBLE' || masking === 'TRIPLE' || masking === 'QUADRUPLE') design.masking = 'double-blind';

  const armTypes = list(arms.armGroups).map((a) => cleanText(obj(a).type) ?? '');
  if (armTypes.some((t) => t === 'PLACEBO_COMPARATOR' || t === 'SHAM_COMPARATOR')) design.control = 'placebo';
  else if (armTypes.includes('ACTIVE_COMPARATOR')) design.control = 'active';
  else if (armTypes.includes('NO_INTERVENTION')) {
    design.control = 'usual-care';
    designDoubts['design.control'] = 'registered as a "no intervention" arm: check it was usual care';
  } else if (model === 'SINGLE_GROUP' || (armTypes.length === 1 && armTypes[0] === 'EXPERIMENTAL')) design.control = 'none';

  const enrolment = obj(designModule.enrollmentInfo);
  const count =
    typeof enrolment.count === 'number' && Number.isInteger(enrolment.count) && enrolment.count >= 0 ? enrolment.count : undefined;
  const enrolmentType = enrolment.type === 'ACTUAL' ? 'actual' : enrolment.type === 'ESTIMATED' ? 'estimated' : undefined;

  const conditions: RegistryFacts['conditions'] = [];
  const unmappedConditions: string[] = [];
  for (const c of list(obj(protocol.conditionsModule).conditions)) {
    const name = cleanText(c, 300);
    if (!name) continue;
    const code = mapCondition(name);
    if (code && !conditions.includes(code)) conditions.push(code);
    else if (!code) unmappedConditions.push(name);
  }

  const interventions = list(arms.interventions).map((raw) => {
    const i = obj(raw);
    const name = cleanText(i.name, 500) ?? 'Unnamed intervention';
    if (looksLikeMarkup(name)) warnings.push('An intervention name contains text that looks like markup; it is kept as plain text');
    const entry: RegistryFacts['interventions'][number] = { name };
    const type = cleanText(i.type, 60);
    if (type) entry.type = type;
    const description = cleanText(i.description);
    if (description) entry.description = description;
    return entry;
  });
  const routes = routesIn([
    ...interventions.flatMap((i) => [i.name, i.description ?? '']),
    ...list(arms.armGroups).map((a) => cleanText(obj(a).description) ?? ''),
  ]);

  const outcomes: RegistryFacts['outcomes'] = [];
  const outcomesModule = obj(protocol.outcomesModule);
  for (const [key, role] of [
    ['primaryOutcomes', 'primary'],
    ['secondaryOutcomes', 'secondary'],
  ] as const) {
    for (const raw of list(outcomesModule[key])) {
      const o = obj(raw);
      const measure = cleanText(o.measure, 1000);
      if (!measure) continue;
      const timePoint = cleanText(o.timeFrame, 1000);
      outcomes.push({ measure, role, ...(timePoint ? { timePoint } : {}), direction: 'not-reported' });
    }
  }

  const lead = obj(sponsors.leadSponsor);
  const facts: RegistryFacts = {
    nctId,
    hasResults: study.hasResults === true,
    design,
    designDoubts,
    conditions,
    unmappedConditions,
    interventions,
    routes,
    collaborators: list(sponsors.collaborators)
      .map((c) => cleanText(obj(c).name, 300))
      .filter((n): n is string => Boolean(n)),
    outcomes,
    pmids: list(obj(protocol.referencesModule).references)
      .map(obj)
      .filter((r) => r.type === 'RESULT')
      .map((r) => cleanPmid(r.pmid))
      .filter((p): p is string => Boolean(p)),
    warnings,
  };
  const title = cleanText(id.officialTitle) ?? cleanText(id.briefTitle);
  if (title) facts.title = title;
  const overall = cleanText(status.overallStatus, 60);
  if (overall) facts.overallStatus = overall;
  const lastUpdate = dateOf(status.lastUpdatePostDateStruct);
  if (lastUpdate) facts.lastUpdate = lastUpdate;
  const submitted = isoDate(cleanText(status.studyFirstSubmitDate));
  if (submitted) facts.firstSubmitted = submitted;
  const start = dateOf(status.startDateStruct);
  if (start) facts.startDate = start;
  const results = dateOf(status.resultsFirstPostDateStruct);
  if (results) facts.resultsFirstPosted = results;
  if (count !== undefined) facts.enrolled = count;
  if (enrolmentType) facts.enrolmentType = enrolmentType;
  const sponsor = cleanText(lead.name, 300);
  if (sponsor) facts.sponsor = sponsor;
  const sponsorClass = cleanText(lead.class, 40);
  if (sponsorClass) facts.sponsorClass = sponsorClass;
  return facts;
}

/** Fetches a registered trial; resolves undefined when ClinicalTrials.gov has no such id. */
export async function fetchTrial(client: RegistryClient, nctId: string): Promise<RegistryFacts | undefined> {
  const reply = await client.getJson('clinicaltrials-gov', client.url('clinicaltrials-gov', `/studies/${nctId}`, { format: 'json' }));
  if (reply === undefined) return undefined;
  const study = obj(reply);
  if (!study.protocolSection) {
    throw new RegistryError('malformed', `ClinicalTrials.gov's reply for ${nctId} has no protocol section`, 'clinicaltrials-gov');
  }
  return readStudy(study, nctId);
}
