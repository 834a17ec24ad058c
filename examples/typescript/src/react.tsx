// Raw tags in React 19 JSX, typed by ms-evidence-elements/jsx; and the wrappers.
import type {} from 'ms-evidence-elements/jsx';
import type { Study } from 'ms-evidence-elements';
import { StudyCard } from 'ms-evidence-elements/react';

export function Page({ study }: { study: Study }) {
  return (
    <main>
      <ms-study-card study={study} compact onms-toggle={(event) => console.log(event.detail.open)} />
      <ms-study-card study-id="lu-2020" heading-level={2} theme="dark" />
      <treatment-comparison treatment-ids="natalizumab ocrelizumab" onms-treatment-select={(event) => console.log(event.detail.id)} />
      <medical-disclaimer kind="not-approved" therapy="Stem cell therapy" />
      <ms-review-info reviewer="Dr A Example" last-reviewed="2026-01" />
      <ms-evidence-provider src="/data.json">
        <StudyCard studyId="lu-2020" onMsToggle={(event) => console.log(event.detail.open)} />
      </ms-evidence-provider>
      {/* @ts-expect-error not an attribute of the card */}
      <ms-study-card studyid="lu-2020" />
    </main>
  );
}
