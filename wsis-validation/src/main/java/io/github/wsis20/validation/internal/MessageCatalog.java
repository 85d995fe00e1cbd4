package io.github.wsis20.validation.internal;

import io.github.wsis20.model.UnLanguage;
import io.github.wsis20.validation.ViolationCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The messages of every {@link ViolationCode} in the six UN languages, read once from
 * {@code messages_<tag>.properties} (UTF-8) beside this class. Internal: not API.
 *
 * <p>Not a {@link java.util.ResourceBundle}: a bundle silently falls back to another language
 * when a key is missing, and a library's bundle would compete with the application's own.
 * Placeholders are {@code {name}}, replaced once with the argument's text, never evaluated: no
 * Expression Language, no {@link java.text.MessageFormat}.
 */
public final class MessageCatalog {
  private static final Map<UnLanguage, MessageCatalog> CATALOGS = new EnumMap<>(UnLanguage.class);

  static {
    for (UnLanguage language : UnLanguage.values()) {
      CATALOGS.put(language, new MessageCatalog(language, load(language)));
    }
  }

  private final UnLanguage language;
  private final Properties templates;

  private MessageCatalog(UnLanguage language, Properties templates) {
    this.language = language;
    this.templates = templates;
  }

  /**
   * The catalog of a locale's language, English when it is not one of the six.
   *
   * @param locale any locale
   * @return the catalog
   */
  public static MessageCatalog forLocale(Locale locale) {
    return CATALOGS.get(UnLanguage.fromLocale(locale).orElse(UnLanguage.ENGLISH));
  }

  /**
   * The catalog of one language.
   *
   * @param language the language
   * @return the catalog
   */
  public static MessageCatalog of(UnLanguage language) {
    return CATALOGS.get(language);
  }

  /**
   * The language of this catalog.
   *
   * @return the language
   */
  public UnLanguage getLanguage() {
    return language;
  }

  /**
   * The template of a code in this language, as written in the file.
   *
   * @param code the code
   * @return the template, or null when the file lacks it
   */
  public String template(ViolationCode code) {
    return templates.getProperty(code.getCode());
  }

  /**
   * Words a code's message with its arguments.
   *
   * @param code the code
   * @param arguments values for the template's {@code {name}} placeholders
   * @return the message; the code's English meaning if this language lacks a template
   */
  public String format(ViolationCode code, Map<String, String> arguments) {
    String template = templates.getProperty(code.getCode());
    if (template == null) {
      return code.getMeaning();
    }
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close > i) {
        String name = template.substring(i + 1, close);
        String value = arguments.get(name);
        if (value != null) {
          out.append(value);
          i = close + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static Properties load(UnLanguage language) {
    String name = "messages_" + language.getTag() + ".properties";
    Properties properties = new Properties();
    try (InputStream in = MessageCatalog.class.getResourceAsStream(name)) {
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
