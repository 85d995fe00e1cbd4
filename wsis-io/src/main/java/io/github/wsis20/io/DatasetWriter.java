package io.github.wsis20.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.github.wsis20.model.Body;
import io.github.wsis20.model.Dataset;
import io.github.wsis20.model.Deliverable;
import io.github.wsis20.model.Event;
import io.github.wsis20.model.Facilitation;
import io.github.wsis20.model.Fulfilment;
import io.github.wsis20.model.Instrument;
import io.github.wsis20.model.Mandate;
import io.github.wsis20.model.Principle;
import io.github.wsis20.model.ReviewProcess;
import io.github.wsis20.model.Route;
import io.github.wsis20.model.Session;
import io.github.wsis20.model.SessionCalendar;
import io.github.wsis20.model.Source;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Writes a {@link Dataset} as a YAML or JSON document that {@link DatasetReader} reads back as an
 * equal dataset. Members come in the model's order, {@code schemaVersion} first; absent optional
 * members, empty lists and booleans at their default ({@code superseded: false},
 * {@code verified: true} of a source or facilitation, {@code runsIntoNextYear: false}) are left
 * out. YAML strings are
 * double-quoted, so that none is read back as a number, date or boolean; dates, dues, symbols and
 * action lines are written in their text forms.
 *
 * <p>Immutable and thread-safe.
 */
public final class DatasetWriter {
  private static final DatasetWriter YAML = new DatasetWriter(DatasetFormat.YAML, YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .disable(YAMLGenerator.Feature.SPLIT_LINES)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build());
  private static final DatasetWriter JSON = new DatasetWriter(DatasetFormat.JSON, JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build());

  private final DatasetFormat format;
  private final JsonFactory factory;

  private DatasetWriter(DatasetFormat format, JsonFactory factory) {
    this.format = format;
    this.factory = factory;
  }

  /**
   * The YAML writer.
   *
   * @return the writer
   */
  public static DatasetWriter yaml() {
    return YAML;
  }

  /**
   * The JSON writer, indented.
   *
   * @return the writer
   */
  public static DatasetWriter json() {
    return JSON;
  }

  /**
   * The format this writer writes.
   *
   * @return the format
   */
  public DatasetFormat getFormat() {
    return format;
  }

  /**
   * Writes a dataset as UTF-8 bytes.
   *
   * @param dataset the dataset
   * @return the document
   */
  public byte[] writeBytes(Dataset dataset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(dataset, out);
    return out.toByteArray();
  }

