package io.github.wsis20.problem;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.wsis20.model.UnLanguage;
import io.github.wsis20.validation.ValidationReport;
import io.github.wsis20.validation.Violation;
import io.github.wsis20.validation.ViolationCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * An RFC 9457 problem document ({@code application/problem+json}) that answers a request: for a
 * contribution that could not be read or breaks the contract, its report's every violation with
 * pointer, code, severity, message, line and column; for a refused request (404, 405, 413 ...) a
 * title and detail alone. Titles and details are in the six UN languages, like the report's
 * messages.
 *
 * <pre>{@code
 * ReadResult<Contribution> result = reader.read(body, Problem.negotiateLocale(acceptLanguage));
 * if (!result.isValid()) {
 *   Problem problem = Problem.of(result.getReport());   // 422, in the report's language
 *   respond(problem.getStatus(), Problem.MEDIA_TYPE, problem.toJson());
 * }
 * }</pre>
 *
 * <p>This is the one place that says what the SDK's problem documents hold: {@link #toMap()} gives
 * the members in order for a framework's own problem type (Spring's {@code ProblemDetail}, a
 * JAX-RS entity), and {@link #writeTo(OutputStream)} writes the same members with jackson-core.
 * A violation is written as
 * {@code {"pointer", "code", "severity", "message", "line"?, "column"?, "arguments"?}}: line and
 * column where the problem has a place in the text, arguments (such as a malformed document's
 * {@code reason}) where it has any. No value of the payload is ever repeated.
 *
 * <p>Immutable and thread-safe.
 */
public final class Problem {
  /** The media type of a problem document in JSON. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /**
   * The type of a problem whose {@code violations} say what is wrong with a contribution: status
   * 422 by default.
   */
  public static final URI INVALID_CONTRIBUTION = URI
      .create("https://github.com/wsis20/wsis-sdk/blob/main/docs/problems.md#invalid-contribution");

  /** The type of a problem that says no more than its HTTP status (RFC 9457, section 4.2.1). */
  public static final URI ABOUT_BLANK = URI.create("about:blank");

  private static final JsonFactory JSON = new JsonFactory();
  private static final Map<UnLanguage, Properties> TEXTS = new EnumMap<>(UnLanguage.class);
  private static final List<Locale> LANGUAGES = new ArrayList<>();
  private static final Set<ViolationCode> SYNTAX = Set.of(ViolationCode.MALFORMED_JSON, ViolationCode.MALFORMED_YAML,
      ViolationCode.MALFORMED_CSV);

  static {
    for (UnLanguage language : UnLanguage.values()) {
      TEXTS.put(language, load(language));
      LANGUAGES.add(language.toLocale());
    }
  }

  private final URI type;
  private final String title;
  private final int status;
  private final String detail;
  private final Locale locale;
  private final List<Violation> violations;

  private Problem(URI type, String title, int status, String detail, Locale locale, List<Violation> violations) {
    this.type = type;
    this.title = title;
    this.status = status;
    this.detail = detail;
    this.locale = locale;
    this.violations = violations;
  }

  /**
   * The problem of a contribution that was refused for its report, with status 422 and title and
   * detail in the report's language.
   *
   * @param report the report of the refused contribution
   * @return the problem
   */
  public static Problem of(ValidationReport report) {
    return of(report, 422, report.getLocale());
  }

  /**
   * The problem of a contribution that was refused for its report, with a status of the
   * service's choosing (422 is usual; some services answer a malformed body with 400).
   *
   * @param report the report of the refused contribution
   * @param status the HTTP status, from 400 to 499
   * @param locale the language of title and detail (English when not a UN language); the
   *     violations keep the report's words
   * @return the problem
   * @throws IllegalArgumentException if the status is not a client error
   */
  public static Problem of(ValidationReport report, int status, Locale locale) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(locale, "locale");
    if (status < 400 || status > 499) {
      throw new IllegalArgumentException("a contribution refused for its report is a client error (4xx)");
    }
    Properties texts = texts(locale);
    Violation syntax = report.getViolations().stream()
        .filter(v -> SYNTAX.contains(v.getCode()) && v.getLine().isPresent())
        .findFirst().orElse(null);
    String detail = syntax == null
        ? texts.getProperty("detail.invalid")
        : fill(texts.getProperty("detail.malformed"), Map.of(
            "line", Long.toString(syntax.getLine().getAsLong()),
            "column", Integer.toString(syntax.getColumn().orElse(0))));
    return new Problem(INVALID_CONTRIBUTION, texts.getProperty("title.invalid"), status, detail, locale,
        report.getViolations());
  }

  /**
   * The problem of a request refused before any contribution was read: type {@code about:blank},
   * the status's title and a detail that says what to change.
   *
   * <p>The statuses and the arguments their details take: 400; 404; 405 {@code allow} (the
   * methods, {@code "POST"}); 408; 411; 413 {@code max} (the largest body in bytes); 415
   * {@code supported} (the media types); 500; 503.
   *
   * @param status the HTTP status
   * @param locale the language of title and detail (English when not a UN language)
   * @param arguments the detail's arguments as name and value pairs: {@code "max", "2097152"}
   * @return the problem
   * @throws IllegalArgumentException if the status is not one of those above, or the arguments
   *     are not pairs
   */
  public static Problem forStatus(int status, Locale locale, String... arguments) {
    Objects.requireNonNull(locale, "locale");
    if (arguments.length % 2 != 0) {
      throw new IllegalArgumentException("detail arguments come in name and value pairs");
    }
    Properties texts = texts(locale);
    String title = texts.getProperty("title." + status);
    if (title == null) {
      throw new IllegalArgumentException("no problem text for status " + status);
    }
    Map<String, String> named = new LinkedHashMap<>();
    for (int i = 0; i < arguments.length; i += 2) {
      named.put(arguments[i], arguments[i + 1]);
    }
    return new Problem(ABOUT_BLANK, title, status, fill(texts.getProperty("detail." + status), named), locale,
        List.of());
  }

  /**
   * The UN language that an {@code Accept-Language} header (RFC 9110, section 12.5.4) asks for
   * first, by the header's weights: {@code "de, fr;q=0.8"} is French.
   *
   * @param acceptLanguage the header's value, or null when the request has none
   * @return the locale of one of the six UN languages; English when the header is absent,
   *     malformed or names none of them
   */
  public static Locale negotiateLocale(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return Locale.ENGLISH;
    }
    try {
      Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
      return best != null ? best : Locale.ENGLISH;
    } catch (IllegalArgumentException e) {
      // A header that is not a list of language ranges asks for nothing in particular.
      return Locale.ENGLISH;
    }
  }

  /**
   * The problem type: {@link #INVALID_CONTRIBUTION} or {@link #ABOUT_BLANK}.
   *
   * @return the type URI
   */
  public URI getType() {
    return type;
  }

  /**
   * A short summary of the problem type, in the problem's language.
   *
   * @return the title
   */
  public String getTitle() {
    return title;
  }

  /**
   * The HTTP status of the answer.
   *
   * @return the status code
   */
  public int getStatus() {
    return status;
  }

  /**
   * What happened and what to do, in the problem's language; for a malformed document, where
   * reading stopped.
   *
   * @return the detail
   */
  public String getDetail() {
    return detail;
  }

  /**
   * The language of title and detail.
   *
   * @return the locale asked for
   */
  public Locale getLocale() {
    return locale;
  }

  /**
   * The violations of the refused contribution, in the report's order.
   *
   * @return the violations; none for a problem made {@link #forStatus for a status}
   */
  public List<Violation> getViolations() {
    return violations;
  }

  /**
   * The document's members beyond RFC 9457's own five: {@code violations}, for a problem made
   * from a report. For frameworks whose problem type carries extension members as properties.
   *
   * @return the members by name, in order; values are strings, numbers, lists and maps (a
   *     violation's {@code line} is a {@code Long}, its {@code column} an {@code Integer})
   */
  public Map<String, Object> getExtensions() {
    if (type.equals(ABOUT_BLANK)) {
      return Map.of();
    }
    List<Object> list = new ArrayList<>(violations.size());
    for (Violation v : violations) {
      Map<String, Object> member = new LinkedHashMap<>();
      member.put("pointer", v.getPointer().toString());
      member.put("code", v.getCode().getCode());
      member.put("severity", v.getSeverity().name());
      member.put("message", v.getMessage());
      v.getLine().ifPresent(line -> member.put("line", line));
      v.getColumn().ifPresent(column -> member.put("column", column));
      if (!v.getArguments().isEmpty()) {
        member.put("arguments", v.getArguments());
      }
      list.add(Collections.unmodifiableMap(member));
    }
    return Map.of("violations", Collections.unmodifiableList(list));
  }

  /**
   * The whole document: {@code type}, {@code title}, {@code status}, {@code detail}, then the
   * {@link #getExtensions() extensions}.
   *
   * @return the members by name, in the order they are written
   */
  public Map<String, Object> toMap() {
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("type", type.toString());
    members.put("title", title);
    members.put("status", status);
    members.put("detail", detail);
    members.putAll(getExtensions());
    return Collections.unmodifiableMap(members);
  }

  /**
   * Writes the document as UTF-8 JSON, {@link #toMap()}'s members in order. The stream is left
   * open.
   *
   * @param out where to write
   * @throws IOException if the stream fails
   */
  public void writeTo(OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      write(json, toMap());
    }
  }

  /**
   * The document as UTF-8 JSON bytes.
   *
   * @return the JSON
   */
  public byte[] toJson() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 + 256 * violations.size());
    try {
      writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    return out.toByteArray();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Problem)) {
      return false;
    }
    Problem that = (Problem) o;
    return type.equals(that.type) && title.equals(that.title) && status == that.status
        && detail.equals(that.detail) && locale.equals(that.locale) && violations.equals(that.violations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, title, status, detail, locale, violations);
  }

  @Override
  public String toString() {
    return status + " " + title + ": " + detail
        + (violations.isEmpty() ? "" : " (" + violations.size() + " violations)");
  }

  private static void write(JsonGenerator json, Object value) throws IOException {
    if (value instanceof Map) {
      json.writeStartObject();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        json.writeFieldName((String) e.getKey());
        write(json, e.getValue());
      }
      json.writeEndObject();
    } else if (value instanceof List) {
      json.writeStartArray();
      for (Object item : (List<?>) value) {
        write(json, item);
      }
      json.writeEndArray();
    } else if (value instanceof Integer || value instanceof Long) {
      json.writeNumber(((Number) value).longValue());
    } else {
      json.writeString((String) value);
    }
  }

  private static Properties texts(Locale locale) {
    return TEXTS.get(UnLanguage.fromLocale(locale).orElse(UnLanguage.ENGLISH));
  }

  /** Replaces each {@code {name}} once with its argument's text; nothing is evaluated. */
  private static String fill(String template, Map<String, String> arguments) {
    StringBuilder out = new StringBuilder(template.length() + 16);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      String value = close > i ? arguments.get(template.substring(i + 1, close)) : null;
      if (value != null) {
        out.append(value);
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static Properties load(UnLanguage language) {
    String name = "problems_" + language.getTag() + ".properties";
    Properties properties = new Properties();
    try (InputStream in = Problem.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return properties;
  }
}
