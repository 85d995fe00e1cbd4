package io.github.wsis20.model.internal.constraints;

/**
 * ASCII character classes of the grammars the validators check. {@link Character#isLetter(int)}
 * would admit every script's letters, which none of these grammars allow. Internal: not API.
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
}
