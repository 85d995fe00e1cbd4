package io.github.wsis20.model.internal.constraints;

import io.github.wsis20.model.constraints.CountryCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link CountryCode}. Internal: not API. */
public final class CountryCodeValidator implements ConstraintValidator<CountryCode, CharSequence> {

  /** Creates the validator. */
  public CountryCodeValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || CodeList.COUNTRIES.contains(value.toString());
  }
}
