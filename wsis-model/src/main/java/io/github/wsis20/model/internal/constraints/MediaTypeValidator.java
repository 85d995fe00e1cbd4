package io.github.wsis20.model.internal.constraints;

import io.github.wsis20.model.constraints.MediaType;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link MediaType}: RFC 6838 section 4.2, {@code restricted-name "/" restricted-name}. Internal: not API. */
public final class MediaTypeValidator implements ConstraintValidator<MediaType, CharSequence> {
  private static final String NAME_CHARS = "!#$&-^_.+";

  /** Creates the validator. */
  public MediaTypeValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    String text = value.toString();
    int slash = text.indexOf('/');
    return slash > 0 && isRestrictedName(text, 0, slash) && isRestrictedName(text, slash + 1, text.length());
  }

  /** Whether the text from {@code from} to {@code to} is an RFC 6838 restricted-name. */
  static boolean isRestrictedName(String text, int from, int to) {
    if (to == from || to - from > 127 || !Ascii.isLetterOrDigit(text.charAt(from))) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!Ascii.isLetterOrDigit(c) && NAME_CHARS.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }
}
