/**
 * The bundled default dataset: the content in data/, for elements used without a provider or
 * their own data. The only module in src/ that imports data/, and only ever loaded lazily
 * (see components/shared/loaders.ts), so pages that bring their own data never download it.
 */
import studies from '../../data/studies.json';
import treatments from '../../data/treatments.json';
import page from '../../data/page.json';

export const bundledDataset: unknown = {
  studies: studies.studies,
  treatments: treatments.treatments,
  page: page.page,
};
