package io.github.wsis20.io.internal;

import io.github.wsis20.model.contribution.Contribution;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The binders of every version of the wire format the SDK reads, by {@code schemaVersion}: the
 * one place where a new version is registered. Internal: not API.
 */
public final class SchemaBinders {
  private static final Map<String, SchemaBinder> BINDERS = Map.of(
      ContributionBinderV1.VERSION, new ContributionBinderV1());

  private SchemaBinders() {}

  /**
   * The binder of a version.
   *
   * @param schemaVersion the version a payload names
   * @return its binder, or empty when the SDK does not read that version
   */
  public static Optional<SchemaBinder> forVersion(String schemaVersion) {
    return Optional.ofNullable(BINDERS.get(schemaVersion));
  }

  /**
   * The binder of the version this SDK writes, used when a payload names no readable version.
   *
   * @return the current binder
   */
  public static SchemaBinder current() {
    return BINDERS.get(Contribution.CURRENT_SCHEMA_VERSION);
  }

  /**
   * The versions the SDK reads.
   *
   * @return their texts
   */
  public static Set<String> versions() {
    return BINDERS.keySet();
  }
}
