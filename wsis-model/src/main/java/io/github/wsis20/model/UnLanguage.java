package io.github.wsis20.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The six official languages of the United Nations, each with its BCP 47 tag and the letter that
 * ends a WSIS document symbol in that language ({@code WSIS-03/GENEVA/DOC/4-E}).
 */
public enum UnLanguage {
  /** Arabic. */
  ARABIC("ar", 'A'),
  /** Chinese. */
  CHINESE("zh", 'C'),
  /** English. */
  ENGLISH("en", 'E'),
  /** French. */
  FRENCH("fr", 'F'),
  /** Russian. */
  RUSSIAN("ru", 'R'),
  /** Spanish. */
  SPANISH("es", 'S');

  /** Every language, for look-ups that run per report: {@code values()} copies its array each call. */
  private static final UnLanguage[] ALL = values();

  private final String tag;
  private final char symbolLetter;

  UnLanguage(String tag, char symbolLetter) {
    this.tag = tag;
    this.symbolLetter = symbolLetter;
  }

  /**
   * The BCP 47 language tag.
   *
   * @return {@code "ar"}, {@code "zh"}, {@code "en"}, {@code "fr"}, {@code "ru"} or {@code "es"}
   */
  public String getTag() {
    return tag;
  }

  /**
   * The language as a locale, for message look-ups.
   *
   * @return the locale of {@link #getTag()}
   */
  public Locale toLocale() {
    return Locale.forLanguageTag(tag);
  }

  /**
   * The capital letter that ends a WSIS document symbol in this language.
   *
   * @return one of {@code A C E F R S}
   */
  public char getSymbolLetter() {
    return symbolLetter;
  }

  /**
   * Finds the language whose document-symbol letter this is.
   *
   * @param letter a letter, in capitals
   * @return the language, or empty for any other letter
   */
  public static Optional<UnLanguage> fromSymbolLetter(char letter) {
    for (UnLanguage language : values()) {
      if (language.symbolLetter == letter) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  /**
   * Finds the official language that a locale speaks, by its primary language.
   *
   * @param locale any locale, such as {@code zh-Hans-CN}
   * @return the language, or empty when the locale's language is not one of the six
   */
  public static Optional<UnLanguage> fromLocale(Locale locale) {
    String language = locale.getLanguage();
    for (UnLanguage candidate : ALL) {
      if (candidate.tag.equals(language)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
