package io.github.wsis20.spring.boot;

import io.github.wsis20.io.ContributionReader;
import io.github.wsis20.io.ContributionRecord;
import io.github.wsis20.io.ContributionWriter;
import io.github.wsis20.io.NdjsonReader;
import io.github.wsis20.io.ReadResult;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.problem.Problem;
import io.github.wsis20.validation.Pointer;
import io.github.wsis20.validation.ValidationReport;
import io.github.wsis20.validation.Violation;
import io.github.wsis20.validation.ViolationCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.SmartHttpMessageConverter;

/**
 * Reads and writes contributions with the SDK: a {@code @RequestBody Contribution} from
 * {@code application/json} or {@code application/yaml}, a {@code @RequestBody List<Contribution>}
 * from {@code application/x-ndjson} (one contribution per line); and writes them back in the
 * SDK's canonical form.
 *
 * <p>A body that is not a valid contribution raises an {@link InvalidContributionException} with
 * the reader's whole report, its messages in the first UN language that the request's
 * {@code Accept-Language} asks for ({@link Problem#negotiateLocale}). For an NDJSON list the
 * report holds every record's violations, each pointer prefixed with the record's index in the
 * list ({@code /2/title}) and each with its line in the body (its record's line when it has no
 * place of its own); a list is all valid or refused.
 */
public class ContributionHttpMessageConverter implements SmartHttpMessageConverter<Object> {
  /** {@code application/x-ndjson}: one JSON document per line. */
  public static final MediaType APPLICATION_NDJSON = MediaType.parseMediaType("application/x-ndjson");
  /** {@code application/yaml}. */
  public static final MediaType APPLICATION_YAML = MediaType.parseMediaType("application/yaml");

  private static final ResolvableType LIST = ResolvableType.forClassWithGenerics(List.class, Contribution.class);
  private static final List<MediaType> MEDIA_TYPES = List.of(MediaType.APPLICATION_JSON, APPLICATION_YAML,
      APPLICATION_NDJSON);

  private final ContributionReader json;
  private final ContributionReader yaml;
  private final NdjsonReader ndjson;
  private final int maxRecords;

  /**
   * A converter that reads with these readers.
   *
   * @param json the reader of JSON documents
   * @param yaml the reader of YAML documents
   * @param ndjson the reader of NDJSON lists
   * @param maxRecords the most records of one NDJSON body
   */
  public ContributionHttpMessageConverter(ContributionReader json, ContributionReader yaml, NdjsonReader ndjson,
      int maxRecords) {
    this.json = Objects.requireNonNull(json, "json");
    this.yaml = Objects.requireNonNull(yaml, "yaml");
    this.ndjson = Objects.requireNonNull(ndjson, "ndjson");
    if (maxRecords < 1) {
      throw new IllegalArgumentException("an NDJSON body may hold at least one record");
    }
    this.maxRecords = maxRecords;
  }

  @Override
  public List<MediaType> getSupportedMediaTypes() {
    return MEDIA_TYPES;
  }

  @Override
  public List<MediaType> getSupportedMediaTypes(Class<?> clazz) {
    // Writing gives one contribution; reading also takes a list, whose class alone does not say of what.
    return Contribution.class.isAssignableFrom(clazz) ? List.of(MediaType.APPLICATION_JSON, APPLICATION_YAML)
        : List.class.isAssignableFrom(clazz) ? List.of(APPLICATION_NDJSON) : List.of();
  }

  @Override
  public boolean canRead(ResolvableType type, MediaType mediaType) {
    return isOne(type) ? isJson(mediaType) || isYaml(mediaType) : isList(type) && isNdjson(mediaType);
  }

  @Override
  public boolean canWrite(ResolvableType type, Class<?> valueClass, MediaType mediaType) {
    return Contribution.class.isAssignableFrom(valueClass)
        && (mediaType == null || MediaType.ALL.equalsTypeAndSubtype(mediaType) || isJson(mediaType)
            || isYaml(mediaType));
  }

