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
    if (value == null) {
      return true;
    }
    // A loop over code points, not a stream: this runs on every text of every payload.
    for (int i = 0; i < value.length();) {
      int c = Character.codePointAt(value, i);
      if (InvisibleCharacters.isVisible(c)) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }
}
