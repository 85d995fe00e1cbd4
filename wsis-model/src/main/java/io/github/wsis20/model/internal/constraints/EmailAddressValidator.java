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
    return isDotAtom(address.substring(0, at)) && isDomain(address.substring(at + 1));
  }

  private static boolean isDotAtom(String local) {
    if (local.isEmpty() || local.length() > 64) {
      return false;
    }
    for (String atom : local.split("\\.", -1)) {
      if (atom.isEmpty() || !atom.chars().allMatch(c -> Ascii.isLetterOrDigit(c) || ATEXT_SYMBOLS.indexOf(c) >= 0)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDomain(String domain) {
    if (domain.isEmpty() || domain.length() > 253) {
      return false;
    }
    String[] labels = domain.split("\\.", -1);
    if (labels.length < 2) {
      return false;
    }
    for (String label : labels) {
      if (label.isEmpty() || label.length() > 63
          || !Ascii.isLetterOrDigit(label.charAt(0)) || !Ascii.isLetterOrDigit(label.charAt(label.length() - 1))
          || !label.chars().allMatch(c -> Ascii.isLetterOrDigit(c) || c == '-')) {
        return false;
      }
    }
    // An all-digit top-level label would make 192.0.2.1 a "domain": addresses are written [..].
    return !labels[labels.length - 1].chars().allMatch(Ascii::isDigit);
  }
}
