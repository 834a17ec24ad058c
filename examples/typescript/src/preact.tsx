// Raw tags in Preact JSX, typed by ms-evidence-elements/jsx/preact.
import type {} from 'ms-evidence-elements/jsx/preact';
import type { Study } from 'ms-evidence-elements';

export function Page({ study }: { study: Study }) {
  return (
    <main>
      <ms-study-card study={study} compact onms-toggle={(event) => console.log(event.detail.open)} />
      <treatment-comparison category="cell-therapy" onms-treatment-select={(event) => console.log(event.detail.id)} />
      <medical-disclaimer kind="educational consult" />
      {/* @ts-expect-error not an attribute of the card */}
      <ms-study-card studyid="lu-2020" />
    </main>
  );
}
