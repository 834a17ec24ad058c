/**
 * The few vocabulary values the elements need at run time. Kept apart from `vocabulary.ts`,
 * whose arrays only validation uses, so they stay out of the elements' bundle.
 */
import type { ConditionCode } from './vocabulary.js';

/** A jurisdiction code: two capital letters, a country ("US", "GB", "CA") or "EU". */
export const JURISDICTION_PATTERN = /^[A-Z]{2}$/;

/** GRADE-like certainty of evidence, lowest first. */
export const CERTAINTY_LEVELS = ['very-low', 'low', 'moderate', 'high'] as const;
export type CertaintyLevel = (typeof CERTAINTY_LEVELS)[number];

/** True when the condition is a form of Multiple Sclerosis. */
export const isMsCondition = (code: ConditionCode): boolean => code.startsWith('ms-');

/** Kinds of notice a page can carry. */
export const NOTICE_KINDS = ['educational', 'not-approved', 'consult', 'emergency'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
