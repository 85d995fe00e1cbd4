package io.github.wsis20.validation.internal;

import io.github.wsis20.model.UnLanguage;
import io.github.wsis20.validation.ArgumentType;
import io.github.wsis20.validation.ViolationCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
 * Expression Language, no {@link java.text.MessageFormat}. A file holds, besides one template
 * per code:
 *
 * <ul>
 *   <li>{@code CODE.generic}: the template used when the violation lacks an argument that the
 *       code's template names (a reader that does not know the fact);
 *   <li>{@code CODE.argument.value}: the words for one value of an argument, put where the
 *       template has {@code {argument}} ({@code WRONG_TYPE.actual.array=an array}); the words may
 *       name other arguments of the code, never their own. A value without words is written as
 *       it is, an {@link ArgumentType#INTEGER} with the language's digit grouping and a
 *       {@link ArgumentType#LIST} with its separator;
 *   <li>{@code list.separator}: what separates the items of a list in this language, and
 *       {@code digit.grouping} the character that groups the digits of an integer.
 * </ul>
 *
 * <p>Any locale whose language is Chinese gets the Chinese catalog, written in simplified
 * characters as the United Nations writes Chinese; there is no traditional-character catalog.
 */
public final class MessageCatalog {
  // Each language's file is read when a report in that language is first made: a program that
  // reports in one language does not read six.
  /** The catalogs loaded so far, by language ordinal. */
  private static final MessageCatalog[] LOADED = new MessageCatalog[UnLanguage.values().length];
  private static final String LIST_SEPARATOR = "list.separator";
  private static final String DIGIT_GROUPING = "digit.grouping";
  private static final String GENERIC = ".generic";

  private final UnLanguage language;
  private final Properties templates;
  private final char grouping;
  private final String listSeparator;

  private MessageCatalog(UnLanguage language, Properties templates) {
    this.language = language;
    this.templates = templates;
    // Latin digits in every language, as the templates write them, grouped by the language's custom
    // (the file says how, so that no locale data is loaded for it; a test compares it with the JDK's).
    this.grouping = templates.getProperty(DIGIT_GROUPING, ",").charAt(0);
    this.listSeparator = templates.getProperty(LIST_SEPARATOR, ", ");
  }

  /**
   * The catalog of a locale's language, English when it is not one of the six.
   *
   * @param locale any locale
   * @return the catalog
   */
  public static MessageCatalog forLocale(Locale locale) {
    return of(UnLanguage.fromLocale(locale).orElse(UnLanguage.ENGLISH));
  }

  /**
   * The catalog of one language.
   *
   * @param language the language
   * @return the catalog
   */
  public static MessageCatalog of(UnLanguage language) {
    // Every report asks: a catalog once loaded is read without a lock (its fields are final).
    MessageCatalog loaded = LOADED[language.ordinal()];
    if (loaded != null) {
      return loaded;
    }
    synchronized (LOADED) {
      if (LOADED[language.ordinal()] == null) {
        LOADED[language.ordinal()] = new MessageCatalog(language, load(language));
      }
      return LOADED[language.ordinal()];
    }
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
   * The template this language uses for a code when a violation lacks one of the arguments that
   * its {@link #template} names.
   *
   * @param code the code
   * @return the template, or null when the file has none (the code's arguments are always supplied)
   */
  public String genericTemplate(ViolationCode code) {
    return templates.getProperty(code.getCode() + GENERIC);
  }

  /**
   * The words this language has for one value of a code's argument.
   *
   * @param code the code
   * @param argument the argument's name
   * @param value its value
   * @return the words, or null when the value is written as it is
   */
  public String words(ViolationCode code, String argument, String value) {
    return templates.getProperty(code.getCode() + "." + argument + "." + value);
  }

  /**
   * Joins texts as this language writes a list.
   *
   * @param items the items
   * @return the items with the language's separator between them
   */
  public String list(Iterable<String> items) {
    return String.join(listSeparator, items);
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
    String generic = genericTemplate(code);
    if (generic != null && !suppliesEvery(template, arguments)) {
      template = generic;
    }
    return substitute(code, template, arguments, true);
  }

  private static boolean suppliesEvery(String template, Map<String, String> arguments) {
    int open = template.indexOf('{');
    while (open >= 0) {
      int close = template.indexOf('}', open);
      if (close < 0) {
        return true;
      }
      if (!arguments.containsKey(template.substring(open + 1, close))) {
        return false;
      }
      open = template.indexOf('{', close);
    }
    return true;
  }

  private String substitute(ViolationCode code, String template, Map<String, String> arguments, boolean words) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close > i) {
        String name = template.substring(i + 1, close);
        String value = arguments.get(name);
        if (value != null) {
          String worded = words ? words(code, name, value) : null;
          out.append(worded != null ? substitute(code, worded, arguments, false) : written(code, name, value));
          i = close + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /** A value as this language writes it, by its argument's type. */
  private String written(ViolationCode code, String name, String value) {
    switch (code.getArgumentType(name)) {
      case INTEGER :
        return grouped(value);
      case LIST :
        return list(Arrays.asList(value.split(", ", -1)));
      default :
        return value;
    }
  }

  private String grouped(String value) {
    int digits = value.startsWith("-") ? 1 : 0;
    if (value.length() - digits < 4 || !value.chars().skip(digits).allMatch(ch -> ch >= '0' && ch <= '9')) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length() + value.length() / 3);
    out.append(value, 0, digits);
    int length = value.length() - digits;
    for (int i = 0; i < length; i++) {
      if (i > 0 && (length - i) % 3 == 0) {
        out.append(grouping);
      }
      out.append(value.charAt(digits + i));
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
