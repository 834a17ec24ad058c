// The main entry and one element's entry: classes, properties, events and data types.
import { MsStudyCard, type Study, type MsToggleDetail } from 'ms-evidence-elements';
import 'ms-evidence-elements/treatment-comparison';

const card = document.createElement('ms-study-card');
const typed: MsStudyCard = card;
typed.studyId = 'lu-2020';
typed.compact = true;
card.addEventListener('ms-toggle', (event) => {
  const detail: MsToggleDetail = event.detail;
  console.log(detail.open);
});
document.querySelector('treatment-comparison')?.addEventListener('ms-treatment-select', (event) => console.log(event.detail.id.length));

export function show(study: Study): void {
  typed.study = study;
}
// @ts-expect-error a study is a record, not an id
typed.study = 'lu-2020';
