package io.github.wsis20.model.internal.constraints;

import io.github.wsis20.model.constraints.ContributionId;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ContributionId}. Internal: not API. */
public final class ContributionIdValidator implements ConstraintValidator<ContributionId, CharSequence> {

  /** Creates the validator. */
  public ContributionIdValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    if (value.length() < 1 || value.length() > 128 || !Ascii.isLetterOrDigit(value.charAt(0))) {
      return false;
    }
    // A loop, as in the other validators, not chars().allMatch: every payload has an id, and a
    // stream is objects made for every call.
    for (int i = 1; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!(Ascii.isLetterOrDigit(c) || c == '.' || c == '_' || c == ':' || c == '-')) {
        return false;
      }
    }
    return true;
  }
}
