package io.github.wsis20.model.internal.constraints;

import io.github.wsis20.model.constraints.NotBlankText;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link NotBlankText}. Internal: not API. */
public final class NotBlankTextValidator implements ConstraintValidator<NotBlankText, CharSequence> {

  /** Creates the validator. */
  public NotBlankTextValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    // By char rather than by code point: no white space or space character lies outside the BMP, so
    // a surrogate, paired or not, is a character that is neither, as its code point is.
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        return true;
      }
    }
    return false;
  }
}
