/**
 * The data model, defined once: these valibot schemas give the TypeScript types (`InferOutput`),
 * the runtime validation (`validate.ts`) and the JSON Schema files data authors use
 * (`npm run schemas`). Objects are strict: an unknown field is an error, so a typo ("contrl")
 * is reported instead of silently dropped.
 *
 * Optional means "not reported": an absent fact reads "Not reported" on the page. Never fill a
 * field you cannot source.
 */
import * as v from 'valibot';
import {
  ALLOCATIONS,
  CELL_ORIGINS,
  CERTAINTY_LEVELS,
  CONDITIONS,
  CONTROLS,
  DIRECTIONS,
  DURATION_UNITS,
  INDICATIONS,
  MASKINGS,
  NOTICE_KINDS,
  OUTCOME_ROLES,
  PHASES,
  PUBLICATION_NOTICES,
  REGULATORY_EVENTS,
  REGULATORY_STATUSES,
  ROUTES,
  STUDY_TYPES,
  TREATMENT_CATEGORIES,
  VERIFICATION_SOURCES,
} from './vocabulary.js';
import { DAILYMED_SETID_PATTERN, DOI_PATTERN, PMCID_PATTERN, PMID_PATTERN, isRegistrationId, safeHttpsUrl } from './identifiers.js';
import { JURISDICTION_PATTERN } from './levels.js';

// ---- Building blocks -------------------------------------------------------------------------

/** Record id: lower-case words joined by hyphens, e.g. "riordan-2018". */
export const IdSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters and digits joined by hyphens'),
  v.maxLength(80, 'must be at most 80 characters'),
);

/**
 * Text the data author writes for readers, shown as text (never as markup). This is the one
 * marked text type: validation finds every field of this type in a record (by walking the schema,
 * see `claimTexts` in validate.ts) and checks it for claims of cure, reversal, restoration or
 * approval when the therapy is not approved. A new reader-facing field gets the check by using it.
 */
export const ClaimText = v.pipe(v.string(), v.regex(/\S/, 'must not be empty'), v.maxLength(4000, 'must be at most 4,000 characters'));
/**
 * Words quoted as published (a paper's title, authors, a journal, a source's publisher, a
 * person's name): shown as given and not claim-checked, because changing them would misquote.
 */
export const Quoted = v.pipe(v.string(), v.regex(/\S/, 'must not be empty'), v.maxLength(4000, 'must be at most 4,000 characters'));
const Text = ClaimText;
const TextList = v.array(ClaimText);
const QuotedList = v.array(Quoted);

/** A count of people or events: a whole number, zero or more. */
const Count = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must not be negative'));

const isRealDate = (value: string): boolean => {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number | undefined];
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

/** A calendar date, "2026-11-24", or a month, "2025-10", when only the month is known. */
export const DateSchema = v.pipe(
  v.string(),
  v.regex(/^[0-9]{4}-[0-9]{2}(?:-[0-9]{2})?$/, 'must be a date like 2026-11-24 or a month like 2025-10'),
  v.check(isRealDate, 'must be a real calendar date'),
);

const Pmid = v.pipe(v.string(), v.regex(PMID_PATTERN, 'must be a PubMed id (digits only)'));
const Pmcid = v.pipe(v.string(), v.regex(PMCID_PATTERN, 'must be a PubMed Central id like PMC7506071'));
const Doi = v.pipe(v.string(), v.regex(DOI_PATTERN, 'must be a DOI like 10.3389/fneur.2020.00967'));
const RegistrationId = v.pipe(v.string(), v.check(isRegistrationId, 'must be a trial registration id like NCT02034188'));
const DailymedSetId = v.pipe(v.string(), v.regex(DAILYMED_SETID_PATTERN, 'must be a DailyMed set id (a UUID)'));
/** An https URL with a host and no user name or password (the same rule links are built with). */
const HttpsUrl = v.pipe(
  v.string(),
  v.regex(/^https:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/, 'must be an https URL with a host and no user name or password'),
  v.check((u) => safeHttpsUrl(u) !== undefined, 'must be a valid https URL'),
);

