package io.github.wsis20.model;

import io.github.wsis20.model.constraints.CodePointLength;
import io.github.wsis20.model.constraints.EntityId;
import io.github.wsis20.model.constraints.NotBlankText;
import io.github.wsis20.model.symbol.DocumentSymbol;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A public record that a {@link Deliverable} was delivered: by which document, on which day, and
 * at which session or event it was presented or adopted. The WSIS+20 outcome the General Assembly
 * owed itself was delivered as {@code A/RES/80/173} on 17 December 2025, at the high-level
 * meeting of 16 and 17 December.
 *
 * <p>The document is named by its {@link #getSymbol() symbol} where it has one in a grammar the
 * SDK reads, else by its public {@link #getTitle() title}; at least one of the two is given. The
 * day is its {@link #getDate() date} where the record gives one, else the last day of its
 * {@link #getMeeting() meeting} (a dataset resolves it, {@link Dataset#deliveryDayOf}); at least
 * one of the two is given. A dataset records a fulfilment only where a public record says so:
 * a deliverable without one is not known to be undelivered, only not recorded as delivered.
 */
@Value.Immutable
public abstract class Fulfilment implements WithFulfilment {

  Fulfilment() {}

  /**
   * The symbol of the document that delivers: {@code A/RES/80/173}.
   *
   * @return the symbol, if the document has one the SDK reads
   */
  public abstract Optional<DocumentSymbol> getSymbol();

  /**
   * The public title of the document that delivers, or how the record names it where it has no
   * title of its own.
   *
   * @return the title, if given
   */
  public abstract Optional<@NotBlankText @CodePointLength(max = 500) String> getTitle();

  /**
   * The day the document was issued, adopted or presented.
   *
   * @return the day, if the record gives it
   */
  public abstract Optional<LocalDate> getDate();

  /**
   * The session or event at which the document was presented or adopted.
   *
   * @return the session's or event's id, if known
   */
  public abstract Optional<@EntityId String> getMeeting();

  /**
   * The public records of the delivery.
   *
   * @return the sources
   */
  public abstract List<@Valid Source> getSources();

  /**
   * The document as a reader would name it: its symbol, else its title.
   *
   * @return the symbol's canonical text, or the title
   */
  public String document() {
    return getSymbol().map(DocumentSymbol::toString).orElseGet(() -> getTitle().orElseThrow());
  }

  @Value.Check
  void check() {
    if (getSymbol().isEmpty() && getTitle().isEmpty()) {
      throw new IllegalStateException("a fulfilment names its document: give a symbol, a title or both");
    }
    if (getDate().isEmpty() && getMeeting().isEmpty()) {
      throw new IllegalStateException("a fulfilment is placed in time: give a date, a meeting or both");
    }
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Fulfilment}. */
  public static final class Builder extends ImmutableFulfilment.Builder {
    Builder() {}
  }
}
