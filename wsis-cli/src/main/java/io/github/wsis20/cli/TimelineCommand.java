package io.github.wsis20.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.wsis20.io.ReferenceData;
import io.github.wsis20.model.Body;
import io.github.wsis20.model.Dataset;
import io.github.wsis20.model.DateRange;
import io.github.wsis20.model.DeliverableStatus;
import io.github.wsis20.model.Fulfilment;
import io.github.wsis20.model.MandateStatus;
import io.github.wsis20.model.Obligation;
import io.github.wsis20.model.ReviewProcess;
import io.github.wsis20.model.Route;
import io.github.wsis20.model.Supersession;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code wsis timeline}: the bundled deliverables as they stand on a date, what is current first,
 * with who owes what to whom, through whom, by when, under which instrument, and what delivered it.
 */
@Command(name = "timeline", mixinStandardHelpOptions = true, versionProvider = Wsis.Version.class, header = "Prints the bundled deliverables as they stand on a date, what is due or overdue first.", description = "Prints the deliverables of the bundled dataset as they stand on a date: what is due or overdue"
    + " first, then what is ahead, then what is past, each with who owes it to whom, through whom, by when,"
    + " under which instrument, and the public record that delivered it.")
final class TimelineCommand implements Callable<Integer> {
  private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  /** What each status means, for the legend of both outputs. */
  static final Map<DeliverableStatus, String> MEANINGS = new EnumMap<>(Map.of(
      DeliverableStatus.DUE, "its due period includes the date, and no delivery is on record yet",
      DeliverableStatus.OVERDUE, "its due has passed; a delivery is on record, but only after the date",
      DeliverableStatus.AHEAD, "its due period has not begun",
      DeliverableStatus.OPEN, "it has no due the dataset can date",
      DeliverableStatus.NOT_RECORDED,
      "its due has passed and no delivery is on record (which does not mean it was not delivered)",
      DeliverableStatus.DELIVERED, "a public record of its delivery falls on or before the date"));

  static final String ROUTE_LEGEND = "A -> B => C: written by A, passed on through B, addressed to C";

  /** The heading of each group of the text output, in timeline order. */
  private static final Map<String, Set<DeliverableStatus>> GROUPS = new LinkedHashMap<>();

  static {
    GROUPS.put("Due now or overdue", Set.of(DeliverableStatus.DUE, DeliverableStatus.OVERDUE));
    GROUPS.put("Ahead", Set.of(DeliverableStatus.AHEAD));
    GROUPS.put("Without a date", Set.of(DeliverableStatus.OPEN));
    GROUPS.put("Past, delivery not recorded", Set.of(DeliverableStatus.NOT_RECORDED));
    GROUPS.put("Delivered", Set.of(DeliverableStatus.DELIVERED));
  }

  /** The output forms. */
  enum Output {
    text, json
  }

  @Spec
  CommandSpec spec;

  @Option(names = "--as-of", paramLabel = "DATE", description = "The date to judge against (YYYY-MM-DD). Default: today.")
  LocalDate asOf;

  @Option(names = "--body", paramLabel = "BODY", description = "Only what this body or its organs owe, receive or pass on: an id or abbreviation, in any case"
      + " (itu, ITU, cstd, unesco-gc).")
  String body;

  @Option(names = "--process", paramLabel = "ID", description = "Only the deliverables of this review process (wsis+20, wsis+10, ...). Default: every deliverable.")
  String process;

  @Option(names = "--output", paramLabel = "FORM", defaultValue = "text", description = "text or json, with the same content. Default: ${DEFAULT-VALUE}.")
  Output output;

  /** One line of the timeline: an obligation and where it and its mandate stand on the date. */
  static final class Entry {
    final Obligation obligation;
    final DeliverableStatus status;
    final Optional<MandateStatus> mandate;
    final List<Supersession> supersededBy;

    Entry(Dataset dataset, Obligation obligation, LocalDate date) {
      this.obligation = obligation;
      this.status = obligation.statusOn(date);
      this.mandate = dataset.mandateStatusOn(obligation.getMandate().getId(), date);
      this.supersededBy = dataset.supersessionsOf(obligation.getInstrument().getId()).stream()
          .filter(s -> s.isInEffectOn(date)).collect(Collectors.toList());
    }
  }