/**
 * Jurisdiction: a two-letter country code ("US", "GB", "CA") or "EU".
 */
const Jurisdiction = v.pipe(v.string(), v.regex(JURISDICTION_PATTERN, 'must be a two-letter code like US or EU'));

const Year = v.pipe(v.number(), v.integer('must be a whole year'), v.minValue(1900), v.maxValue(2100));

/** One event in a medicine's regulatory history: "withdrawn 2005", "back in 2006 under a restricted programme". */
const RegulatoryHistoryEventSchema = v.strictObject({
  event: v.picklist(REGULATORY_EVENTS),
  /** When, as a date ("2006-06-05"), a month or a year ("2005"). */
  date: v.union([DateSchema, v.pipe(v.string(), v.regex(/^[0-9]{4}$/, 'must be a year like 2005'))]),
  note: v.optional(Text),
});

/** Regulatory status of an intervention for MS in one jurisdiction. */
export const RegulatoryStatusSchema = v.strictObject({
  jurisdiction: Jurisdiction,
  status: v.picklist(REGULATORY_STATUSES),
  /** What it is approved for, when approved: the label reads "FDA-approved for relapsing forms of MS". */
  approvedFor: v.optional(v.pipe(v.array(v.picklist(INDICATIONS)), v.minLength(1, 'must name at least one indication'))),
  /** Year of first approval for MS, when approved. */
  approvalYear: v.optional(Year),
  /** Withdrawals and returns after the first approval, oldest first. */
  history: v.optional(v.array(RegulatoryHistoryEventSchema)),
  /** Approved indications in the label's words, when approved. */
  indications: v.optional(TextList),
  /** Id of the source (label, decision) the status and indications come from. */
  source: v.optional(IdSchema),
  note: v.optional(Text),
});

// ---- Study -----------------------------------------------------------------------------------

const RegistrationSchema = v.strictObject({
  id: RegistrationId,
  /** The trial was registered after enrolment began (a risk of bias: outcomes could be chosen late). */
  afterEnrolment: v.optional(v.boolean()),
  note: v.optional(Text),
});

const PublicationNoticeSchema = v.strictObject({
  kind: v.picklist(PUBLICATION_NOTICES),
  date: v.optional(DateSchema),
  doi: v.optional(Doi),
  note: v.optional(Text),
});

const CitationSchema = v.strictObject({
  title: Quoted,
  /** Authors in publication order, "Surname Initials". */
  authors: v.pipe(QuotedList, v.minLength(1, 'must name at least one author')),
  /** Where the work was done, as the publication states it. */
  affiliation: v.optional(Quoted),
  journal: v.optional(Quoted),
  year: Year,
  volume: v.optional(Quoted),
  issue: v.optional(Quoted),
  pages: v.optional(Quoted),
  articleNumber: v.optional(Quoted),
  doi: v.optional(Doi),
  pmid: v.optional(Pmid),
  pmcid: v.optional(Pmcid),
  registrations: v.optional(v.array(RegistrationSchema)),
  notices: v.optional(v.array(PublicationNoticeSchema)),
});

const DesignSchema = v.strictObject({
  type: v.picklist(STUDY_TYPES),
  phase: v.picklist(PHASES),
  allocation: v.picklist(ALLOCATIONS),
  control: v.picklist(CONTROLS),
  masking: v.picklist(MASKINGS),
  /** The trial was stopped earlier than planned (effects from stopped trials tend to be overestimated). */
  stoppedEarly: v.optional(v.boolean()),
  note: v.optional(Text),
});

const ConditionCountSchema = v.strictObject({
  condition: v.picklist(CONDITIONS),
  /** Needed when condition is "other". */
  label: v.optional(Text),
  count: v.optional(Count),
});

