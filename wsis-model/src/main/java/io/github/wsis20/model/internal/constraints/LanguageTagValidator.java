package io.github.wsis20.model.internal.constraints;

import io.github.wsis20.model.constraints.LanguageTag;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Set;

/**
 * Checks {@link LanguageTag}: the RFC 5646 section 2.1 ABNF, parsed subtag by subtag (no
 * backtracking regular expression), then the primary language subtag against the bundled ISO 639
 * list. Internal: not API.
 */
public final class LanguageTagValidator implements ConstraintValidator<LanguageTag, CharSequence> {
  /** The message of a well-formed tag whose primary language is not a known ISO 639 language. */
  public static final String UNKNOWN_LANGUAGE_TEMPLATE = "{io.github.wsis20.model.constraints.LanguageTag.unknownLanguage.message}";
  private static final String DEFAULT_TEMPLATE = "{io.github.wsis20.model.constraints.LanguageTag.message}";

  /** The grandfathered tags of RFC 5646, irregular and regular, in lower case. */
  private static final Set<String> GRANDFATHERED = Set.of(
      "en-gb-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo",
      "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-be-fr", "sgn-be-nl", "sgn-ch-de",
      "art-lojban", "cel-gaulish", "no-bok", "no-nyn", "zh-guoyu", "zh-hakka", "zh-min", "zh-min-nan", "zh-xiang");

  /** What a text is as a language tag. */
  public enum Verdict {
    /** Well-formed, with a known ISO 639 primary language. */
    VALID,
    /** Well-formed, but its primary language is not a known ISO 639 language. */
    UNKNOWN_LANGUAGE,
    /** Not well-formed. */
    MALFORMED
  }

  private boolean defaultMessage;

  /** Creates the validator. */
  public LanguageTagValidator() {}

  @Override
  public void initialize(LanguageTag constraint) {
    // A user who words their own message gets it for both failures.
    this.defaultMessage = DEFAULT_TEMPLATE.equals(constraint.message());
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Verdict verdict = judge(value.toString());
    if (verdict == Verdict.UNKNOWN_LANGUAGE && defaultMessage) {
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(UNKNOWN_LANGUAGE_TEMPLATE).addConstraintViolation();
    }
    return verdict == Verdict.VALID;
  }

  /**
   * Judges a text as a language tag.
   *
   * @param tag the text
   * @return the verdict
   */
  public static Verdict judge(String tag) {
    if (tag.isEmpty() || tag.length() > 255) {
      return Verdict.MALFORMED;
    }
    // ASCII folding: Unicode's turns U+212A KELVIN SIGN into k, and would read U+212A m as Khmer (km).
    String lower = Ascii.toLowerCase(tag);
    if (lower.length() <= 3 && isAlpha(lower)) {
      // The common case, a primary language alone ("en", "fra"): no grandfathered tag has this form.
      return lower.length() < 2 ? Verdict.MALFORMED
          : CodeList.LANGUAGES.contains(lower) ? Verdict.VALID : Verdict.UNKNOWN_LANGUAGE;
    }
    String[] subtags = lower.split("-", -1);
    for (String subtag : subtags) {
      if (subtag.isEmpty() || subtag.length() > 8 || !subtag.chars().allMatch(Ascii::isLetterOrDigit)) {
        return Verdict.MALFORMED;
      }
    }
    if (!GRANDFATHERED.contains(lower) && !isLangtagOrPrivateUse(subtags)) {
      return Verdict.MALFORMED;
    }
    return CodeList.LANGUAGES.contains(subtags[0]) ? Verdict.VALID : Verdict.UNKNOWN_LANGUAGE;
  }

  private static boolean isLangtagOrPrivateUse(String[] s) {
    int i = 0;
    if (s[0].equals("x")) {
      return isPrivateUse(s, 0);
    }
    // language = 2*3ALPHA ["-" extlang] / 4ALPHA / 5*8ALPHA
    String language = s[i++];
    if (language.length() < 2 || !language.chars().allMatch(Ascii::isAlpha)) {
      return false;
    }
    if (language.length() <= 3) {
      // extlang = 3ALPHA *2("-" 3ALPHA)
      for (int n = 0; n < 3 && i < s.length && s[i].length() == 3 && s[i].chars().allMatch(Ascii::isAlpha); n++) {
        i++;
      }
    }
    // script = 4ALPHA
    if (i < s.length && s[i].length() == 4 && s[i].chars().allMatch(Ascii::isAlpha)) {
      i++;
    }
    // region = 2ALPHA / 3DIGIT
    if (i < s.length && ((s[i].length() == 2 && s[i].chars().allMatch(Ascii::isAlpha))
        || (s[i].length() == 3 && s[i].chars().allMatch(Ascii::isDigit)))) {
      i++;
    }
    // variant = 5*8alphanum / (DIGIT 3alphanum)
    while (i < s.length && (s[i].length() >= 5 || (s[i].length() == 4 && Ascii.isDigit(s[i].charAt(0))))) {
      i++;
    }
    // extension = singleton 1*("-" (2*8alphanum)), singleton any alphanumeric but x
    while (i < s.length && s[i].length() == 1 && !s[i].equals("x")) {
      int start = ++i;
      while (i < s.length && s[i].length() >= 2) {
        i++;
      }
      if (i == start) {
        return false;
      }
    }
    if (i < s.length && s[i].equals("x")) {
      return isPrivateUse(s, i);
    }
    return i == s.length;
  }

  private static boolean isAlpha(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Ascii.isAlpha(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** privateuse = "x" 1*("-" (1*8alphanum)): the rest of the tag, at least one subtag after x. */
  private static boolean isPrivateUse(String[] s, int x) {
    return x + 1 < s.length;
  }
}
