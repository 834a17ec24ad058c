/**
 * What the review line says instead of a review. The problem-state texts of `MsReviewInfo`, a module of their own: they load
 * with the problem templates, only when one of those states is shown.
 */
import { msg } from '@lit/localize';
import type { StateTexts } from '../shared/problems.js';

export const texts = (): StateTexts => ({
  emptyHeading: msg('Not yet medically reviewed'),
  emptyText: msg('This page has no record of a medical review.'),
  notFoundHeading: msg('Review information not found'),
  notFoundText: () => msg('This page has no record of a medical review.'),
  invalidHeading: msg('Review information cannot be shown'),
  invalidText: msg('The record of this page’s medical review is incomplete.'),
  loadErrorHeading: msg('Review information could not be loaded'),
});
