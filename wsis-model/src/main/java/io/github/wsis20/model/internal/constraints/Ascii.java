package io.github.wsis20.model.internal.constraints;

/**
 * ASCII character classes and case folding of the grammars the validators check. Internal: not
 * API.
 *
 * <p>{@link Character#isLetter(int)} would admit every script's letters, which none of these
 * grammars allow. {@link String#toLowerCase(java.util.Locale)} and
 * {@link String#equalsIgnoreCase(String)} fold by Unicode's rules, which map characters outside
 * ASCII onto ASCII letters (U+212A KELVIN SIGN to {@code k}, U+017F LATIN SMALL LETTER LONG S to
 * {@code S} in upper case, U+0130 to {@code i} plus a combining dot): a grammar of ASCII letters
 * in any case folds ASCII letters only.
 */
final class Ascii {
  private Ascii() {}

  static boolean isAlpha(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  static boolean isLetterOrDigit(int c) {
    return isAlpha(c) || isDigit(c);
  }

  /** The text with ASCII capitals in lower case and every other character as it is. */
  static String toLowerCase(String text) {
    StringBuilder lower = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        if (lower == null) {
          lower = new StringBuilder(text);
        }
        lower.setCharAt(i, (char) (c + ('a' - 'A')));
      }
    }
    return lower == null ? text : lower.toString();
  }

  /** The text with ASCII small letters in capitals and every other character as it is. */
  static String toUpperCase(String text) {
    StringBuilder upper = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'a' && c <= 'z') {
        if (upper == null) {
          upper = new StringBuilder(text);
        }
        upper.setCharAt(i, (char) (c - ('a' - 'A')));
      }
    }
    return upper == null ? text : upper.toString();
  }

  /** Whether two texts are equal once ASCII letters are folded, and only those. */
  static boolean equalsIgnoreCase(String a, String b) {
    return a.length() == b.length() && toLowerCase(a).equals(toLowerCase(b));
  }
}
