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
 * What a mandate asks for: a report, a final report, a collection of inputs, discussions, a
 * contribution or a resolution; who writes it and to whom it goes ({@link #getRoute()}), when it
 * is due ({@link #getDue()}), and the public records that it was delivered
 * ({@link #getFulfilments()}).
 */
@Value.Immutable
public abstract class Deliverable implements Entity, WithDeliverable {

  Deliverable() {}

  @Override
  @NotNull
  @EntityId
  public abstract String getId();

  /**
   * What kind of deliverable.
   *
   * @return the kind
   */
  public abstract DeliverableKind getKind();

  /**
   * What it is, in the mandate's words: {@code "report on the 20-year review of progress made in
   * implementing the WSIS outcomes"}.
   *
   * @return the description
   */
  @NotBlankText
  @CodePointLength(max = 1000)
  public abstract String getTitle();

  /**
   * From whom, through whom, to whom.
   *
   * @return the route
   */
  @Valid
  public abstract Route getRoute();

  /**
   * When it is due.
   *
   * @return the due, if the mandate gives one
   */
  public abstract Optional<Due> getDue();

  /**
   * The public records that it was delivered, in the order the dataset gives them. The earliest
   * day among them is the day of delivery; a deliverable with none is not recorded as delivered,
   * which does not mean that it was not.
   *
   * @return the fulfilments, possibly none
   */
  public abstract List<@Valid Fulfilment> getFulfilments();

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

  /** Builds a {@link Deliverable}. */
  public static final class Builder extends ImmutableDeliverable.Builder {
    Builder() {}
  }
}
