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
    return value == null || value.codePoints().anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c));
  }
}