const PopulationSchema = v.strictObject({
  enrolled: v.optional(Count),
  analysed: v.optional(Count),
  /** Why analysed differs from enrolled, or which analysis the number refers to. */
  analysedNote: v.optional(Text),
  conditions: v.pipe(v.array(ConditionCountSchema), v.minLength(1, 'must list at least one condition')),
  /** Disability at entry as reported, e.g. "EDSS 3.0 to 6.5". */
  disability: v.optional(Text),
});

const InterventionSchema = v.strictObject({
  /** Product or cell source, e.g. "Umbilical cord tissue-derived mesenchymal stem cells". */
  product: Text,
  origin: v.optional(v.picklist(CELL_ORIGINS)),
  dose: v.optional(Text),
  routes: v.pipe(v.array(v.picklist(ROUTES)), v.minLength(1, 'must list at least one route')),
  /** Number of doses each participant received. */
  doses: v.optional(v.pipe(Count, v.minValue(1, 'must be at least 1'))),
  schedule: v.optional(Text),
});

export const DurationSchema = v.strictObject({
  value: v.pipe(v.number(), v.minValue(0, 'must not be negative')),
  unit: v.picklist(DURATION_UNITS),
});

/**
 * A confidence interval as reported. For a ratio (rate ratio, hazard ratio, odds ratio) no effect
 * is 1; for a difference it is 0. An interval that includes no effect cannot tell benefit from harm.
 */
export const IntervalSchema = v.pipe(
  v.strictObject({
    measure: v.picklist(['ratio', 'difference']),
    estimate: v.optional(v.number()),
    lower: v.number(),
    upper: v.number(),
    /** Confidence level in percent; default 95. */
    level: v.optional(v.pipe(v.number(), v.minValue(50), v.maxValue(99.9))),
  }),
  v.check((i) => i.lower <= i.upper, 'lower must not be above upper'),
  v.check((i) => i.measure === 'difference' || i.lower > 0, 'a ratio interval must be above 0'),
);

/** What makes an outcome indirect or open to bias, for the certainty rules. */
const OutcomeKindFields = {
  /**
   * A surrogate: a measurement that stands in for what matters to people with MS (MRI lesions
   * standing in for disability or relapses).
   */
  surrogate: v.optional(v.boolean()),
  /** Judged by a person (a rating, a questionnaire), so open to bias when people knew the treatment. */
  subjective: v.optional(v.boolean()),
  interval: v.optional(IntervalSchema),
};

const OutcomeSchema = v.strictObject({
  measure: Text,
  role: v.picklist(OUTCOME_ROLES),
  timePoint: v.optional(Text),
  /** The result in words, as reported. */
  result: v.optional(Text),
  direction: v.picklist(DIRECTIONS),
  /** Statistics exactly as reported, e.g. "p < 0.03". */
  statistics: v.optional(Text),
  ...OutcomeKindFields,
});

const SafetySchema = v.strictObject({
  /** Number of serious adverse events; 0 means none; absent means not reported. */
  seriousAdverseEvents: v.optional(Count),
  deaths: v.optional(Count),
  commonEvents: v.optional(TextList),
  note: v.optional(Text),
});

const FieldPath = v.pipe(v.string(), v.regex(/^[A-Za-z]+(?:\.(?:[A-Za-z]+|[0-9]+))*$/, 'must be a field path like population.enrolled'));

// ---- Translations ----------------------------------------------------------------------------

/** The language of a translation: a two-letter code such as "es" (the label languages in src/locales). */
export const LanguageSchema = v.pipe(v.string(), v.regex(/^[a-z]{2}$/, 'must be a two-letter language code like es'));

/** The dotted path of a reader-facing text in a record: "outcomes.0.result", "notices.not-approved.text.0". */
export const TextPathSchema = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z][\w-]*(?:\.(?:[A-Za-z][\w-]*|[0-9]+))*$/, 'must be a field path like outcomes.0.result'),
);

