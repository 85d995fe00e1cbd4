package io.github.wsis20.model.internal.constraints;

import io.github.wsis20.model.constraints.VisibleText;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link VisibleText} against the bundled table of invisible characters. Internal: not API. */
public final class VisibleTextValidator implements ConstraintValidator<VisibleText, CharSequence> {

  /** Creates the validator; the provider initialises it. */
  public VisibleTextValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || value.codePoints().anyMatch(InvisibleCharacters::isVisible);
  }
}
