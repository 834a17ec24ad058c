// `import study from './study.json'` is too wide to be a Study; parseStudy() makes it one.
import { parseStudy, parseTreatment, type Study } from 'ms-evidence-elements/parse';
import type { MsStudyCard } from 'ms-evidence-elements';
import study from './study.json';

const card = document.createElement('ms-study-card') as MsStudyCard;
// @ts-expect-error the JSON's inferred type is not a Study
card.study = study;

const result = parseStudy(study);
if (result.ok) {
  const checked: Study = result.value;
  card.study = checked;
} else {
  console.error(result.message, result.issues[0]?.path);
}
const treatment = parseTreatment(JSON.parse('{}'));
if (!treatment.ok) console.error(treatment.message);
