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
    return slash > 0 && isRestrictedName(text.substring(0, slash)) && isRestrictedName(text.substring(slash + 1));
  }

  static boolean isRestrictedName(String name) {
    if (name.isEmpty() || name.length() > 127 || !Ascii.isLetterOrDigit(name.charAt(0))) {
      return false;
    }
    return name.chars().allMatch(c -> Ascii.isLetterOrDigit(c) || NAME_CHARS.indexOf(c) >= 0);
  }
}
