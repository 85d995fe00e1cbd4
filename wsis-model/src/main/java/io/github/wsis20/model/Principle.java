package io.github.wsis20.model;

import io.github.wsis20.model.constraints.CodePointLength;
import io.github.wsis20.model.constraints.EntityId;
import io.github.wsis20.model.constraints.NotBlankText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a mandate's work must follow: multistakeholderism, inclusiveness.
 */
@Value.Immutable
public abstract class Principle implements Entity, WithPrinciple {

  Principle() {}

  @Override
  @NotNull
  @EntityId
  public abstract String getId();

  /**
   * The principle's name: {@code "Multistakeholderism"}.
   *
   * @return the name
   */
  @NotBlankText
  @CodePointLength(max = 300)
  public abstract String getName();

  /**
   * What it asks.
   *
   * @return the description, if given
   */
  public abstract Optional<@NotBlankText @CodePointLength(max = 2000) String> getDescription();

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

  /** Builds a {@link Principle}. */
  public static final class Builder extends ImmutablePrinciple.Builder {
    Builder() {}
  }
}
