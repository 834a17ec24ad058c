/**
 * The view model of a page's review line: dates formatted for the page's language, and whether
 * the next review is overdue.
 */
import type { Review } from './schema.js';
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
