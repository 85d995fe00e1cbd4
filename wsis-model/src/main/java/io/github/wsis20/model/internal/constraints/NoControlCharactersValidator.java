package io.github.wsis20.model.internal.constraints;

import io.github.wsis20.model.constraints.NoControlCharacters;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link NoControlCharacters}. Internal: not API. */
public final class NoControlCharactersValidator implements ConstraintValidator<NoControlCharacters, CharSequence> {

  /** Creates the validator. */
  public NoControlCharactersValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    // Category Cc is exactly U+0000-U+001F and U+007F-U+009F; all of them are single chars.
    if (value == null) {
      return true;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
        return false;
      }
    }
    return true;
  }
}
