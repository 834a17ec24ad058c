/**
 * The view model of a page's review line: dates formatted for the page's language, and whether
 * the next review is overdue.
 */
import type { PageContent, Review } from './schema.js';
import { formatDate, isPastDue, today } from './format.js';

/** Everything derived that a review line shows. */
export interface ReviewView {
  review: Review;
  /** "October 2025" */
  lastReviewed: string;
  /** "March 2, 2099", when a next review is set. */
  nextReviewDue?: string | undefined;
  overdue: boolean;
  /** The last review is dated after today (at the precision given). */
  inFuture: boolean;
}

/**
 * A page's review, carrying the page's translations of it ("review.note" becomes "note"), under
 * the review's own: the review line shows the review without its page.
 */
export function reviewOfPage(page: PageContent): Review | undefined {
  const { review, translations } = page;
  if (!review || !translations) return review;
  const moved = Object.entries(translations).map(([language, texts]) => [
    language,
    {
      ...Object.fromEntries(Object.entries(texts).flatMap(([path, text]) => (path.startsWith('review.') ? [[path.slice(7), text]] : []))),
      ...review.translations?.[language],
    },
  ]);
  return { ...review, translations: { ...review.translations, ...Object.fromEntries(moved) } };
}

/** Describes a review; `on` is today by default ("YYYY-MM-DD"). */
export function describeReview(review: Review, locale = 'en', on: string = today()): ReviewView {
  return {
    review,
    lastReviewed: formatDate(review.lastReviewed, locale),
    nextReviewDue: review.nextReviewDue ? formatDate(review.nextReviewDue, locale) : undefined,
    overdue: isPastDue(review.nextReviewDue, on),
    // A month ("2025-10") is in the future only after that month.
    inFuture: review.lastReviewed > on.slice(0, review.lastReviewed.length),
  };
}
