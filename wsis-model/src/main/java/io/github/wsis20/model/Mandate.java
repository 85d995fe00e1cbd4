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
 * One operative clause of an instrument: the adopting body {@link #getVerb() requests, instructs,
 * invites, resolves, decides or mandates} that its {@link #getAddressee() addressee}
 * {@link #getAction() do something}, possibly producing {@link #getDeliverables() deliverables},
 * following {@link #getPrinciples() principles}.
 *
 * <p>"ITU Council Resolution 1334 resolves to instruct the Secretary-General to pursue
 * collaboration with all stakeholders, following the WSIS principles of multistakeholderism and
 * inclusiveness" is a mandate with verb {@link MandateVerb#INSTRUCTS}, addressee
 * {@code itu-sg}, no deliverable and two principles.
 */
@Value.Immutable
public abstract class Mandate implements Entity, WithMandate {

  Mandate() {}

  @Override
  @NotNull
  @EntityId
  public abstract String getId();

  /**
   * The operative verb.
   *
   * @return the verb
   */
  public abstract MandateVerb getVerb();

  /**
   * The body that must act.
   *
   * @return the addressee's id
   */
  @NotNull
  @EntityId
  public abstract String getAddressee();

  /**
   * What the addressee must do, in the clause's words.
   *
   * @return the action
   */
  @NotBlankText
  @CodePointLength(max = 2000)
  public abstract String getAction();

  /**
   * What the clause asks the addressee to produce.
   *
   * @return the deliverables, possibly none
   */
  public abstract List<@Valid Deliverable> getDeliverables();

  /**
   * Until when the clause asks for its action, where the text bounds it ("in the preparatory
   * process for the high-level meeting in 2025"). A mandate without one runs until its latest
   * deliverable is due; a mandate with neither this nor a dated deliverable stands until it is
   * superseded (the CSTD's role as focal point of the WSIS follow-up).
   *
   * @return the last period of the clause, if the text gives one
   */
  public abstract Optional<Due> getUntil();

  /**
   * The principles the work must follow.
   *
   * @return principle ids, possibly none
   */
  public abstract List<@EntityId String> getPrinciples();

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

  /** Builds a {@link Mandate}. */
  public static final class Builder extends ImmutableMandate.Builder {
    Builder() {}
  }
}
