package io.github.wsis20.model.internal.constraints;

import io.github.wsis20.model.constraints.EmailAddress;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link EmailAddress}: {@code dot-atom "@" Domain}, with the length limits of RFC 5321
 * section 4.5.3.1 (local part 64, domain 255 less the root's dot and length octets: 253, path 256
 * less the angle brackets: 254). Internal: not API.
 */
public final class EmailAddressValidator implements ConstraintValidator<EmailAddress, CharSequence> {
  /** RFC 5322 atext beside letters and digits. */
  private static final String ATEXT_SYMBOLS = "!#$%&'*+-/=?^_`{|}~";

  /** Creates the validator. */
  public EmailAddressValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    String address = value.toString();
    int at = address.indexOf('@');
    // '@' is not atext: an address with two is not a dot-atom address.
    if (address.length() > 254 || at < 0 || address.indexOf('@', at + 1) >= 0) {
      return false;
    }
    return isDotAtom(address, 0, at) && isDomain(address, at + 1);
  }

  /** Dot-separated atoms of atext, none empty, at most 64 characters in all. */
  private static boolean isDotAtom(String s, int from, int to) {
    if (to == from || to - from > 64 || s.charAt(from) == '.' || s.charAt(to - 1) == '.') {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '.' ? s.charAt(i - 1) == '.' : !Ascii.isLetterOrDigit(c) && ATEXT_SYMBOLS.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * At least two dot-separated labels of letters, digits and hyphens, each 1 to 63 characters that
   * begin and end with a letter or digit, at most 253 in all.
   */
  private static boolean isDomain(String s, int from) {
    int to = s.length();
    if (to == from || to - from > 253) {
      return false;
    }
    int labels = 0;
    int start = from;
    boolean digitsOnly = true;
    for (int i = from; i <= to; i++) {
      if (i < to && s.charAt(i) != '.') {
        char c = s.charAt(i);
        if (!Ascii.isLetterOrDigit(c) && c != '-') {
          return false;
        }
        digitsOnly &= Ascii.isDigit(c);
        continue;
      }
      if (i == start || i - start > 63 || !Ascii.isLetterOrDigit(s.charAt(start))
          || !Ascii.isLetterOrDigit(s.charAt(i - 1))) {
        return false;
      }
      labels++;
      if (i < to) {
        start = i + 1;
        digitsOnly = true;
      }
    }
    // An all-digit top-level label would make 192.0.2.1 a "domain": addresses are written [..].
    return labels >= 2 && !digitsOnly;
  }
}
