package io.github.wsis20.model;

import io.github.wsis20.model.constraints.CodePointLength;
import io.github.wsis20.model.constraints.EntityId;
import io.github.wsis20.model.constraints.NotBlankText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A numbered or named meeting of a body: the CSTD's 28th session (2025), UNESCO's 43rd General
 * Conference, ITU Council 2026, the Plenipotentiary Conference PP-26, or the General Assembly's
 * high-level meeting on WSIS+20, held {@link #getWithin() within} its 80th regular session.
 */
@Value.Immutable
public abstract class Session implements Entity, WithSession {

  Session() {}

  @Override
  @NotNull
  @EntityId
  public abstract String getId();

  /**
   * The body that meets.
   *
   * @return the body's id
   */
  @NotNull
  @EntityId
  public abstract String getBody();

  /**
   * The session's number, for bodies that number them: 28 for the CSTD's 28th session.
   *
   * @return the ordinal, if numbered
   */
  public abstract OptionalInt getOrdinal();

  /**
   * A name, for sessions known by one: {@code "PP-26"}, {@code "High-level meeting on WSIS+20"}.
   *
   * @return the name, if any
   */
  public abstract Optional<@NotBlankText @CodePointLength(max = 300) String> getName();

  /**
   * The year the session is held (for a General Assembly regular session, the year it opens).
   *
   * @return the year
   */
  @Min(1)
  @Max(9999)
  public abstract int getYear();

  /**
   * The first day.
   *
   * @return the first day, if known
   */
  public abstract Optional<LocalDate> getStart();

  /**
   * The last day.
   *
   * @return the last day, if known
   */
  public abstract Optional<LocalDate> getEnd();

  /**
   * Where it meets: {@code "Geneva"}.
   *
   * @return the place, if known
   */
  public abstract Optional<@NotBlankText @CodePointLength(max = 200) String> getPlace();

  /**
   * The session this one is part of: a high-level meeting within a regular session.
   *
   * @return that session's id, if any
   */
  public abstract Optional<@EntityId String> getWithin();

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

  /** Builds a {@link Session}. */
  public static final class Builder extends ImmutableSession.Builder {
    Builder() {}
  }
}
