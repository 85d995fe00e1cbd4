package io.github.wsis20.model;

import io.github.wsis20.model.constraints.EntityId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.immutables.value.Value;

/**
 * That a body facilitates a WSIS Action Line, as lead or co-facilitator. The Tunis Agenda's list
 * is "indicative and non-exhaustive"; an entry that no public source confirms is marked
 * {@link #isVerified() unverified}.
 */
@Value.Immutable
public abstract class Facilitation implements WithFacilitation {

  /** The part a body takes in facilitating a line. */
  public enum Role {
    /** Lead facilitator. */
    LEAD,
    /** Co-facilitator. */
    CO_FACILITATOR
  }

  Facilitation() {}

  /**
   * The action line.
   *
   * @return the line
   */
  public abstract ActionLine getActionLine();

  /**
   * The facilitating body.
   *
   * @return its id
   */
  @NotNull
  @EntityId
  public abstract String getBody();

  /**
   * The body's part.
   *
   * @return lead or co-facilitator
   */
  public abstract Role getRole();

  /**
   * Whether a public source confirms this entry.
   *
   * @return false for an entry kept from the source text but not confirmed
   */
  @Value.Default
  public boolean isVerified() {
    return true;
  }

  /**
   * Where the entry comes from.
   *
   * @return the sources
   */
  public abstract List<@Valid Source> getSources();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Facilitation}. */
  public static final class Builder extends ImmutableFacilitation.Builder {
    Builder() {}
  }
}
