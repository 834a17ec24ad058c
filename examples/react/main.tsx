/**
 * A React 19 app using the library through its React wrappers (ms-evidence-elements/react):
 * typed props, and the elements' events as onMs… callbacks feeding React state.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Disclaimer, StudyCard, TreatmentComparisonTable } from 'ms-evidence-elements/react';

function App() {
  const [selected, setSelected] = useState<string>('none yet');
  const [opened, setOpened] = useState(0);
  return (
    <main style={{ maxWidth: '52rem', margin: '0 auto', display: 'grid', gap: '1rem', fontFamily: 'system-ui, sans-serif' }}>
      <h1>MS evidence in a React app</h1>
      <Disclaimer kind="not-approved" therapy="Umbilical-cord stem cell therapy" headingLevel={2} />
      <StudyCard studyId="lu-2020" compact onMsToggle={(e) => e.detail.open && setOpened((n) => n + 1)} />
      <p id="opened">Details opened {opened} times</p>
      <TreatmentComparisonTable
        treatmentIds="natalizumab umbilical-cord-msc-therapy"
        criteria="aim, regulatory, evidence"
        onMsTreatmentSelect={(e) => setSelected(e.detail.id)}
      />
      <p id="selected">Selected option: {selected}</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
