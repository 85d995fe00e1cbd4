package io.github.wsis20.model.internal.constraints;

import io.github.wsis20.model.constraints.NoFormattingCharacters;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link NoFormattingCharacters}. Internal: not API. */
public final class NoFormattingCharactersValidator
    implements
      ConstraintValidator<NoFormattingCharacters, CharSequence> {
  private static final int WAVING_BLACK_FLAG = 0x1F3F4;
  private static final int CANCEL_TAG = 0xE007F;
  /** The fewest and most tag characters of a subdivision id: a region (2 letters or 3 digits) and 1 to 4 more. */
  private static final int MIN_SUBDIVISION = 3;
  private static final int MAX_SUBDIVISION = 7;

  /** Creates the validator; the provider initialises it. */
  public NoFormattingCharactersValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    // Almost every text has none of these characters: its code points are looked at only when it
    // has a bidi control or the first half of a tag character (all of U+E0000-U+E007F start with it).
    boolean any = false;
    for (int i = 0; i < value.length() && !any; i++) {
      char c = value.charAt(i);
      any = isBidiFormatting(c) || c == '\uDB40';
    }
    if (!any) {
      return true;
    }
    int[] text = value.codePoints().toArray();
    for (int i = 0; i < text.length; i++) {
      int c = text[i];
      if (isBidiFormatting(c)) {
        return false;
      }
      if (c == WAVING_BLACK_FLAG) {
        // A flag's tags are skipped as a whole; the flag alone, without tags, is an emoji too.
        i += subdivisionFlagTags(text, i + 1);
      } else if (isTag(c)) {
        return false;
      }
    }
    return true;
  }

  /** U+202A-U+202E (embeddings, overrides, pop) and U+2066-U+2069 (isolates, pop). */
  static boolean isBidiFormatting(int c) {
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
  }

  static boolean isTag(int c) {
    return c >= 0xE0000 && c <= 0xE007F;
  }

  /**
   * How many code points after a waving black flag make its subdivision tags, cancel tag included:
   * 0 when what follows is not such a sequence (its tags, if any, are then refused on their own).
   */
  private static int subdivisionFlagTags(int[] text, int from) {
    int i = from;
    while (i < text.length && i - from < MAX_SUBDIVISION && isTagDigitOrSmallLetter(text[i])) {
      i++;
    }
    int tags = i - from;
    return tags >= MIN_SUBDIVISION && i < text.length && text[i] == CANCEL_TAG ? tags + 1 : 0;
  }

  private static boolean isTagDigitOrSmallLetter(int c) {
    return (c >= 0xE0030 && c <= 0xE0039) || (c >= 0xE0061 && c <= 0xE007A);
  }
}