  /**
   * Writes a dataset to a stream, as UTF-8, and leaves the stream open.
   *
   * @param dataset the dataset
   * @param out the stream
   * @throws UncheckedIOException if the stream fails
   */
  public void write(Dataset dataset, OutputStream out) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = factory.createGenerator(out)) {
      if (format == DatasetFormat.JSON) {
        g.useDefaultPrettyPrinter();
      }
      g.writeStartObject();
      g.writeStringField("schemaVersion", "1.0");
      list(g, "bodies", dataset.getBodies(), DatasetWriter::body);
      list(g, "instruments", dataset.getInstruments(), DatasetWriter::instrument);
      list(g, "sessions", dataset.getSessions(), DatasetWriter::session);
      list(g, "events", dataset.getEvents(), DatasetWriter::event);
      list(g, "reviewProcesses", dataset.getReviewProcesses(), DatasetWriter::reviewProcess);
      list(g, "principles", dataset.getPrinciples(), DatasetWriter::principle);
      list(g, "facilitations", dataset.getFacilitations(), DatasetWriter::facilitation);
      g.writeEndObject();
      if (format == DatasetFormat.JSON) {
        g.writeRaw('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes one value as an object's members. */
  @FunctionalInterface
  private interface Members<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  private static void body(JsonGenerator g, Body b) throws IOException {
    g.writeStringField("id", b.getId());
    g.writeStringField("name", b.getName());
    text(g, "abbreviation", b.getAbbreviation());
    g.writeStringField("kind", b.getKind().name());
    text(g, "parent", b.getParent());
    text(g, "reportsTo", b.getReportsTo());
    text(g, "servicedBy", b.getServicedBy());
    text(g, "symbolIssuer", b.getSymbolIssuer().map(Enum::name));
    if (b.getCalendar().isPresent()) {
      g.writeFieldName("calendar");
      g.writeStartObject();
      calendar(g, b.getCalendar().get());
      g.writeEndObject();
    }
    list(g, "sources", b.getSources(), DatasetWriter::source);
  }

  private static void calendar(JsonGenerator g, SessionCalendar c) throws IOException {
    integer(g, "anchorOrdinal", c.getAnchorOrdinal());
    g.writeNumberField("anchorYear", c.getAnchorYear());
    g.writeNumberField("intervalYears", c.getIntervalYears());
    integer(g, "validFromOrdinal", c.getValidFromOrdinal());
    if (c.isRunsIntoNextYear()) {
      g.writeBooleanField("runsIntoNextYear", true);
    }
  }

  private static void instrument(JsonGenerator g, Instrument i) throws IOException {
    g.writeStringField("id", i.getId());
    g.writeStringField("kind", i.getKind().name());
    text(g, "symbol", i.getSymbol().map(Object::toString));
    text(g, "title", i.getTitle());
    g.writeStringField("adoptedBy", i.getAdoptedBy());
    text(g, "adoptedOn", i.getAdoptedOn().map(Object::toString));
    text(g, "meeting", i.getMeeting());
    text(g, "place", i.getPlace());
    text(g, "revises", i.getRevises());
    strings(g, "supersedes", i.getSupersedes());
    list(g, "mandates", i.getMandates(), DatasetWriter::mandate);
    list(g, "sources", i.getSources(), DatasetWriter::source);
  }

  private static void mandate(JsonGenerator g, Mandate m) throws IOException {
    g.writeStringField("id", m.getId());
    g.writeStringField("verb", m.getVerb().name());
    g.writeStringField("addressee", m.getAddressee());
    g.writeStringField("action", m.getAction());
    text(g, "until", m.getUntil().map(Object::toString));
    list(g, "deliverables", m.getDeliverables(), DatasetWriter::deliverable);
    strings(g, "principles", m.getPrinciples());
    list(g, "sources", m.getSources(), DatasetWriter::source);
  }

  private static void deliverable(JsonGenerator g, Deliverable d) throws IOException {
    g.writeStringField("id", d.getId());
    g.writeStringField("kind", d.getKind().name());
    g.writeStringField("title", d.getTitle());
    Route r = d.getRoute();
    g.writeFieldName("route");
    g.writeStartObject();
    g.writeStringField("author", r.getAuthor());
    strings(g, "through", r.getThrough());
    strings(g, "to", r.getTo());
    g.writeEndObject();
    text(g, "due", d.getDue().map(Object::toString));
    list(g, "fulfilments", d.getFulfilments(), DatasetWriter::fulfilment);
    list(g, "sources", d.getSources(), DatasetWriter::source);
  }

  private static void fulfilment(JsonGenerator g, Fulfilment f) throws IOException {
    text(g, "symbol", f.getSymbol().map(Object::toString));
    text(g, "title", f.getTitle());
    text(g, "date", f.getDate().map(Object::toString));
    text(g, "meeting", f.getMeeting());
    list(g, "sources", f.getSources(), DatasetWriter::source);
  }

  private static void session(JsonGenerator g, Session s) throws IOException {
    g.writeStringField("id", s.getId());
    g.writeStringField("body", s.getBody());
    integer(g, "ordinal", s.getOrdinal());
    text(g, "name", s.getName());
    g.writeNumberField("year", s.getYear());
    text(g, "start", s.getStart().map(Object::toString));
    text(g, "end", s.getEnd().map(Object::toString));
    text(g, "place", s.getPlace());
    text(g, "within", s.getWithin());
    list(g, "sources", s.getSources(), DatasetWriter::source);
  }

  private static void event(JsonGenerator g, Event e) throws IOException {
    g.writeStringField("id", e.getId());
    g.writeStringField("name", e.getName());
    g.writeStringField("start", e.getStart().toString());
    text(g, "end", e.getEnd().map(Object::toString));
    text(g, "place", e.getPlace());
    strings(g, "organizers", e.getOrganizers());
    list(g, "sources", e.getSources(), DatasetWriter::source);
  }

  private static void reviewProcess(JsonGenerator g, ReviewProcess p) throws IOException {
    g.writeStringField("id", p.getId());
    g.writeStringField("name", p.getName());
    g.writeNumberField("periodStart", p.getPeriodStart());
    g.writeNumberField("periodEnd", p.getPeriodEnd());
    strings(g, "instruments", p.getInstruments());
    strings(g, "milestones", p.getMilestones());
    strings(g, "deliverables", p.getDeliverables());
    list(g, "sources", p.getSources(), DatasetWriter::source);
  }

  private static void principle(JsonGenerator g, Principle p) throws IOException {
    g.writeStringField("id", p.getId());
    g.writeStringField("name", p.getName());
    text(g, "description", p.getDescription());
    list(g, "sources", p.getSources(), DatasetWriter::source);
  }

  private static void facilitation(JsonGenerator g, Facilitation f) throws IOException {
    g.writeStringField("actionLine", f.getActionLine().getCode());
    g.writeStringField("body", f.getBody());
    g.writeStringField("role", f.getRole().name());
    if (!f.isVerified()) {
      g.writeBooleanField("verified", false);
    }
    list(g, "sources", f.getSources(), DatasetWriter::source);
  }

  private static void source(JsonGenerator g, Source s) throws IOException {
    g.writeStringField("citation", s.getCitation());
    text(g, "locator", s.getLocator());
    text(g, "quote", s.getQuote());
    text(g, "note", s.getNote());
    if (s.isSuperseded()) {
      g.writeBooleanField("superseded", true);
    }
    if (!s.isVerified()) {
      g.writeBooleanField("verified", false);
    }
  }

  private static void text(JsonGenerator g, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  private static void integer(JsonGenerator g, String name, OptionalInt value) throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(name, value.getAsInt());
    }
  }

  private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static <T> void list(JsonGenerator g, String name, List<T> values, Members<T> members) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(name);
    for (T v : values) {
      g.writeStartObject();
      members.write(g, v);
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
