/**
 * The no-JavaScript text of the WordPress plugin, computed by the library's own model so the PHP
 * side never re-implements a label: for each study its title, design line and regulatory label,
 * for each treatment its name and label, and the default notice texts, per language and
 * jurisdiction. The build runs it on the bundled data (scripts/build-wordpress.ts); the plugin's
 * settings page runs it in the browser on a site's data file, after validating it with the same
 * rules (`checkDataset`), and stores the result with the file.
 */
import { msg } from '@lit/localize';
import { checkDataset, describeStudy, selectTreatments } from '../../../src/model/index.js';
import { regulatoryLabel, isUnapproved, regulatoryFor } from '../../../src/model/regulatory.js';
import { defaultNotice } from '../../../src/model/notices.js';
import { NOTICE_KINDS } from '../../../src/model/levels.js';
import { formatIssue, type CheckedDataset } from '../../../src/model/validate.js';

/** Jurisdictions the plugin offers (the library's regulators), first the default. */
export const JURISDICTIONS = ['US', 'GB', 'EU', 'CA', 'AU', 'CH', 'JP'] as const;

/** Stands for the therapy's name in the not-approved notice; PHP puts the escaped name in its place. */
export const THERAPY_MARK = '{{therapy}}';

/** A regulatory label as the plugin prints it. */
export interface LabelSummary {
  text: string;
  unapproved: boolean;
}

/** Texts in one language. */
export interface LanguageSummary {
  studies: Record<string, { title: string; designLine: string; labels: Record<string, LabelSummary> }>;
  treatments: Record<string, { name: string; labels: Record<string, LabelSummary> }>;
  /** Notice heading and paragraphs by jurisdiction and kind; `not-approved-therapy` names a therapy. */
  notices: Record<string, Record<string, { heading: string; text: string[] }>>;
  /** The caption a comparison shows without a category. */
  comparisonCaption: string;
}

/** Everything the plugin needs about one dataset. */
export interface Summary {
  /** Study ids and titles, for the block editor's picker. */
  studies: { id: string; title: string }[];
  /** Treatment ids, names and categories, for the block editor's picker. */
  treatments: { id: string; name: string; category: string; scope: string }[];
  /** What a comparison without ids shows: ids of the default selection and of each category's. */
  selections: { default: string[]; categories: Record<string, string[]> };
  /** Texts by language code. */
  languages: Record<string, LanguageSummary>;
  /** Problems found, one line each ("studies[0] (lu-2020), citation.year: …"); empty when valid. */
  issues: string[];
}

/** Validates a dataset and computes its summary in the current language(s). */
export async function summarize(input: unknown, languages: Record<string, () => Promise<void>>): Promise<Summary> {
  const checked = checkDataset(input);
  const summary: Summary = {
    studies: [],
    treatments: [],
    selections: selections(checked),
    languages: {},
    issues: checked.issues.map(formatIssue),
  };
  for (const [study] of valid(checked.studies)) summary.studies.push({ id: study.id, title: study.citation.title });
  for (const [t] of valid(checked.treatments)) summary.treatments.push({ id: t.id, name: t.name, category: t.category, scope: t.scope });
  for (const [code, activate] of Object.entries(languages)) {
    await activate();
    summary.languages[code] = language(checked, code);
  }
  return summary;
}

function* valid<T>(results: Map<string, { ok: true; value: T } | { ok: false }>): Generator<[T]> {
  for (const r of results.values()) if (r.ok) yield [r.value];
}

function selections(checked: CheckedDataset): Summary['selections'] {
  const ids = (options: { id: string }[]) => options.map((o) => o.id);
  const categories: Record<string, string[]> = {};
  for (const [t] of valid(checked.treatments)) {
    categories[t.category] ??= ids(selectTreatments(checked.treatments, { category: t.category }).options);
  }
  return { default: ids(selectTreatments(checked.treatments, {}).options), categories };
}

function language(checked: CheckedDataset, locale: string): LanguageSummary {
  const labels = (statuses: Parameters<typeof regulatoryLabel>[0]) =>
    Object.fromEntries(
      JURISDICTIONS.map((j) => [
        j,
        { text: regulatoryLabel(statuses, j).text, unapproved: isUnapproved(regulatoryFor(statuses, j).status) },
      ]),
    );
  const out: LanguageSummary = { studies: {}, treatments: {}, notices: {}, comparisonCaption: msg('MS treatment options compared') };
  for (const [study] of valid(checked.studies)) {
    const view = describeStudy(study, { locale });
    out.studies[study.id] = { title: study.citation.title, designLine: view.designLine, labels: labels(study.regulatory) };
  }
  for (const [t] of valid(checked.treatments)) out.treatments[t.id] = { name: t.name, labels: labels(t.regulatory) };
  for (const jurisdiction of JURISDICTIONS) {
    const kinds: Record<string, { heading: string; text: string[] }> = {};
    for (const kind of NOTICE_KINDS) kinds[kind] = defaultNotice(kind, { jurisdiction });
    kinds['not-approved-therapy'] = defaultNotice('not-approved', { jurisdiction, therapy: THERAPY_MARK });
    out.notices[jurisdiction] = kinds;
  }
  return out;
}
