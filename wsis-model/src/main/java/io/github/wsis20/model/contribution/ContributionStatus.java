package io.github.wsis20.model.contribution;

/**
 * Where a contribution stands. A {@link #DRAFT} may still lack its submission time, action lines
 * and summary; every other status needs them.
 */
public enum ContributionStatus {
  /** Being written. */
  DRAFT,
  /** Sent to the review. */
  SUBMITTED,
  /** Published by the review. */
  PUBLISHED,
  /** Withdrawn by its contributor. */
  WITHDRAWN
}
