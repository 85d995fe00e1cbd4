package io.github.wsis20.model;

import io.github.wsis20.model.constraints.CodePointLength;
import io.github.wsis20.model.constraints.EntityId;
import io.github.wsis20.model.constraints.NotBlankText;
import io.github.wsis20.model.symbol.Issuer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation, one of its organs, or an office holder acting for it: the General Assembly,
 * ECOSOC, the CSTD, UNCTAD, ITU and its Plenipotentiary Conference, Council, Council Working
 * Group and Secretary-General, UNESCO and its General Conference and Director-General.
 *
 * <p>An organ names the organisation it belongs to as its {@link #getParent() parent}; a body that
 * reports to another names it in {@link #getReportsTo()}. Neither chain may loop, which a
 * validator checks on a dataset.
 */
@Value.Immutable
public abstract class Body implements Entity, WithBody {

  Body() {}

  @Override
  @NotNull
  @EntityId
  public abstract String getId();

  /**
   * The full name: {@code "Commission on Science and Technology for Development"}.
   *
   * @return the name
   */
  @NotBlankText
  @CodePointLength(max = 300)
  public abstract String getName();

  /**
   * The usual abbreviation: {@code "CSTD"}.
   *
   * @return the abbreviation, if it has one
   */
  public abstract Optional<@NotBlankText @CodePointLength(max = 40) String> getAbbreviation();

  /**
   * What kind of body it is.
   *
   * @return the kind
   */
  public abstract BodyKind getKind();

  /**
   * The organisation or organ this one belongs to: ITU for the ITU Council, ECOSOC for the CSTD.
   *
   * @return the parent's id, if any
   */
  public abstract Optional<@EntityId String> getParent();

  /**
   * The body this one reports to: ECOSOC for the CSTD, the General Assembly for ECOSOC.
   *
   * @return that body's id, if any
   */
  public abstract Optional<@EntityId String> getReportsTo();

  /**
   * The body that services this one: UNCTAD services the CSTD.
   *
   * @return that body's id, if any
   */
  public abstract Optional<@EntityId String> getServicedBy();

  /**
   * The document-symbol series whose grammar this body's instruments follow.
   *
   * @return the series, if the body issues symbols
   */
  public abstract Optional<Issuer> getSymbolIssuer();

  /**
   * When the body meets.
   *
   * @return its calendar, if it meets to one
   */
  public abstract Optional<@Valid SessionCalendar> getCalendar();

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

  /** Builds a {@link Body}. */
  public static final class Builder extends ImmutableBody.Builder {
    Builder() {}
  }
}
