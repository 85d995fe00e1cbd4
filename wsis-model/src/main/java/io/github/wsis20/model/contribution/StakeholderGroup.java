package io.github.wsis20.model.contribution;

/**
 * The stakeholder groups a contributor belongs to: the groups that General Assembly resolution
 * A/RES/70/125 names, and {@link #OTHER}.
 */
public enum StakeholderGroup {
  /** A government. Its contributions name the country it speaks for. */
  GOVERNMENT,
  /** The private sector. */
  PRIVATE_SECTOR,
  /** Civil society. */
  CIVIL_SOCIETY,
  /** An international organization. */
  INTERNATIONAL_ORGANIZATION,
  /** The technical community. */
  TECHNICAL_COMMUNITY,
  /** The academic community. */
  ACADEMIA,
  /** Anyone else. */
  OTHER
}
