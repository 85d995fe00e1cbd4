package io.github.wsis20.io.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.wsis20.model.ActionLine;
import io.github.wsis20.model.Body;
import io.github.wsis20.model.BodyKind;
import io.github.wsis20.model.Dataset;
import io.github.wsis20.model.Deliverable;
import io.github.wsis20.model.DeliverableKind;
import io.github.wsis20.model.Due;
import io.github.wsis20.model.Event;
import io.github.wsis20.model.Facilitation;
import io.github.wsis20.model.Fulfilment;
import io.github.wsis20.model.Instrument;
import io.github.wsis20.model.InstrumentKind;
import io.github.wsis20.model.Mandate;
import io.github.wsis20.model.MandateVerb;
import io.github.wsis20.model.Principle;
import io.github.wsis20.model.ReviewProcess;
import io.github.wsis20.model.Route;
import io.github.wsis20.model.Session;
import io.github.wsis20.model.SessionCalendar;
import io.github.wsis20.model.Source;
import io.github.wsis20.model.symbol.DocumentSymbol;
import io.github.wsis20.model.symbol.InvalidSymbolException;
import io.github.wsis20.model.symbol.Issuer;
import io.github.wsis20.validation.Pointer;
import io.github.wsis20.validation.ViolationCode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Binds a dataset document, YAML or JSON, token by token into a {@link Dataset}. Internal: not
 * API.
 *
 * <p>Members are the model's accessor names without {@code get}/{@code is}, and
 * {@code schemaVersion} ("1.0") at the top. Strict as the contribution binder: an unknown member is
 * {@code UNKNOWN_MEMBER}, a repeat {@code DUPLICATE_MEMBER} (the first counts), a value of another
 * type {@code WRONG_TYPE}, a missing or null required member {@code REQUIRED}; {@code null} is the
 * same as absent; nothing is converted. A value of the right type that the model refuses is
 * {@code CONSTRAINT_VIOLATED} with a {@code reason} argument (an unknown enum constant, a date
 * that is not {@code YYYY-MM-DD}, a due or a document symbol that does not parse, with the
 * model's message), or {@code UNKNOWN_ACTION_LINE}. An entity with any such problem is left out;
 * the caller keeps the dataset only when the report has no error.
 */
public final class DatasetBinder {
  /** The version this binder reads. */
  public static final String VERSION = "1.0";

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final ReadContext c;

  /**
   * A binder over a context whose parser is at the root object's start.
   *
   * @param context the context
   */
  public DatasetBinder(ReadContext context) {
    this.c = context;
  }

  /** What to do with one member: true when the name is one the entity has. */
  @FunctionalInterface
  private interface Member {
    boolean take(String name, Pointer at) throws IOException;
  }

  /** Reads one item of a list: null when rejected. */
  @FunctionalInterface
  private interface Item<T> {
    T read(Pointer at) throws IOException;
  }

  /**
   * Reads the root object's members.
   *
   * @return the dataset, or null when a required part is missing or was rejected
   * @throws IOException when the parser fails, or a limit stops reading
   */
  public Dataset bind() throws IOException {
    Pointer root = Pointer.root();
    Dataset.Builder b = Dataset.builder();
    Set<String> got = new HashSet<>();
    boolean[] complete = {true};
    members(root, got, (name, at) -> {
      switch (name) {
        case "schemaVersion":
          String version = c.string(at);
          if (version != null && !VERSION.equals(version)) {
            c.problem(at, ViolationCode.UNSUPPORTED_SCHEMA_VERSION, "supported", VERSION);
            c.standIn(at);
            return true;
          }
          return version != null;
        case "bodies":
          return list(at, complete, this::body, b::bodies);
        case "instruments":
          return list(at, complete, this::instrument, b::instruments);
        case "sessions":
          return list(at, complete, this::session, b::sessions);
        case "events":
          return list(at, complete, this::event, b::events);
        case "reviewProcesses":
          return list(at, complete, this::reviewProcess, b::reviewProcesses);
        case "principles":
          return list(at, complete, this::principle, b::principles);
        case "facilitations":
          return list(at, complete, this::facilitation, b::facilitations);
        default:
          return unknown(name);
      }
    });
    boolean ok = require(root, got, "schemaVersion") & complete[0];
    return ok ? b.build() : null;
  }

  private Body body(Pointer p) throws IOException {
    Body.Builder b = Body.builder();
    boolean[] complete = {true};
    Set<String> got = new HashSet<>();
    if (!members(p, got, (name, at) -> {
      switch (name) {
        case "id":
          return set(c.string(at), b::id);
        case "name":
          return set(c.string(at), b::name);
        case "abbreviation":
          return set(c.string(at), b::abbreviation);
        case "kind":
          return set(constant(at, BodyKind.class), b::kind);
        case "parent":
          return set(c.string(at), b::parent);
        case "reportsTo":
          return set(c.string(at), b::reportsTo);
        case "servicedBy":
          return set(c.string(at), b::servicedBy);
        case "symbolIssuer":
          return set(constant(at, Issuer.class), b::symbolIssuer);
        case "calendar":
          return optional(at, complete, calendar(at), b::calendar);
        case "sources":
          return list(at, complete, this::source, b::sources);
        default:
          return unknown(name);
      }
    })) {
      return null;
    }
    return build(p, complete[0] & require(p, got, "id", "name", "kind"), b::build);
  }

  private SessionCalendar calendar(Pointer p) throws IOException {
    SessionCalendar.Builder b = SessionCalendar.builder();
    Set<String> got = new HashSet<>();
    if (!members(p, got, (name, at) -> {
      switch (name) {
        case "anchorOrdinal":
          return set(integer(at), b::anchorOrdinal);
        case "anchorYear":
          return set(integer(at), b::anchorYear);
        case "intervalYears":
          return set(integer(at), b::intervalYears);
        case "validFromOrdinal":
          return set(integer(at), b::validFromOrdinal);
        case "runsIntoNextYear":
          return set(bool(at), b::runsIntoNextYear);
        default:
          return unknown(name);
      }
    })) {
      return null;
    }
    return build(p, require(p, got, "anchorYear", "intervalYears"), b::build);
  }

  private Session session(Pointer p) throws IOException {
    Session.Builder b = Session.builder();
    boolean[] complete = {true};
    Set<String> got = new HashSet<>();
    if (!members(p, got, (name, at) -> {
      switch (name) {
        case "id":
          return set(c.string(at), b::id);
        case "body":
          return set(c.string(at), b::body);
        case "ordinal":
          return set(integer(at), b::ordinal);
        case "name":
          return set(c.string(at), b::name);
        case "year":
          return set(integer(at), b::year);
        case "start":
          return set(date(at), b::start);
        case "end":
          return set(date(at), b::end);
        case "place":
          return set(c.string(at), b::place);
        case "within":
          return set(c.string(at), b::within);
        case "sources":
          return list(at, complete, this::source, b::sources);
        default:
          return unknown(name);
      }
    })) {
      return null;
    }
    return build(p, complete[0] & require(p, got, "id", "body", "year"), b::build);
  }

  private Event event(Pointer p) throws IOException {
    Event.Builder b = Event.builder();
    boolean[] complete = {true};
    Set<String> got = new HashSet<>();
    if (!members(p, got, (name, at) -> {
      switch (name) {
        case "id":
          return set(c.string(at), b::id);
        case "name":
          return set(c.string(at), b::name);
        case "start":
          return set(date(at), b::start);
        case "end":
          return set(date(at), b::end);
        case "place":
          return set(c.string(at), b::place);
        case "organizers":
          return list(at, complete, this::text, b::organizers);
        case "sources":
          return list(at, complete, this::source, b::sources);
        default:
          return unknown(name);
      }
    })) {
      return null;
    }
    return build(p, complete[0] & require(p, got, "id", "name", "start"), b::build);
  }

  private Instrument instrument(Pointer p) throws IOException {
    Instrument.Builder b = Instrument.builder();
    boolean[] complete = {true};
    Set<String> got = new HashSet<>();
    if (!members(p, got, (name, at) -> {
      switch (name) {
        case "id":
          return set(c.string(at), b::id);
        case "kind":
          return set(constant(at, InstrumentKind.class), b::kind);
        case "symbol":
          return set(symbol(at), b::symbol);
        case "title":
          return set(c.string(at), b::title);
        case "adoptedBy":
          return set(c.string(at), b::adoptedBy);
        case "adoptedOn":
          return set(date(at), b::adoptedOn);
        case "meeting":
          return set(c.string(at), b::meeting);
        case "place":
          return set(c.string(at), b::place);
        case "revises":
          return set(c.string(at), b::revises);
        case "supersedes":
          return list(at, complete, this::text, b::supersedes);
        case "mandates":
          return list(at, complete, this::mandate, b::mandates);
        case "sources":
          return list(at, complete, this::source, b::sources);
        default:
          return unknown(name);
      }
    })) {
      return null;
    }
    return build(p, complete[0] & require(p, got, "id", "kind", "adoptedBy"), b::build);
  }

  private Mandate mandate(Pointer p) throws IOException {
    Mandate.Builder b = Mandate.builder();
    boolean[] complete = {true};
    Set<String> got = new HashSet<>();
    if (!members(p, got, (name, at) -> {
      switch (name) {
        case "id":
          return set(c.string(at), b::id);
        case "verb":
          return set(constant(at, MandateVerb.class), b::verb);
        case "addressee":
          return set(c.string(at), b::addressee);
        case "action":
          return set(c.string(at), b::action);
        case "until":
          return set(due(at), b::until);
        case "deliverables":
          return list(at, complete, this::deliverable, b::deliverables);
        case "principles":
          return list(at, complete, this::text, b::principles);
        case "sources":
          return list(at, complete, this::source, b::sources);
        default:
          return unknown(name);
      }
    })) {
      return null;
    }
    return build(p, complete[0] & require(p, got, "id", "verb", "addressee", "action"), b::build);
  }

  private Deliverable deliverable(Pointer p) throws IOException {
    Deliverable.Builder b = Deliverable.builder();
    boolean[] complete = {true};
    Set<String> got = new HashSet<>();
    if (!members(p, got, (name, at) -> {
      switch (name) {
        case "id":
          return set(c.string(at), b::id);
        case "kind":
          return set(constant(at, DeliverableKind.class), b::kind);
        case "title":
          return set(c.string(at), b::title);
        case "route":
          return optional(at, complete, route(at), b::route);
        case "due":
          return set(due(at), b::due);
        case "fulfilments":
          return list(at, complete, this::fulfilment, b::fulfilments);
        case "sources":
          return list(at, complete, this::source, b::sources);
        default:
          return unknown(name);
      }
    })) {
      return null;
    }
    return build(p, complete[0] & require(p, got, "id", "kind", "title", "route"), b::build);
  }

  private Fulfilment fulfilment(Pointer p) throws IOException {
    Fulfilment.Builder b = Fulfilment.builder();
    boolean[] complete = {true};
    Set<String> got = new HashSet<>();
    if (!members(p, got, (name, at) -> {
      switch (name) {
        case "symbol":
          return set(symbol(at), b::symbol);
        case "title":
          return set(c.string(at), b::title);
        case "date":
          return set(date(at), b::date);
        case "meeting":
          return set(c.string(at), b::meeting);
        case "sources":
          return list(at, complete, this::source, b::sources);
        default:
          return unknown(name);
      }
    })) {
      return null;
    }
    // The model refuses a fulfilment without a document or a place in time, with its reason; a
    // symbol or date refused already is not reported a second time as missing.
    boolean refused = c.isStandIn(p.member("symbol")) || c.isStandIn(p.member("date"));
    return build(p, complete[0] & !refused, b::build);
  }

  private Route route(Pointer p) throws IOException {
    Route.Builder b = Route.builder();
    boolean[] complete = {true};
    Set<String> got = new HashSet<>();
    if (!members(p, got, (name, at) -> {
      switch (name) {
        case "author":
          return set(c.string(at), b::author);
        case "through":
          return list(at, complete, this::text, b::through);
        case "to":
          return list(at, complete, this::text, b::to);
        default:
          return unknown(name);
      }
    })) {
      return null;
    }
    return build(p, complete[0] & require(p, got, "author"), b::build);
  }

  private ReviewProcess reviewProcess(Pointer p) throws IOException {
    ReviewProcess.Builder b = ReviewProcess.builder();
    boolean[] complete = {true};
    Set<String> got = new HashSet<>();
    if (!members(p, got, (name, at) -> {
      switch (name) {
        case "id":
          return set(c.string(at), b::id);
        case "name":
          return set(c.string(at), b::name);
        case "periodStart":
          return set(integer(at), b::periodStart);
        case "periodEnd":
          return set(integer(at), b::periodEnd);
        case "instruments":
          return list(at, complete, this::text, b::instruments);
        case "milestones":
          return list(at, complete, this::text, b::milestones);
        case "deliverables":
          return list(at, complete, this::text, b::deliverables);
        case "sources":
          return list(at, complete, this::source, b::sources);
        default:
          return unknown(name);
      }
    })) {
      return null;
    }
    return build(p, complete[0] & require(p, got, "id", "name", "periodStart", "periodEnd"), b::build);
  }

  private Principle principle(Pointer p) throws IOException {
    Principle.Builder b = Principle.builder();
    boolean[] complete = {true};
    Set<String> got = new HashSet<>();
    if (!members(p, got, (name, at) -> {
      switch (name) {
        case "id":
          return set(c.string(at), b::id);
        case "name":
          return set(c.string(at), b::name);
        case "description":
          return set(c.string(at), b::description);
        case "sources":
          return list(at, complete, this::source, b::sources);
        default:
          return unknown(name);
      }
    })) {
      return null;
    }
    return build(p, complete[0] & require(p, got, "id", "name"), b::build);
  }

  private Facilitation facilitation(Pointer p) throws IOException {
    Facilitation.Builder b = Facilitation.builder();
    boolean[] complete = {true};
    Set<String> got = new HashSet<>();
    if (!members(p, got, (name, at) -> {
      switch (name) {
        case "actionLine":
          return set(ContributionBinderV1.actionLine(c, at), b::actionLine);
        case "body":
          return set(c.string(at), b::body);
        case "role":
          return set(constant(at, Facilitation.Role.class), b::role);
        case "verified":
          return set(bool(at), b::verified);
        case "sources":
          return list(at, complete, this::source, b::sources);
        default:
          return unknown(name);
      }
    })) {
      return null;
    }
    return build(p, complete[0] & require(p, got, "actionLine", "body", "role"), b::build);
  }

  private Source source(Pointer p) throws IOException {
    Source.Builder b = Source.builder();
    Set<String> got = new HashSet<>();
    if (!members(p, got, (name, at) -> {
      switch (name) {
        case "citation":
          return set(c.string(at), b::citation);
        case "locator":
          return set(c.string(at), b::locator);
        case "quote":
          return set(c.string(at), b::quote);
        case "note":
          return set(c.string(at), b::note);
        case "superseded":
          return set(bool(at), b::superseded);
        case "verified":
          return set(bool(at), b::verified);
        default:
          return unknown(name);
      }
    })) {
      return null;
    }
    return build(p, require(p, got, "citation"), b::build);
  }

  // ---- Values ---------------------------------------------------------------------------------

  private String text(Pointer at) throws IOException {
    return c.string(at);
  }

  private Integer integer(Pointer at) throws IOException {
    JsonParser parser = c.parser();
    JsonToken t = parser.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_NUMBER_INT) {
      c.wrongType(at, "integer");
      return null;
    }
    if (parser.getNumberType() != JsonParser.NumberType.INT) {
      return refuse(at, "an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
    }
    return parser.getIntValue();
  }

  private Boolean bool(Pointer at) throws IOException {
    JsonToken t = c.parser().currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      c.wrongType(at, "boolean");
      return null;
    }
    return t == JsonToken.VALUE_TRUE;
  }

  private <E extends Enum<E>> E constant(Pointer at, Class<E> type) throws IOException {
    String code = c.string(at);
    if (code == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(code)) {
        return e;
      }
    }
    return refuse(at, "one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
        .collect(Collectors.joining(", ")));
  }

  private LocalDate date(Pointer at) throws IOException {
    String text = c.string(at);
    if (text == null) {
      return null;
    }
    if (DATE.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        // Not a day of the calendar: reported below.
      }
    }
    return refuse(at, "a date YYYY-MM-DD");
  }

  private Due due(Pointer at) throws IOException {
    String text = c.string(at);
    if (text == null) {
      return null;
    }
    try {
      return Due.parse(text);
    } catch (IllegalArgumentException e) {
      return refuse(at, String.valueOf(e.getMessage()));
    }
  }

  private DocumentSymbol symbol(Pointer at) throws IOException {
    String text = c.string(at);
    if (text == null) {
      return null;
    }
    try {
      return DocumentSymbol.parse(text);
    } catch (InvalidSymbolException e) {
      return refuse(at, String.valueOf(e.getMessage()));
    }
  }

  private <T> T refuse(Pointer at, String reason) throws IOException {
    c.problem(at, ViolationCode.CONSTRAINT_VIOLATED, "reason", reason);
    c.standIn(at);
    return null;
  }

  // ---- Structure ------------------------------------------------------------------------------

  /** Reads an object's members; false when the value is null or not an object. */
  private boolean members(Pointer object, Set<String> got, Member member) throws IOException {
    if (!c.object(object)) {
      return false;
    }
    Set<String> seen = new HashSet<>();
    int count = 0;
    String name;
    while ((name = c.nextMember(object, count++)) != null) {
      Pointer at = object.member(name);
      if (!seen.add(name)) {
        c.memberProblem(at, ViolationCode.DUPLICATE_MEMBER);
        c.skip(at);
        continue;
      }
      if (member.take(name, at) && !c.isStandIn(at)) {
        got.add(name);
      }
    }
    return true;
  }

  private boolean unknown(String name) throws IOException {
    Pointer at = c.here();
    c.memberProblem(at, ViolationCode.UNKNOWN_MEMBER);
    c.standIn(at);
    c.skip(at);
    return false;
  }

  private static <T> boolean set(T value, java.util.function.Consumer<T> setter) {
    if (value == null) {
      return false;
    }
    setter.accept(value);
    return true;
  }

  /** An optional object: null or rejected leaves it unset; rejected marks the parent incomplete. */
  private <T> boolean optional(Pointer at, boolean[] complete, T value, java.util.function.Consumer<T> setter) {
    if (value == null) {
      if (c.isStandIn(at) || c.parser().currentToken() != JsonToken.VALUE_NULL) {
        complete[0] = false;
      }
      return false;
    }
    setter.accept(value);
    return true;
  }

  private <T> boolean list(Pointer at, boolean[] complete, Item<T> item,
      java.util.function.Consumer<List<T>> setter) throws IOException {
    if (!c.array(at)) {
      if (c.isStandIn(at)) {
        complete[0] = false;
      }
      return false;
    }
    List<T> items = new ArrayList<>();
    for (int i = 0; c.nextItem(at, i); i++) {
      Pointer p = at.index(i);
      T value;
      if (c.parser().currentToken() == JsonToken.VALUE_NULL) {
        c.wrongType(p, "non-null");
        value = null;
      } else {
        value = item.read(p);
      }
      if (value == null) {
        complete[0] = false;
      } else {
        items.add(value);
      }
    }
    setter.accept(items);
    return true;
  }

  private boolean require(Pointer object, Set<String> got, String... names) throws IOException {
    boolean ok = true;
    for (String name : names) {
      if (!got.contains(name)) {
        Pointer at = object.member(name);
        if (!c.isStandIn(at)) {
          c.required(at);
        }
        ok = false;
      }
    }
    return ok;
  }

  private <T> T build(Pointer at, boolean ok, java.util.function.Supplier<T> builder) throws IOException {
    if (!ok) {
      return null;
    }
    try {
      return builder.get();
    } catch (IllegalStateException | IllegalArgumentException e) {
      c.report().add(at, ViolationCode.CONSTRAINT_VIOLATED, "reason", String.valueOf(e.getMessage()));
      c.standIn(at);
      return null;
    }
  }
}
