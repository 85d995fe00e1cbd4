package io.github.wsis20.model.internal.constraints;

import io.github.wsis20.model.constraints.Sha256Digest;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Sha256Digest}. Internal: not API. */
public final class Sha256DigestValidator implements ConstraintValidator<Sha256Digest, CharSequence> {

  /** Creates the validator. */
  public Sha256DigestValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    if (value.length() != 64) {
      return false;
    }
    for (int i = 0; i < 64; i++) {
      char c = value.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }
}
