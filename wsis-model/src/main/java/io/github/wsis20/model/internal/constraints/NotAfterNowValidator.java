package io.github.wsis20.model.internal.constraints;

import io.github.wsis20.model.constraints.NotAfterNow;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;

/** Checks {@link NotAfterNow} against the provider's clock. Internal: not API. */
public final class NotAfterNowValidator implements ConstraintValidator<NotAfterNow, TemporalAccessor> {

  /** Creates the validator. */
  public NotAfterNowValidator() {}

  @Override
  public boolean isValid(TemporalAccessor value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Instant instant = value instanceof OffsetDateTime ? ((OffsetDateTime) value).toInstant() : Instant.from(value);
    return !instant.isAfter(context.getClockProvider().getClock().instant());
  }
}
