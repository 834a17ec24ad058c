/**
 * The bundled default dataset: the content in data/, for elements used without a provider or
 * their own data. The only module in src/ that imports data/, and only ever loaded lazily
 * (see components/shared/loaders.ts), so pages that bring their own data never download it.
 *
 * Elements ask for the part they show: one study, the treatments, or the page. In the built
 * package this module is replaced by one that loads each study as a file of its own
 * (`bundledByRecord` in vite.config.ts), so a page with one card downloads one record.
 */
import type { CheckedDataset } from '../model/validate.js';
import studies from '../../data/studies.json';
import treatments from '../../data/treatments.json';
import page from '../../data/page.json';
import { trusted } from './trusted.js';

/** A part of the bundled dataset, checked: `study:<id>`, `treatments` (with the studies they cite), `page`, or `all`. */
export async function loadPart(part: string): Promise<CheckedDataset> {
  if (part.startsWith('study:')) return trusted({ studies: studies.studies.filter((s) => s.id === part.slice(6)) });
  if (part === 'treatments') return trusted({ studies: studies.studies, treatments: treatments.treatments });
  if (part === 'page') return trusted({ page: page.page });
  return trusted({ studies: studies.studies, treatments: treatments.treatments, page: page.page });
}