  @Override
  public Object read(ResolvableType type, HttpInputMessage inputMessage, Map<String, Object> hints) throws IOException {
    HttpHeaders headers = inputMessage.getHeaders();
    Locale locale = Problem.negotiateLocale(headers.getFirst(HttpHeaders.ACCEPT_LANGUAGE));
    MediaType contentType = headers.getContentType();
    if (isList(type)) {
      return readList(inputMessage, locale);
    }
    ContributionReader reader = contentType != null && isYaml(contentType) ? yaml : json;
    ReadResult<Contribution> result = reader.read(inputMessage.getBody(), locale);
    if (!result.isValid()) {
      throw new InvalidContributionException(result.getReport(), inputMessage);
    }
    return result.getValue().orElseThrow();
  }

  private List<Contribution> readList(HttpInputMessage inputMessage, Locale locale) throws IOException {
    List<Contribution> contributions = new ArrayList<>();
    ValidationReport.Builder report = ValidationReport.builder(locale)
        .maxViolations(json.getLimits().getMaxViolations());
    InputStream in = inputMessage.getBody();
    Iterator<ContributionRecord> records = ndjson.iterator(in, locale);
    int index = 0;
    while (records.hasNext()) {
      ContributionRecord record = records.next();
      if (index == maxRecords) {
        report.addAt(Pointer.root().index(index), ViolationCode.LIMIT_EXCEEDED, record.getLineNumber(), 1,
            "limit", "records", "max", Integer.toString(maxRecords));
        break;
      }
      ReadResult<Contribution> result = record.getResult();
      if (result.isValid()) {
        result.getValue().ifPresent(contributions::add);
      }
      for (Violation v : result.getReport().getViolations()) {
        // A violation without a place in the text is at least on its record's line.
        report.add(Pointer.parse("/" + index + v.getPointer()), v.getCode(), v.getSeverity(),
            v.getLine().orElse(record.getLineNumber()), v.getColumn().orElse(0), pairs(v.getArguments()));
      }
      index++;
    }
    ValidationReport whole = report.build();
    if (!whole.isValid()) {
      throw new InvalidContributionException(whole, inputMessage);
    }
    return contributions;
  }

  @Override
  public void write(Object value, ResolvableType type, MediaType contentType, HttpOutputMessage outputMessage,
      Map<String, Object> hints) throws IOException {
    boolean asYaml = contentType != null && isYaml(contentType);
    outputMessage.getHeaders().setContentType(
        new MediaType(asYaml ? APPLICATION_YAML : MediaType.APPLICATION_JSON, StandardCharsets.UTF_8));
    OutputStream out = outputMessage.getBody();
    (asYaml ? ContributionWriter.yaml() : ContributionWriter.compact()).write((Contribution) value, out);
    out.flush();
  }

  private static boolean isOne(ResolvableType type) {
    Class<?> raw = type.toClass();
    return Contribution.class.isAssignableFrom(raw);
  }

  private static boolean isList(ResolvableType type) {
    return type.isAssignableFrom(LIST) && List.class.isAssignableFrom(type.toClass())
        && Contribution.class.isAssignableFrom(type.getGeneric(0).toClass());
  }

  private static boolean isJson(MediaType mediaType) {
    return mediaType == null || MediaType.APPLICATION_JSON.includes(mediaType);
  }

  private static boolean isYaml(MediaType mediaType) {
    return mediaType != null && APPLICATION_YAML.includes(mediaType);
  }

  private static boolean isNdjson(MediaType mediaType) {
    return mediaType == null || APPLICATION_NDJSON.includes(mediaType);
  }

  private static String[] pairs(Map<String, String> arguments) {
    String[] pairs = new String[arguments.size() * 2];
    int i = 0;
    for (Map.Entry<String, String> e : arguments.entrySet()) {
      pairs[i++] = e.getKey();
      pairs[i++] = e.getValue();
    }
    return pairs;
  }
}