/** One record's texts in one language: dotted path of a `ClaimText` field → the text in that language. */
export const RecordTranslationSchema = v.record(TextPathSchema, ClaimText);

/**
 * A record's own translations, by language: `{ "es": { "outcomes.0.result": "…" } }`. Each path
 * must name a reader-facing (`ClaimText`) field the record has; a field with none is shown in the
 * original language, marked (see docs/ARCHITECTURE.md, Translations).
 */
export const TranslationsSchema = v.record(LanguageSchema, RecordTranslationSchema);

/**
 * A locale overlay (data/locales/<language>.json): the same paths as a record's own
 * `translations`, kept apart from the records so a page in English never downloads them.
 */
export const TranslationOverlaySchema = v.strictObject({
  $schema: v.optional(v.string()),
  language: LanguageSchema,
  /** By study id. */
  studies: v.optional(v.record(IdSchema, RecordTranslationSchema)),
  /** By treatment id. */
  treatments: v.optional(v.record(IdSchema, RecordTranslationSchema)),
  /** The page content. */
  page: v.optional(RecordTranslationSchema),
});

/** Public records a fact can be imported from (`ms-evidence import`). */
export const IMPORT_SOURCES = ['pubmed', 'crossref', 'clinicaltrials-gov'] as const;

/** Facts copied from one public record: which record, when, and into which fields. */
const ImportedFromSchema = v.strictObject({
  source: v.picklist(IMPORT_SOURCES),
  /** The identifier looked up there: a PMID, a DOI or an NCT id (an identifier, not text for readers: never translated). */
  id: v.pipe(v.string(), v.regex(/\S/, 'must not be empty'), v.maxLength(200, 'must be at most 200 characters')),
  retrieved: DateSchema,
  fields: v.array(FieldPath),
});

const VerificationSchema = v.strictObject({
  /** What the record was checked against; empty means not verified at all. */
  checkedAgainst: v.array(v.picklist(VERIFICATION_SOURCES)),
  /** Dotted paths of fields not yet verified, e.g. "population.enrolled", "outcomes.0". */
  unverified: v.optional(v.array(FieldPath)),
  /** Where imported facts came from. Copied from a public record is not checked by a person. */
  importedFrom: v.optional(v.array(ImportedFromSchema)),
  note: v.optional(Text),
});

/** One clinical study. */
export const StudySchema = v.strictObject({
  id: IdSchema,
  citation: CitationSchema,
  funding: v.optional(Text),
  sponsor: v.optional(Text),
  conflicts: v.optional(Text),
  design: DesignSchema,
  population: PopulationSchema,
  intervention: InterventionSchema,
  comparator: v.optional(Text),
  followUp: v.optional(DurationSchema),
  outcomes: v.array(OutcomeSchema),
  safety: v.optional(SafetySchema),
  conclusion: v.optional(Text),
  limitations: v.optional(TextList),
  regulatory: v.pipe(v.array(RegulatoryStatusSchema), v.minLength(1, 'must give the regulatory status in at least one jurisdiction')),
  verification: VerificationSchema,
  lastReviewed: DateSchema,
  reviewDue: v.optional(DateSchema),
  /** The record's reader-facing texts in other languages. */
  translations: v.optional(TranslationsSchema),
});

// ---- Treatment -------------------------------------------------------------------------------

/** A source: built into a link from its identifiers, or from an https URL. */
export const SourceSchema = v.strictObject({
  id: IdSchema,
  title: Quoted,
  publisher: v.optional(Quoted),
  year: v.optional(Year),
  pmid: v.optional(Pmid),
  pmcid: v.optional(Pmcid),
  doi: v.optional(Doi),
  registration: v.optional(RegistrationId),
  dailymedSetId: v.optional(DailymedSetId),
  url: v.optional(HttpsUrl),
  accessed: v.optional(DateSchema),
});

/**
 * One result of a key study, against its comparator. A relative effect ("68% lower relapse rate")
 * always travels with the absolute numbers it comes from ("0.26 vs 0.81 relapses per person per
 * year"): a percentage alone makes small effects look large.
 */
