package io.github.wsis20.model;

import io.github.wsis20.model.constraints.CodePointLength;
import io.github.wsis20.model.constraints.EntityId;
import io.github.wsis20.model.constraints.NotBlankText;
import io.github.wsis20.model.symbol.DocumentSymbol;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A resolution, decision or outcome document adopted by a body: ECOSOC resolution E/RES/2023/3,
 * ITU Plenipotentiary Resolution 140 (Rev. Bucharest, 2022), ITU Council Resolutions 1332 and
 * 1334, UNESCO 42 C/Res. 40, General Assembly resolutions A/RES/70/125, A/RES/79/277 and
 * A/RES/80/173, and the Geneva and Tunis outcome documents. Its operative clauses that give work
 * to someone are its {@link #getMandates() mandates}.
 *
 * <p>A later instrument of the same body may {@link #getRevises() revise} it (a new text of the
 * same resolution: the ITU Council revised its Resolution 1332 at its 2024 session) or
 * {@link #getSupersedes() supersede} it (another instrument takes its place). Either way its
 * mandates are {@link MandateStatus#SUPERSEDED superseded} from the day the later one was
 * adopted; {@link Dataset#supersessions()} lists what superseded what.
 */
@Value.Immutable
public abstract class Instrument implements Entity, WithInstrument {

  Instrument() {}

  @Override
  @NotNull
  @EntityId
  public abstract String getId();

  /**
   * What kind of text it is.
   *
   * @return the kind
   */
  public abstract InstrumentKind getKind();

  /**
   * The document symbol. Its grammar must be the adopting body's ({@link Body#getSymbolIssuer()}).
   * A dataset leaves it out rather than guess it: a resolution may be known by its adoption and
   * its text before its number is.
   *
   * @return the symbol, if known
   */
  public abstract Optional<DocumentSymbol> getSymbol();

  /**
   * The title.
   *
   * @return the title, if it has one
   */
  public abstract Optional<@NotBlankText @CodePointLength(max = 500) String> getTitle();

  /**
   * The body that adopted it.
   *
   * @return the body's id
   */
  @NotNull
  @EntityId
  public abstract String getAdoptedBy();

  /**
   * The day it was adopted.
   *
   * @return the date, if known
   */
  public abstract Optional<LocalDate> getAdoptedOn();

  /**
   * The session or event at which it was adopted. Its date must lie within that meeting.
   *
   * @return the session's or event's id, if known
   */
  public abstract Optional<@EntityId String> getMeeting();

  /**
   * Where it was adopted: {@code "Bucharest"}.
   *
   * @return the place, if known
   */
  public abstract Optional<@NotBlankText @CodePointLength(max = 200) String> getPlace();

  /**
   * The instrument this one revises: Resolution 140 (Rev. Bucharest, 2022) revises earlier texts
   * of Resolution 140. It must be an earlier instrument of the same body.
   *
   * @return the revised instrument's id, if it is in the dataset
   */
  public abstract Optional<@EntityId String> getRevises();

  /**
   * The instruments this one replaces without being a new text of them: a resolution that takes
   * the place of others and ends their mandates. Each must be an earlier instrument of the same
   * body.
   *
   * @return the ids of the superseded instruments, possibly none
   */
  public abstract List<@EntityId String> getSupersedes();

  /**
   * Its operative clauses that give work to someone.
   *
   * @return the mandates, possibly none
   */
  public abstract List<@Valid Mandate> getMandates();

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

  /** Builds an {@link Instrument}. */
  public static final class Builder extends ImmutableInstrument.Builder {
    Builder() {}
  }
}
