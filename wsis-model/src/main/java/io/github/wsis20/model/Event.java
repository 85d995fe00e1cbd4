package io.github.wsis20.model;

import io.github.wsis20.model.constraints.CodePointLength;
import io.github.wsis20.model.constraints.EntityId;
import io.github.wsis20.model.constraints.NotBlankText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A meeting that is not a body's session: the WSIS Geneva phase (2003) and Tunis phase (2005),
 * the WSIS+10 High-Level Event (2014), the WSIS+20 Forum High-Level Event (2024).
 */
@Value.Immutable
public abstract class Event implements Entity, WithEvent {

  Event() {}

  @Override
  @NotNull
  @EntityId
  public abstract String getId();

  /**
   * The event's name.
   *
   * @return the name
   */
  @NotBlankText
  @CodePointLength(max = 300)
  public abstract String getName();

  /**
   * The first day.
   *
   * @return the first day
   */
  public abstract LocalDate getStart();

  /**
   * The last day.
   *
   * @return the last day, if it lasted more than one
   */
  public abstract Optional<LocalDate> getEnd();

  /**
   * Where it was held.
   *
   * @return the place, if known
   */
  public abstract Optional<@NotBlankText @CodePointLength(max = 200) String> getPlace();

  /**
   * The bodies that organised it.
   *
   * @return their ids, possibly none
   */
  public abstract List<@EntityId String> getOrganizers();

  @Override
  public abstract List<@Valid Source> getSources();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Event}. */
  public static final class Builder extends ImmutableEvent.Builder {
    Builder() {}
  }
}