const FindingSchema = v.pipe(
  v.strictObject({
    measure: Text,
    /** This was the trial's primary endpoint. */
    primary: v.optional(v.boolean()),
    /** The relative effect as reported, e.g. "68% lower relapse rate". */
    relative: v.optional(Text),
    /** The absolute numbers in each group, e.g. "0.26 vs 0.81 relapses per person per year". */
    absolute: v.optional(Text),
    /** Other statistics as reported, e.g. "hazard ratio 0.58 (95% CI 0.43 to 0.77)". */
    result: v.optional(Text),
    timePoint: v.optional(Text),
    /** Id of an entry in the treatment's sources, when this finding has its own source. */
    source: v.optional(IdSchema),
    ...OutcomeKindFields,
  }),
  v.check((f) => Boolean(f.relative ?? f.absolute ?? f.result), 'must give a result: relative, absolute or result'),
);

/**
 * How a key study was done, in the same terms as a full study record, so its certainty is derived
 * by the same rules (`certainty.ts`) instead of being typed by hand.
 */
const KeyStudyMethodsSchema = v.strictObject({
  allocation: v.picklist(ALLOCATIONS),
  control: v.picklist(CONTROLS),
  masking: v.picklist(MASKINGS),
  /** People randomised (or enrolled) to the groups the findings compare (not a third arm). */
  enrolled: v.optional(Count),
  /** People in the analysis of the findings shown. */
  analysed: v.optional(Count),
  followUp: v.optional(DurationSchema),
  /** Everyone in the trial had MS (false: some had another condition). */
  allMs: v.boolean(),
  stoppedEarly: v.optional(v.boolean()),
  registeredAfterEnrolment: v.optional(v.boolean()),
});

/** A trial behind a treatment's evidence: every number in it has a comparator and a source. */
const KeyStudySchema = v.strictObject({
  name: Text,
  design: v.optional(Text),
  /** People analysed, shown beside the findings. */
  participants: v.optional(Count),
  comparator: Text,
  /** Design facts the certainty rules need; without them the study is not rated. */
  methods: v.optional(KeyStudyMethodsSchema),
  /** Id of an entry in the treatment's sources. */
  source: IdSchema,
  /** Id of a full study record in the dataset, when there is one. */
  studyId: v.optional(IdSchema),
  findings: v.pipe(v.array(FindingSchema), v.minLength(1, 'must report at least one finding')),
});

const WarningSchema = v.strictObject({
  text: Text,
  /** A boxed warning on the label, the strongest kind. */
  boxed: v.optional(v.boolean()),
  /** In a category: the medicine whose label carries this warning (reader-facing: translated). */
  medicine: v.optional(Text),
  /** Id of the label (an entry in the treatment's sources) the warning comes from. */
  source: v.optional(IdSchema),
});

/** An option or a category of MS care. */
export const TreatmentSchema = v.strictObject({
  id: IdSchema,
  name: Text,
  category: v.picklist(TREATMENT_CATEGORIES),
  /** Whether this record is one medicine or a whole category of care. */
  scope: v.picklist(['category', 'option']),
  aim: Text,
  examples: v.optional(TextList),
  administration: v.optional(
    v.strictObject({
      routes: v.optional(v.array(v.picklist(ROUTES))),
      frequency: v.optional(Text),
      setting: v.optional(Text),
    }),
  ),
  regulatory: v.pipe(v.array(RegulatoryStatusSchema), v.minLength(1, 'must give the regulatory status in at least one jurisdiction')),
  evidence: v.strictObject({
    /**
     * A lower certainty than the one derived from the key studies, for a reason the rules cannot
     * see (given in `certaintyNote`). It can never raise the derived certainty.
     */
    certainty: v.optional(v.picklist(CERTAINTY_LEVELS)),
    /** Why the certainty was lowered; needed with a certainty. */
    certaintyNote: v.optional(Text),
    summary: v.optional(Text),
    keyStudies: v.optional(v.array(KeyStudySchema)),
    /** Ids of full study records in the dataset. */
    studyIds: v.optional(v.array(IdSchema)),
  }),
  benefits: v.optional(TextList),
  risks: v.optional(TextList),
  warnings: v.optional(v.array(WarningSchema)),
  monitoring: v.optional(TextList),
  limitations: v.optional(TextList),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'must cite at least one source')),
  lastReviewed: DateSchema,
  reviewDue: v.optional(DateSchema),
  /** The record's reader-facing texts in other languages. */
  translations: v.optional(TranslationsSchema),
});

