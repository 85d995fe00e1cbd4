package io.github.wsis20.cli;

import io.github.wsis20.model.UnLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * What the {@code wsis} command says in its own words (the severity, the summary line, what is
 * wrong with a file), in the language of the SDK's messages: from {@code phrases_<tag>.properties}
 * beside this class, UTF-8. A phrase a language lacks is said in English.
 */
final class Phrasebook {
  private static final Phrasebook ENGLISH = new Phrasebook(UnLanguage.ENGLISH, null);

  private final UnLanguage language;
  private final Properties phrases;
  private final Phrasebook fallback;

  private Phrasebook(UnLanguage language, Phrasebook fallback) {
    this.language = language;
    this.phrases = load(language);
    this.fallback = fallback;
  }

  /**
   * The phrasebook of the language the messages of a {@code --locale} are in: one of the six, or
   * English for any other.
   *
   * @param locale the locale
   * @return the phrasebook
   */
  static Phrasebook of(Locale locale) {
    UnLanguage language = UnLanguage.fromLocale(locale).orElse(UnLanguage.ENGLISH);
    return language == UnLanguage.ENGLISH ? ENGLISH : new Phrasebook(language, ENGLISH);
  }

  /**
   * Reads a {@code --locale} value, and says on standard error when the SDK has no messages in
   * it: a language outside the six (the messages are then English), or Chinese in traditional
   * characters (they are then in simplified characters, the only Chinese the SDK writes).
   *
   * @param tag the BCP 47 tag given
   * @param err where to say it
   * @return the locale to word messages in
   */
  static Locale chooseLocale(String tag, PrintWriter err) {
    Locale locale = Locale.forLanguageTag(tag);
    if (UnLanguage.fromLocale(locale).isEmpty()) {
      err.println("wsis: " + ENGLISH.say("locale.unknown", "tag", TextReport.escaped(tag)));
    } else if (isTraditionalChinese(locale)) {
      err.println("wsis: " + of(locale).say("locale.traditional", "tag", TextReport.escaped(tag)));
    }
    return locale;
  }

  private static boolean isTraditionalChinese(Locale locale) {
    if (!locale.getLanguage().equals("zh")) {
      return false;
    }
    String script = locale.getScript();
    if (!script.isEmpty()) {
      return script.equals("Hant");
    }
    // Without a script, the regions that write traditional characters.
    return locale.getCountry().equals("TW") || locale.getCountry().equals("HK") || locale.getCountry().equals("MO");
  }

  /**
   * The language of this phrasebook.
   *
   * @return the language
   */
  UnLanguage getLanguage() {
    return language;
  }

  /**
   * Says a phrase with its placeholders replaced, as they are.
   *
   * @param key the phrase's key
   * @param arguments names and values, in pairs
   * @return the phrase
   */
  String say(String key, String... arguments) {
    String phrase = phrases.getProperty(key);
    if (phrase == null) {
      return fallback != null ? fallback.say(key, arguments) : key;
    }
    StringBuilder out = new StringBuilder(phrase.length() + 64);
    int i = 0;
    while (i < phrase.length()) {
      int open = phrase.indexOf('{', i);
      int close = open < 0 ? -1 : phrase.indexOf('}', open);
      if (close < 0) {
        out.append(phrase, i, phrase.length());
        break;
      }
      out.append(phrase, i, open);
      String name = phrase.substring(open + 1, close);
      String value = null;
      for (int a = 0; a + 1 < arguments.length; a += 2) {
        if (arguments[a].equals(name)) {
          value = arguments[a + 1];
        }
      }
      out.append(value != null ? value : phrase.substring(open, close + 1));
      i = close + 1;
    }
    return out.toString();
  }

  private static Properties load(UnLanguage language) {
    String name = "phrases_" + language.getTag() + ".properties";
    Properties properties = new Properties();
    try (InputStream in = Phrasebook.class.getResourceAsStream(name)) {
      if (in != null) {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
          properties.load(reader);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return properties;
  }
}
