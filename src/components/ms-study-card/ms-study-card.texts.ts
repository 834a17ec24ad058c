/**
 * What the card says instead of a study. The problem-state texts of `MsStudyCard`, a module of their own: they load
 * with the problem templates, only when one of those states is shown.
 */
import { msg, str } from '@lit/localize';
import type { StateTexts } from '../shared/problems.js';

export const texts = (): StateTexts => ({
  emptyHeading: msg('No study to show'),
  emptyText: msg('This card was given no study. Set study-id, src, an inline JSON script, or the study property.'),
  notFoundHeading: msg('Study not found'),
  notFoundText: (ids) => msg(str`There is no study with the id “${ids.join(', ')}” in the data.`),
  invalidHeading: msg('This study cannot be shown'),
  invalidText: msg('Its information is incomplete or inconsistent, and it is better left out than shown wrongly.'),
  loadErrorHeading: msg('The study could not be loaded'),
});