// ---- Page content ----------------------------------------------------------------------------

const NoticeTextSchema = v.strictObject({
  heading: v.optional(Text),
  text: v.pipe(TextList, v.minLength(1, 'must have at least one paragraph')),
});

/** Who reviewed a page and when. */
export const ReviewSchema = v.strictObject({
  /** Who reviewed the page; absent reads "Reviewer not reported" (and warns). */
  reviewer: v.optional(v.strictObject({ name: Quoted, credentials: v.optional(Quoted) })),
  lastReviewed: DateSchema,
  nextReviewDue: v.optional(DateSchema),
  note: v.optional(Text),
  /** The review's texts in other languages (path "note"); a page's `translations` may give "review.note" instead. */
  translations: v.optional(TranslationsSchema),
});

/** The condition overview and page-wide content: symptoms, forms of MS, notices, review. */
export const PageContentSchema = v.strictObject({
  condition: v.optional(
    v.strictObject({
      name: Text,
      overview: TextList,
      symptoms: TextList,
      forms: v.array(v.strictObject({ name: Text, description: Text })),
      note: v.optional(Text),
    }),
  ),
  /** Page-specific wording that replaces the built-in default text of a notice kind. */
  notices: v.optional(
    v.partial(
      v.strictObject(
        Object.fromEntries(NOTICE_KINDS.map((k) => [k, NoticeTextSchema])) as Record<
          (typeof NOTICE_KINDS)[number],
          typeof NoticeTextSchema
        >,
      ),
    ),
  ),
  review: v.optional(ReviewSchema),
  /** The page's reader-facing texts in other languages (paths such as "review.note"). */
  translations: v.optional(TranslationsSchema),
});

/** A dataset document: any of studies, treatments and page content. */
export const DatasetSchema = v.strictObject({
  $schema: v.optional(v.string()),
  studies: v.optional(v.array(StudySchema)),
  treatments: v.optional(v.array(TreatmentSchema)),
  page: v.optional(PageContentSchema),
});

export type Study = v.InferOutput<typeof StudySchema>;
export type Citation = Study['citation'];
export type Design = Study['design'];
export type Population = Study['population'];
export type Intervention = Study['intervention'];
export type Outcome = Study['outcomes'][number];
export type Safety = NonNullable<Study['safety']>;
export type Duration = v.InferOutput<typeof DurationSchema>;
export type RegulatoryStatus = v.InferOutput<typeof RegulatoryStatusSchema>;
export type Treatment = v.InferOutput<typeof TreatmentSchema>;
export type KeyStudy = NonNullable<Treatment['evidence']['keyStudies']>[number];
export type KeyStudyMethods = NonNullable<KeyStudy['methods']>;
export type Finding = KeyStudy['findings'][number];
export type Interval = v.InferOutput<typeof IntervalSchema>;
export type Warning = NonNullable<Treatment['warnings']>[number];
export type Source = v.InferOutput<typeof SourceSchema>;
export type PageContent = v.InferOutput<typeof PageContentSchema>;
export type Review = v.InferOutput<typeof ReviewSchema>;
export type NoticeText = v.InferOutput<typeof NoticeTextSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;
export type Translations = v.InferOutput<typeof TranslationsSchema>;
export type TranslationOverlay = v.InferOutput<typeof TranslationOverlaySchema>;
