/**
 * What the comparison says instead of options. The problem-state texts of `TreatmentComparison`, a module of their own: they load
 * with the problem templates, only when one of those states is shown.
 */
import { msg, str } from '@lit/localize';
import type { StateTexts } from '../shared/problems.js';

export const texts = (): StateTexts => ({
  emptyHeading: msg('No treatment options to compare'),
  emptyText: msg('The data has no treatment options. Give the element treatments, treatment-ids, a category, src or inline JSON.'),
  notFoundHeading: msg('Treatment options not found'),
  notFoundText: (ids) => msg(str`There is no treatment option “${ids.join('”, “')}” in the data.`),
  invalidHeading: msg('These treatment options cannot be shown'),
  invalidText: msg('Their information is incomplete or inconsistent, and they are better left out than shown wrongly.'),
  loadErrorHeading: msg('The treatment options could not be loaded'),
});
