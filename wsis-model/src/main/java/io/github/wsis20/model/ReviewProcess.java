package io.github.wsis20.model;

import io.github.wsis20.model.constraints.CodePointLength;
import io.github.wsis20.model.constraints.EntityId;
import io.github.wsis20.model.constraints.NotBlankText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.immutables.value.Value;

/**
 * A review of the WSIS outcomes as a whole: WSIS+20 reviews the years 2005 to 2025, WSIS+10 the
 * years 2005 to 2015. It gathers the instruments that organise it, its milestones (sessions and
 * events) and the deliverables it expects. Contributions name a process by its id.
 */
@Value.Immutable
public abstract class ReviewProcess implements Entity, WithReviewProcess {

  ReviewProcess() {}

  @Override
  @NotNull
  @EntityId
  public abstract String getId();

  /**
   * The process's name: {@code "WSIS+20 review"}.
   *
   * @return the name
   */
  @NotBlankText
  @CodePointLength(max = 300)
  public abstract String getName();

  /**
   * The first year under review.
   *
   * @return the year
   */
  @Min(1)
  @Max(9999)
  public abstract int getPeriodStart();

  /**
   * The last year under review.
   *
   * @return the year
   */
  @Min(1)
  @Max(9999)
  public abstract int getPeriodEnd();

  /**
   * The instruments that organise the review.
   *
   * @return instrument ids
   */
  public abstract List<@EntityId String> getInstruments();

  /**
   * Its milestones: sessions and events, in order.
   *
   * @return session and event ids
   */
  public abstract List<@EntityId String> getMilestones();

  /**
   * The deliverables the review expects.
   *
   * @return deliverable ids
   */
  public abstract List<@EntityId String> getDeliverables();

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

  /** Builds a {@link ReviewProcess}. */
  public static final class Builder extends ImmutableReviewProcess.Builder {
    Builder() {}
  }
}
