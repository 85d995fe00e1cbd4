package io.github.wsis20.io.internal;

import static io.github.wsis20.io.internal.WireType.Refusal.constraint;

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
import io.github.wsis20.model.symbol.Issuer;
import io.github.wsis20.validation.ViolationCode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The dataset document, format 1.0: each entity's members, their types and which are required,
 * in the model's order. Member names are the model's accessor names without {@code get} or
 * {@code is}, with {@code schemaVersion} at the top. The dataset reader and writer and the test
 * that holds the dataset schema to it take it from here. Internal: not API.
 *
 * <p>A value of the right type that the model refuses is {@code CONSTRAINT_VIOLATED} with a
 * {@code reason} (an unknown constant, a date that is not {@code YYYY-MM-DD}, a due or a document
 * symbol that does not parse, with the model's message), or {@code UNKNOWN_ACTION_LINE}. An entity
 * with any problem is left out of the dataset.
 */
public final class DatasetWire {
  /** The version this description reads and writes. */
  public static final String VERSION = "1.0";

  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  static final WireType<String> SCHEMA_VERSION = WireType.text(v -> VERSION.equals(v) ? v : null, v -> v,
      (c, reason) -> c.reject(ViolationCode.UNSUPPORTED_SCHEMA_VERSION, "supported", VERSION));
  static final WireType<Integer> INTEGER = WireType.integer(n -> n, n -> n,
      constraint("an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE));
  static final WireType<LocalDate> DATE = WireType.text(DatasetWire::day, LocalDate::toString,
      constraint("a date YYYY-MM-DD"));
  static final WireType<Due> DUE = WireType.text(Due::parse, Due::toString, constraint(null));
  static final WireType<DocumentSymbol> SYMBOL = WireType.text(DocumentSymbol::parse, DocumentSymbol::toString,
      constraint(null));
  static final WireList<String> IDS = WireList.dropping(WireType.STRING);

  static final WireObject<Source.Builder, Source> SOURCE = WireObject.of(Source::builder, Source.Builder::build)
      .required("citation", WireType.STRING, Source.Builder::citation, Source::getCitation)
      .optional("locator", WireType.STRING, Source.Builder::locator, Source::getLocator)
      .optional("quote", WireType.STRING, Source.Builder::quote, Source::getQuote)
      .optional("note", WireType.STRING, Source.Builder::note, Source::getNote)
      .flag("superseded", Source.Builder::superseded, Source::isSuperseded, false)
      .flag("verified", Source.Builder::verified, Source::isVerified, true);
  static final WireList<Source> SOURCES = WireList.dropping(SOURCE);

  static final WireObject<SessionCalendar.Builder, SessionCalendar> CALENDAR = WireObject
      .of(SessionCalendar::builder, SessionCalendar.Builder::build)
      .optionalInt("anchorOrdinal", INTEGER, SessionCalendar.Builder::anchorOrdinal, SessionCalendar::getAnchorOrdinal)
      .required("anchorYear", INTEGER, SessionCalendar.Builder::anchorYear, SessionCalendar::getAnchorYear)
      .required("intervalYears", INTEGER, SessionCalendar.Builder::intervalYears, SessionCalendar::getIntervalYears)
      .optionalInt("validFromOrdinal", INTEGER, SessionCalendar.Builder::validFromOrdinal,
          SessionCalendar::getValidFromOrdinal)
      .flag("runsIntoNextYear", SessionCalendar.Builder::runsIntoNextYear, SessionCalendar::isRunsIntoNextYear, false);

  static final WireObject<Body.Builder, Body> BODY = WireObject.of(Body::builder, Body.Builder::build)
      .required("id", WireType.STRING, Body.Builder::id, Body::getId)
      .required("name", WireType.STRING, Body.Builder::name, Body::getName)
      .optional("abbreviation", WireType.STRING, Body.Builder::abbreviation, Body::getAbbreviation)
      .required("kind", constant(BodyKind.class), Body.Builder::kind, Body::getKind)
      .optional("parent", WireType.STRING, Body.Builder::parent, Body::getParent)
      .optional("reportsTo", WireType.STRING, Body.Builder::reportsTo, Body::getReportsTo)
      .optional("servicedBy", WireType.STRING, Body.Builder::servicedBy, Body::getServicedBy)
      .optional("symbolIssuer", constant(Issuer.class), Body.Builder::symbolIssuer, Body::getSymbolIssuer)
      .optional("calendar", CALENDAR, Body.Builder::calendar, Body::getCalendar)
      .list("sources", SOURCES, Body.Builder::sources, Body::getSources);

  static final WireObject<Route.Builder, Route> ROUTE = WireObject.of(Route::builder, Route.Builder::build)
      .required("author", WireType.STRING, Route.Builder::author, Route::getAuthor)
      .list("through", IDS, Route.Builder::through, Route::getThrough)
      .list("to", IDS, Route.Builder::to, Route::getTo);

  static final WireObject<Fulfilment.Builder, Fulfilment> FULFILMENT = WireObject
      .of(Fulfilment::builder, Fulfilment.Builder::build)
      .optional("symbol", SYMBOL, Fulfilment.Builder::symbol, Fulfilment::getSymbol)
      .optional("title", WireType.STRING, Fulfilment.Builder::title, Fulfilment::getTitle)
      .optional("date", DATE, Fulfilment.Builder::date, Fulfilment::getDate)
      .optional("meeting", WireType.STRING, Fulfilment.Builder::meeting, Fulfilment::getMeeting)
      .list("sources", SOURCES, Fulfilment.Builder::sources, Fulfilment::getSources);

  static final WireObject<Deliverable.Builder, Deliverable> DELIVERABLE = WireObject
      .of(Deliverable::builder, Deliverable.Builder::build)
      .required("id", WireType.STRING, Deliverable.Builder::id, Deliverable::getId)
      .required("kind", constant(DeliverableKind.class), Deliverable.Builder::kind, Deliverable::getKind)
      .required("title", WireType.STRING, Deliverable.Builder::title, Deliverable::getTitle)
      .required("route", ROUTE, Deliverable.Builder::route, Deliverable::getRoute)
      .optional("due", DUE, Deliverable.Builder::due, Deliverable::getDue)
      .list("fulfilments", WireList.dropping(FULFILMENT), Deliverable.Builder::fulfilments, Deliverable::getFulfilments)
      .list("sources", SOURCES, Deliverable.Builder::sources, Deliverable::getSources);

  static final WireObject<Mandate.Builder, Mandate> MANDATE = WireObject.of(Mandate::builder, Mandate.Builder::build)
      .required("id", WireType.STRING, Mandate.Builder::id, Mandate::getId)
      .required("verb", constant(MandateVerb.class), Mandate.Builder::verb, Mandate::getVerb)
      .required("addressee", WireType.STRING, Mandate.Builder::addressee, Mandate::getAddressee)
      .required("action", WireType.STRING, Mandate.Builder::action, Mandate::getAction)
      .optional("until", DUE, Mandate.Builder::until, Mandate::getUntil)
      .list("deliverables", WireList.dropping(DELIVERABLE), Mandate.Builder::deliverables, Mandate::getDeliverables)
      .list("principles", IDS, Mandate.Builder::principles, Mandate::getPrinciples)
      .list("sources", SOURCES, Mandate.Builder::sources, Mandate::getSources);

  static final WireObject<Instrument.Builder, Instrument> INSTRUMENT = WireObject
      .of(Instrument::builder, Instrument.Builder::build)
      .required("id", WireType.STRING, Instrument.Builder::id, Instrument::getId)
      .required("kind", constant(InstrumentKind.class), Instrument.Builder::kind, Instrument::getKind)
      .optional("symbol", SYMBOL, Instrument.Builder::symbol, Instrument::getSymbol)
      .optional("title", WireType.STRING, Instrument.Builder::title, Instrument::getTitle)
      .required("adoptedBy", WireType.STRING, Instrument.Builder::adoptedBy, Instrument::getAdoptedBy)
      .optional("adoptedOn", DATE, Instrument.Builder::adoptedOn, Instrument::getAdoptedOn)
      .optional("meeting", WireType.STRING, Instrument.Builder::meeting, Instrument::getMeeting)
      .optional("place", WireType.STRING, Instrument.Builder::place, Instrument::getPlace)
      .optional("revises", WireType.STRING, Instrument.Builder::revises, Instrument::getRevises)
      .list("supersedes", IDS, Instrument.Builder::supersedes, Instrument::getSupersedes)
      .list("mandates", WireList.dropping(MANDATE), Instrument.Builder::mandates, Instrument::getMandates)
      .list("sources", SOURCES, Instrument.Builder::sources, Instrument::getSources);

  static final WireObject<Session.Builder, Session> SESSION = WireObject.of(Session::builder, Session.Builder::build)
      .required("id", WireType.STRING, Session.Builder::id, Session::getId)
      .required("body", WireType.STRING, Session.Builder::body, Session::getBody)
      .optionalInt("ordinal", INTEGER, Session.Builder::ordinal, Session::getOrdinal)
      .optional("name", WireType.STRING, Session.Builder::name, Session::getName)
      .required("year", INTEGER, Session.Builder::year, Session::getYear)
      .optional("start", DATE, Session.Builder::start, Session::getStart)
      .optional("end", DATE, Session.Builder::end, Session::getEnd)
      .optional("place", WireType.STRING, Session.Builder::place, Session::getPlace)
      .optional("within", WireType.STRING, Session.Builder::within, Session::getWithin)
      .list("sources", SOURCES, Session.Builder::sources, Session::getSources);

  static final WireObject<Event.Builder, Event> EVENT = WireObject.of(Event::builder, Event.Builder::build)
      .required("id", WireType.STRING, Event.Builder::id, Event::getId)
      .required("name", WireType.STRING, Event.Builder::name, Event::getName)
      .required("start", DATE, Event.Builder::start, Event::getStart)
      .optional("end", DATE, Event.Builder::end, Event::getEnd)
      .optional("place", WireType.STRING, Event.Builder::place, Event::getPlace)
      .list("organizers", IDS, Event.Builder::organizers, Event::getOrganizers)
      .list("sources", SOURCES, Event.Builder::sources, Event::getSources);

  static final WireObject<ReviewProcess.Builder, ReviewProcess> REVIEW_PROCESS = WireObject
      .of(ReviewProcess::builder, ReviewProcess.Builder::build)
      .required("id", WireType.STRING, ReviewProcess.Builder::id, ReviewProcess::getId)
      .required("name", WireType.STRING, ReviewProcess.Builder::name, ReviewProcess::getName)
      .required("periodStart", INTEGER, ReviewProcess.Builder::periodStart, ReviewProcess::getPeriodStart)
      .required("periodEnd", INTEGER, ReviewProcess.Builder::periodEnd, ReviewProcess::getPeriodEnd)
      .list("instruments", IDS, ReviewProcess.Builder::instruments, ReviewProcess::getInstruments)
      .list("milestones", IDS, ReviewProcess.Builder::milestones, ReviewProcess::getMilestones)
      .list("deliverables", IDS, ReviewProcess.Builder::deliverables, ReviewProcess::getDeliverables)
      .list("sources", SOURCES, ReviewProcess.Builder::sources, ReviewProcess::getSources);

  static final WireObject<Principle.Builder, Principle> PRINCIPLE = WireObject
      .of(Principle::builder, Principle.Builder::build)
      .required("id", WireType.STRING, Principle.Builder::id, Principle::getId)
      .required("name", WireType.STRING, Principle.Builder::name, Principle::getName)
      .optional("description", WireType.STRING, Principle.Builder::description, Principle::getDescription)
      .list("sources", SOURCES, Principle.Builder::sources, Principle::getSources);

  static final WireObject<Facilitation.Builder, Facilitation> FACILITATION = WireObject
      .of(Facilitation::builder, Facilitation.Builder::build)
      .required("actionLine", ContributionWire.ACTION_LINE, Facilitation.Builder::actionLine,
          Facilitation::getActionLine)
      .required("body", WireType.STRING, Facilitation.Builder::body, Facilitation::getBody)
      .required("role", constant(Facilitation.Role.class), Facilitation.Builder::role, Facilitation::getRole)
      .flag("verified", Facilitation.Builder::verified, Facilitation::isVerified, true)
      .list("sources", SOURCES, Facilitation.Builder::sources, Facilitation::getSources);

  /** The whole document. */
  public static final WireObject<Dataset.Builder, Dataset> DATASET = WireObject
      .of(Dataset::builder, Dataset.Builder::build)
      .required("schemaVersion", SCHEMA_VERSION, (b, v) -> {}, d -> VERSION)
      .list("bodies", WireList.dropping(BODY), Dataset.Builder::bodies, Dataset::getBodies)
      .list("instruments", WireList.dropping(INSTRUMENT), Dataset.Builder::instruments, Dataset::getInstruments)
      .list("sessions", WireList.dropping(SESSION), Dataset.Builder::sessions, Dataset::getSessions)
      .list("events", WireList.dropping(EVENT), Dataset.Builder::events, Dataset::getEvents)
      .list("reviewProcesses", WireList.dropping(REVIEW_PROCESS), Dataset.Builder::reviewProcesses,
          Dataset::getReviewProcesses)
      .list("principles", WireList.dropping(PRINCIPLE), Dataset.Builder::principles, Dataset::getPrinciples)
      .list("facilitations", WireList.dropping(FACILITATION), Dataset.Builder::facilitations,
          Dataset::getFacilitations);

  private DatasetWire() {}

  private static <E extends Enum<E>> WireType<E> constant(Class<E> type) {
    return WireType.constant(type, constraint(WireType.oneOf(type)));
  }

  private static LocalDate day(String text) {
    if (DAY.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        // Not a day of the calendar.
      }
    }
    return null;
  }
}