  @Override
  public Integer call() throws IOException {
    Dataset dataset = ReferenceData.wsis20();
    LocalDate date = asOf != null ? asOf : LocalDate.now();
    String bodyId = body == null ? null : Names.resolveBody(spec.commandLine(), dataset, body);
    ReviewProcess review = process == null ? null : Names.resolveProcess(spec.commandLine(), dataset, process);
    List<Obligation> obligations = bodyId == null ? dataset.timeline(date) : dataset.timelineOf(bodyId, date);
    List<Entry> entries = obligations.stream()
        .filter(o -> review == null || review.getDeliverables().contains(o.getDeliverable().getId()))
        .map(o -> new Entry(dataset, o, date))
        .collect(Collectors.toList());
    PrintWriter out = spec.commandLine().getOut();
    if (output == Output.json) {
      json(dataset, date, bodyId, review, entries, out);
    } else {
      text(dataset, date, bodyId, review, entries, out);
    }
    out.flush();
    return Wsis.OK;
  }

  // ---- Text -----------------------------------------------------------------------------------

  private static void text(Dataset dataset, LocalDate date, String bodyId, ReviewProcess review, List<Entry> entries,
      PrintWriter out) {
    out.printf("Deliverables of the bundled dataset%s%s, as of %s: %d%n%n",
        bodyId == null ? "" : " involving " + Names.body(dataset, bodyId) + " or its organs",
        review == null ? "" : " in the " + review.getName(), date, entries.size());
    out.println("Status on the date:");
    MEANINGS.forEach((status, meaning) -> out.printf("  %-13s %s%n", status.name(), meaning));
    out.println("Route: " + ROUTE_LEGEND + ".");
    for (Map.Entry<String, Set<DeliverableStatus>> group : GROUPS.entrySet()) {
      List<Entry> inGroup = entries.stream().filter(e -> group.getValue().contains(e.status))
          .collect(Collectors.toList());
      if (inGroup.isEmpty()) {
        continue;
      }
      out.printf("%n%s (%d)%n%n", group.getKey(), inGroup.size());
      for (Entry e : inGroup) {
        Obligation o = e.obligation;
        out.printf("%-13s %s%n", e.status.name(), o.getDeliverable().getTitle());
        out.printf("%-13s %s%n", "", Names.due(dataset, o.getDeliverable().getDue(), o.getPeriod()));
        out.printf("%-13s %s%n", "", Names.route(dataset, o.getDeliverable().getRoute()));
        out.printf("%-13s under %s; %s%n", "", Names.instrument(dataset, o.getInstrument()), mandate(dataset, e));
        delivery(dataset, e).ifPresent(d -> out.printf("%-13s %s%n", "", d));
        out.println();
      }
    }
  }

  private static String mandate(Dataset dataset, Entry e) {
    if (e.mandate.isEmpty()) {
      return "its instrument was not yet adopted on the date";
    }
    String status = "mandate " + e.mandate.get().name();
    if (e.mandate.get() == MandateStatus.SUPERSEDED && !e.supersededBy.isEmpty()) {
      Supersession s = e.supersededBy.get(0);
      status += (s.getKind() == Supersession.Kind.REVISION ? ", revised by " : ", replaced by ")
          + Names.instrument(dataset, s.getLater()) + s.getEffective().map(d -> " from " + d).orElse("");
    }
    return status;
  }

  private static Optional<String> delivery(Dataset dataset, Entry e) {
    Obligation o = e.obligation;
    switch (e.status) {
      case DELIVERED :
        return Optional.of("delivered " + o.getDeliveredOn().orElseThrow() + ": "
            + document(dataset, o.getFulfilment().orElseThrow()));
      case OVERDUE :
        return Optional.of("delivered only later, on " + o.getDeliveredOn().orElseThrow() + ": "
            + document(dataset, o.getFulfilment().orElseThrow()));
      case NOT_RECORDED :
        return Optional.of("delivery not recorded");
      default :
        return Optional.empty();
    }
  }

  private static String document(Dataset dataset, Fulfilment f) {
    String title = f.getSymbol().isPresent() && f.getTitle().isPresent() ? " (" + f.getTitle().get() + ")" : "";
    return f.document() + title + f.getMeeting().map(m -> ", at " + Names.meeting(dataset, m)).orElse("");
  }

  // ---- JSON -----------------------------------------------------------------------------------

