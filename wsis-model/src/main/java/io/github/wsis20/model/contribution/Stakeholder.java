package io.github.wsis20.model.contribution;

import io.github.wsis20.model.constraints.CodePointLength;
import io.github.wsis20.model.constraints.CountryCode;
import io.github.wsis20.model.constraints.EmailAddress;
import io.github.wsis20.model.constraints.GovernmentHasCountry;
import io.github.wsis20.model.constraints.NoControlCharacters;
import io.github.wsis20.model.constraints.NoFormattingCharacters;
import io.github.wsis20.model.constraints.VisibleText;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who contributes to a review: a name, a stakeholder group, and for a government the country it
 * speaks for. Wire name: {@code contributor}.
 *
 * <p>The e-mail address is personal data: it never appears in {@link #toString()}.
 */
@Value.Immutable
@GovernmentHasCountry
public abstract class Stakeholder implements WithStakeholder {

  Stakeholder() {}

  /**
   * The contributor's name: 1 to 300 characters with a visible one, no control characters, no
   * bidirectional formatting or tag characters.
   *
   * @return the name
   */
  @NotNull
  @VisibleText
  @CodePointLength(max = 300)
  @NoControlCharacters
  @NoFormattingCharacters
  public abstract String getName();

  /**
   * The stakeholder group.
   *
   * @return the group
   */
  @NotNull
  public abstract StakeholderGroup getStakeholderGroup();

  /**
   * The country, as an assigned ISO 3166-1 alpha-3 code in capitals ({@code "KEN"}). Required for
   * a {@link StakeholderGroup#GOVERNMENT government}.
   *
   * @return the code, if given
   */
  public abstract Optional<@CountryCode String> getCountry();

  /**
   * A contact address. Never shown by {@link #toString()}.
   *
   * @return the address, if given
   */
  @Value.Redacted
  public abstract Optional<@EmailAddress String> getEmail();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Stakeholder}. */
  public static final class Builder extends ImmutableStakeholder.Builder {
    Builder() {}
  }
}
