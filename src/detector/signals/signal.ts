import type { Category } from '../../contract/categories';

/** The kinds of evidence the detector weighs; their weights live in score.ts. */
export type Evidence =
  | 'pitch-decisive'
  | 'pitch-strong'
  | 'pitch-weak'
  | 'pitch-price'
  | 'label-phrase'
  | 'action-donate'
  | 'action-subscribe'
  | 'action-app'
  | 'action-follow'
  | 'action-follow-icon'
  | 'action-listen'
  | 'action-put-off'
  | 'action-account'
  | 'action-amount'
  | 'action-scan'
  | 'link-donate'
  | 'link-payment'
  | 'link-app-store'
  | 'link-app-page'
  | 'link-podcast'
  | 'link-newsletter'
  | 'link-newsletter-signup'
  | 'link-subscribe'
  | 'link-social'
  | 'form-email'
  | 'form-signup'
  | 'form-login'
  | 'form-login-step'
  | 'form-comment'
  | 'form-share'
  | 'frame-form'
  | 'token'
  | 'token-generic';

export interface Signal {
  readonly evidence: Evidence;
  /** The category it points to, or null for evidence that only says "this is a box that nags". */
  readonly category: Category | null;
  /** Stable, short, human-readable: `phrase:en:donation "support us"`, `link:payment`. */
  readonly reason: string;
}

/** Evidence of appeal wording in the block's own sentences (a price and a label's words are weighed apart). */
export function isPitch(evidence: Evidence): boolean {
  return evidence === 'pitch-decisive' || evidence === 'pitch-strong' || evidence === 'pitch-weak';
}