  private static void json(Dataset dataset, LocalDate date, String bodyId, ReviewProcess review, List<Entry> entries,
      PrintWriter out) throws IOException {
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("asOf", date.toString());
      if (bodyId == null) {
        g.writeNullField("body");
      } else {
        g.writeFieldName("body");
        named(g, bodyId, Names.body(dataset, bodyId));
      }
      if (review == null) {
        g.writeNullField("process");
      } else {
        g.writeFieldName("process");
        named(g, review.getId(), review.getName());
      }
      g.writeObjectFieldStart("legend");
      g.writeObjectFieldStart("status");
      for (Map.Entry<DeliverableStatus, String> m : MEANINGS.entrySet()) {
        g.writeStringField(m.getKey().name(), m.getValue());
      }
      g.writeEndObject();
      g.writeStringField("route", ROUTE_LEGEND);
      g.writeEndObject();
      g.writeNumberField("count", entries.size());
      g.writeArrayFieldStart("deliverables");
      for (Entry e : entries) {
        entry(g, dataset, e);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.println();
  }

  private static void entry(JsonGenerator g, Dataset dataset, Entry e) throws IOException {
    Obligation o = e.obligation;
    g.writeStartObject();
    g.writeStringField("status", e.status.name());
    g.writeStringField("id", o.getDeliverable().getId());
    g.writeStringField("title", o.getDeliverable().getTitle());
    g.writeStringField("kind", o.getDeliverable().getKind().name());
    nullable(g, "due", o.getDeliverable().getDue().map(Object::toString));
    g.writeStringField("dueText", Names.due(dataset, o.getDeliverable().getDue(), o.getPeriod()));
    if (o.getPeriod().isPresent()) {
      DateRange p = o.getPeriod().get();
      g.writeObjectFieldStart("period");
      g.writeStringField("first", p.getFirst().toString());
      g.writeStringField("last", p.getLast().toString());
      g.writeEndObject();
    } else {
      g.writeNullField("period");
    }
    Route r = o.getDeliverable().getRoute();
    g.writeObjectFieldStart("route");
    g.writeFieldName("author");
    body(g, dataset, r.getAuthor());
    g.writeArrayFieldStart("through");
    for (String id : r.getThrough()) {
      body(g, dataset, id);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("to");
    for (String id : r.getTo()) {
      body(g, dataset, id);
    }
    g.writeEndArray();
    g.writeStringField("text", Names.route(dataset, r));
    g.writeEndObject();
    g.writeObjectFieldStart("instrument");
    g.writeStringField("id", o.getInstrument().getId());
    nullable(g, "symbol", o.getInstrument().getSymbol().map(Object::toString));
    g.writeStringField("name", Names.instrument(dataset, o.getInstrument()));
    g.writeEndObject();
    g.writeObjectFieldStart("mandate");
    g.writeStringField("id", o.getMandate().getId());
    nullable(g, "status", e.mandate.map(Enum::name));
    g.writeArrayFieldStart("supersededBy");
    for (Supersession s : e.supersededBy) {
      g.writeStartObject();
      g.writeStringField("id", s.getLater().getId());
      g.writeStringField("name", Names.instrument(dataset, s.getLater()));
      g.writeStringField("kind", s.getKind().name());
      nullable(g, "effective", s.getEffective().map(Object::toString));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("text", mandate(dataset, e));
    g.writeEndObject();
    if (e.status == DeliverableStatus.DELIVERED || e.status == DeliverableStatus.OVERDUE) {
      Fulfilment f = o.getFulfilment().orElseThrow();
      g.writeObjectFieldStart("delivery");
      g.writeStringField("on", o.getDeliveredOn().orElseThrow().toString());
      g.writeStringField("document", f.document());
      nullable(g, "symbol", f.getSymbol().map(Object::toString));
      nullable(g, "title", f.getTitle());
      if (f.getMeeting().isPresent()) {
        g.writeFieldName("meeting");
        named(g, f.getMeeting().get(), Names.meeting(dataset, f.getMeeting().get()));
      } else {
        g.writeNullField("meeting");
      }
      g.writeEndObject();
    } else {
      g.writeNullField("delivery");
    }
    nullable(g, "deliveryText", delivery(dataset, e));
    g.writeEndObject();
  }

  private static void body(JsonGenerator g, Dataset dataset, String id) throws IOException {
    named(g, id, dataset.find(id, Body.class).map(Body::getName).orElse(id), Names.body(dataset, id));
  }

  private static void named(JsonGenerator g, String id, String name) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", id);
    g.writeStringField("name", name);
    g.writeEndObject();
  }

  private static void named(JsonGenerator g, String id, String name, String shortName) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", id);
    g.writeStringField("name", name);
    g.writeStringField("shortName", shortName);
    g.writeEndObject();
  }

  private static void nullable(JsonGenerator g, String field, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(field, value.get());
    } else {
      g.writeNullField(field);
    }
  }
}
