// One element, imported by its own entry point: what an app pays for a single card.
import 'ms-evidence-elements/ms-study-card';
