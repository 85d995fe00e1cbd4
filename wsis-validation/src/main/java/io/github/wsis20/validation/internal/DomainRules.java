package io.github.wsis20.validation.internal;

import io.github.wsis20.model.Body;
import io.github.wsis20.model.Dataset;
import io.github.wsis20.model.DateRange;
import io.github.wsis20.model.Deliverable;
import io.github.wsis20.model.Due;
import io.github.wsis20.model.Entity;
import io.github.wsis20.model.Event;
import io.github.wsis20.model.Facilitation;
import io.github.wsis20.model.Fulfilment;
import io.github.wsis20.model.Instrument;
import io.github.wsis20.model.Mandate;
import io.github.wsis20.model.ReviewProcess;
import io.github.wsis20.model.Route;
import io.github.wsis20.model.Session;
import io.github.wsis20.model.SessionCalendar;
import io.github.wsis20.model.symbol.Issuer;
import io.github.wsis20.validation.Pointer;
import io.github.wsis20.validation.ValidationReport;
import io.github.wsis20.validation.ViolationCode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * The invariants of the WSIS+20 domain on a dataset, each reported at the JSON Pointer of the
 * value to fix, in the dataset's wire names. One instance checks one dataset. Internal: not API.
 *
 * <p>Where an id is shared by several entities, references resolve against every entity of the
 * kind they need, and rules that follow a reference use the first entity of that kind with the id
 * (as {@link Dataset} does); the duplicate itself is reported once, as {@code DUPLICATE_ID}.
 */
public final class DomainRules {
  private static final Pointer BODIES = Pointer.root().member("bodies");
  private static final Pointer INSTRUMENTS = Pointer.root().member("instruments");
  private static final Pointer SESSIONS = Pointer.root().member("sessions");
  private static final Pointer EVENTS = Pointer.root().member("events");
  private static final Pointer REVIEW_PROCESSES = Pointer.root().member("reviewProcesses");
  private static final Pointer PRINCIPLES = Pointer.root().member("principles");
  private static final Pointer FACILITATIONS = Pointer.root().member("facilitations");

  private final Dataset dataset;
  private final ValidationReport.Builder report;
  private final Map<String, Body> bodies = new HashMap<>();
  private final Map<String, Integer> bodyIndex = new HashMap<>();
  private final Map<String, Session> sessions = new HashMap<>();
  private final Map<String, Event> events = new HashMap<>();
  private final Map<String, Instrument> instruments = new HashMap<>();
  private final Map<String, Integer> instrumentIndex = new HashMap<>();
  private final Set<String> deliverables = new HashSet<>();
  private final Set<String> principles = new HashSet<>();

  private DomainRules(Dataset dataset, ValidationReport.Builder report) {
    this.dataset = dataset;
    this.report = report;
    for (int i = 0; i < dataset.getBodies().size(); i++) {
      Body body = dataset.getBodies().get(i);
      bodies.putIfAbsent(body.getId(), body);
      bodyIndex.putIfAbsent(body.getId(), i);
    }
    dataset.getSessions().forEach(s -> sessions.putIfAbsent(s.getId(), s));
    dataset.getEvents().forEach(e -> events.putIfAbsent(e.getId(), e));
    dataset.getPrinciples().forEach(p -> principles.add(p.getId()));
    for (int i = 0; i < dataset.getInstruments().size(); i++) {
      Instrument instrument = dataset.getInstruments().get(i);
      instruments.putIfAbsent(instrument.getId(), instrument);
      instrumentIndex.putIfAbsent(instrument.getId(), i);
      instrument.getMandates().forEach(m -> m.getDeliverables().forEach(d -> deliverables.add(d.getId())));
    }
  }

  /**
   * Checks every domain invariant of a dataset.
   *
   * @param dataset the dataset
   * @param report where to add what breaks
   */
  public static void check(Dataset dataset, ValidationReport.Builder report) {
    DomainRules rules = new DomainRules(dataset, report);
    rules.checkUniqueIds();
    rules.checkBodies();
    rules.checkSessions();
    rules.checkEvents();
    rules.checkInstruments();
    rules.checkReviewProcesses();
    rules.checkFacilitations();
  }

  // ---- Identity ------------------------------------------------------------------------------

  private void checkUniqueIds() {
    Map<String, Pointer> first = new HashMap<>();
    List<Entity> entities = new ArrayList<>();
    List<Pointer> pointers = new ArrayList<>();
    collect(dataset.getBodies(), BODIES, entities, pointers);
    for (int i = 0; i < dataset.getInstruments().size(); i++) {
      Instrument instrument = dataset.getInstruments().get(i);
      Pointer at = INSTRUMENTS.index(i);
      entities.add(instrument);
      pointers.add(at.member("id"));
      for (int m = 0; m < instrument.getMandates().size(); m++) {
        Mandate mandate = instrument.getMandates().get(m);
        Pointer mandateAt = at.member("mandates").index(m);
        entities.add(mandate);
        pointers.add(mandateAt.member("id"));
        collect(mandate.getDeliverables(), mandateAt.member("deliverables"), entities, pointers);
      }
    }
    collect(dataset.getSessions(), SESSIONS, entities, pointers);
    collect(dataset.getEvents(), EVENTS, entities, pointers);
    collect(dataset.getReviewProcesses(), REVIEW_PROCESSES, entities, pointers);
    collect(dataset.getPrinciples(), PRINCIPLES, entities, pointers);
    for (int i = 0; i < entities.size(); i++) {
      Pointer earlier = first.putIfAbsent(entities.get(i).getId(), pointers.get(i));
      if (earlier != null) {
        report.add(pointers.get(i), ViolationCode.DUPLICATE_ID, "first", earlier.toString());
      }
    }
  }

  private static void collect(List<? extends Entity> list, Pointer at, List<Entity> entities, List<Pointer> pointers) {
    for (int i = 0; i < list.size(); i++) {
      entities.add(list.get(i));
      pointers.add(at.index(i).member("id"));
    }
  }

  // ---- Bodies --------------------------------------------------------------------------------

  private void checkBodies() {
    for (int i = 0; i < dataset.getBodies().size(); i++) {
      Body body = dataset.getBodies().get(i);
      Pointer at = BODIES.index(i);
      body.getParent().ifPresent(id -> body(at.member("parent"), id));
      body.getReportsTo().ifPresent(id -> body(at.member("reportsTo"), id));
      body.getServicedBy().ifPresent(id -> body(at.member("servicedBy"), id));
    }
    checkLoops("parent", Body::getParent, ViolationCode.PARENT_LOOP);
    checkLoops("reportsTo", Body::getReportsTo, ViolationCode.REPORTING_LOOP);
  }

  /**
   * Reports each loop of a chain once, at the first body on it in the dataset's order. A body
   * whose chain runs into a loop it is not part of is not reported: fixing the loop fixes it.
   */
  private void checkLoops(String member, Function<Body, Optional<String>> next, ViolationCode code) {
    Map<String, Integer> state = new HashMap<>(); // absent: unvisited; 1: on the current walk; 2: done
    for (Body start : dataset.getBodies()) {
      List<String> walk = new ArrayList<>();
      String id = start.getId();
      while (id != null && bodies.containsKey(id) && !state.containsKey(id)) {
        state.put(id, 1);
        walk.add(id);
        id = next.apply(bodies.get(id)).orElse(null);
      }
      if (id != null && state.getOrDefault(id, 0) == 1) {
        List<String> loop = walk.subList(walk.indexOf(id), walk.size());
        int first = loop.stream().mapToInt(bodyIndex::get).min().orElseThrow();
        report.add(BODIES.index(first).member(member), code, "length", Integer.toString(loop.size()));
      }
      walk.forEach(w -> state.put(w, 2));
    }
  }

  // ---- Sessions and events -------------------------------------------------------------------

  private void checkSessions() {
    Map<String, Map<Integer, Pointer>> ordinals = new HashMap<>();
    Set<String> withoutCalendar = new LinkedHashSet<>();
    for (int i = 0; i < dataset.getSessions().size(); i++) {
      Session session = dataset.getSessions().get(i);
      Pointer at = SESSIONS.index(i);
      body(at.member("body"), session.getBody());
      session.getWithin().ifPresent(id -> reference(at.member("within"), id, "Session", sessions.keySet()));
      if (session.getOrdinal().isPresent()) {
        Pointer earlier = ordinals.computeIfAbsent(session.getBody(), b -> new HashMap<>())
            .putIfAbsent(session.getOrdinal().getAsInt(), at.member("ordinal"));
        if (earlier != null) {
          report.add(at.member("ordinal"), ViolationCode.DUPLICATE_SESSION_ORDINAL, "first", earlier.toString());
        }
      }
      Body body = bodies.get(session.getBody());
      Optional<SessionCalendar> calendar = body == null ? Optional.empty() : body.getCalendar();
      if (body != null && calendar.isEmpty()) {
        withoutCalendar.add(session.getBody());
      }
      calendar.ifPresent(c -> checkCalendar(session, c, at));
      checkSessionDates(session, calendar.map(SessionCalendar::isRunsIntoNextYear).orElse(false), at);
    }
    for (String id : withoutCalendar) {
      report.add(BODIES.index(bodyIndex.get(id)).member("calendar"), ViolationCode.RULE_NOT_CHECKED,
          "rule", ViolationCode.SESSION_OFF_CALENDAR.getCode());
    }
  }

  private void checkCalendar(Session session, SessionCalendar calendar, Pointer at) {
    if (calendar.getIntervalYears() < 1) {
      return; // the model's constraint reports the interval; there is no rhythm to compare with
    }
    OptionalInt ordinal = session.getOrdinal();
    boolean follows;
    if (calendar.getAnchorOrdinal().isPresent() && ordinal.isPresent()) {
      // Before the calendar's first ordinal the body kept another rhythm: nothing to compare.
      OptionalInt expected = calendar.yearOf(ordinal.getAsInt());
      follows = expected.isEmpty() || expected.getAsInt() == session.getYear();
    } else {
      follows = calendar.meetsIn(session.getYear());
    }
    if (!follows) {
      report.add(at.member("year"), ViolationCode.SESSION_OFF_CALENDAR,
          "anchorYear", Integer.toString(calendar.getAnchorYear()),
          "interval", Integer.toString(calendar.getIntervalYears()));
    }
  }

  /**
   * A session starts in its year. It ends in its year too, unless its body's calendar says that
   * sessions run into the next year (the General Assembly's regular session, counted in the year
   * it opens, closes the September after); a session with no end date has no end to check.
   */
  private void checkSessionDates(Session session, boolean runsIntoNextYear, Pointer at) {
    String year = Integer.toString(session.getYear());
    if (session.getStart().isPresent() && session.getEnd().isPresent()
        && session.getEnd().get().isBefore(session.getStart().get())) {
      report.add(at.member("end"), ViolationCode.SESSION_DATES_REVERSED);
    }
    if (session.getStart().isPresent() && session.getStart().get().getYear() != session.getYear()) {
      report.add(at.member("start"), ViolationCode.SESSION_DATES_OUTSIDE_YEAR, "year", year);
    }
    if (session.getEnd().isPresent()) {
      int endYear = session.getEnd().get().getYear();
      int latest = session.getYear() + (runsIntoNextYear ? 1 : 0);
      if (endYear < session.getYear() || endYear > latest) {
        report.add(at.member("end"), ViolationCode.SESSION_DATES_OUTSIDE_YEAR, "year", year);
      }
    }
  }

  private void checkEvents() {
    for (int i = 0; i < dataset.getEvents().size(); i++) {
      Event event = dataset.getEvents().get(i);
      Pointer at = EVENTS.index(i);
      for (int k = 0; k < event.getOrganizers().size(); k++) {
        body(at.member("organizers").index(k), event.getOrganizers().get(k));
      }
      if (event.getEnd().isPresent() && event.getEnd().get().isBefore(event.getStart())) {
        report.add(at.member("end"), ViolationCode.DATES_REVERSED);
      }
    }
  }

  // ---- Instruments, mandates, deliverables ---------------------------------------------------

  private void checkInstruments() {
    for (int i = 0; i < dataset.getInstruments().size(); i++) {
      Instrument instrument = dataset.getInstruments().get(i);
      Pointer at = INSTRUMENTS.index(i);
      body(at.member("adoptedBy"), instrument.getAdoptedBy());
      instrument.getMeeting().ifPresent(id -> meeting(at.member("meeting"), id));
      instrument.getRevises().ifPresent(id -> checkSupersession(instrument, at.member("revises"), id));
      for (int k = 0; k < instrument.getSupersedes().size(); k++) {
        checkSupersession(instrument, at.member("supersedes").index(k), instrument.getSupersedes().get(k));
      }
      checkSymbol(instrument, at);
      checkAdoptedInMeeting(instrument, at);
      Optional<LocalDate> adoption = earliestAdoption(instrument);
      boolean adoptionWarned = false;
      boolean fulfilmentWarned = false;
      boolean untilWarned = false;
      for (int m = 0; m < instrument.getMandates().size(); m++) {
        Mandate mandate = instrument.getMandates().get(m);
        Pointer mandateAt = at.member("mandates").index(m);
        body(mandateAt.member("addressee"), mandate.getAddressee());
        if (mandate.getUntil().isPresent()) {
          untilWarned |= checkUntil(mandate.getUntil().get(), mandateAt.member("until"), adoption, at, untilWarned);
        }
        for (int k = 0; k < mandate.getPrinciples().size(); k++) {
          reference(mandateAt.member("principles").index(k), mandate.getPrinciples().get(k), "Principle", principles);
        }
        for (int d = 0; d < mandate.getDeliverables().size(); d++) {
          Deliverable deliverable = mandate.getDeliverables().get(d);
          Pointer deliverableAt = mandateAt.member("deliverables").index(d);
          checkRoute(deliverable.getRoute(), deliverableAt.member("route"));
          for (int k = 0; k < deliverable.getFulfilments().size(); k++) {
            fulfilmentWarned |= checkFulfilment(deliverable.getFulfilments().get(k), deliverable.getRoute(),
                deliverableAt.member("fulfilments").index(k), adoption, at, fulfilmentWarned);
          }
          if (deliverable.getDue().isEmpty()) {
            continue;
          }
          Due due = deliverable.getDue().get();
          Pointer dueAt = deliverableAt.member("due");
          checkSessionDue(due, deliverable.getRoute(), dueAt);
          if (adoption.isEmpty()) {
            if (!adoptionWarned) {
              report.add(at.member("adoptedOn"), ViolationCode.RULE_NOT_CHECKED,
                  "rule", ViolationCode.DUE_BEFORE_ADOPTION.getCode());
              adoptionWarned = true;
            }
            continue;
          }
          Optional<DateRange> period = due.getPrecision() == Due.Precision.SESSION
              && !sessions.containsKey(due.getSessionId().orElse("")) ? Optional.empty() : dataset.periodOf(due);
          if (period.isPresent() && period.get().getLast().isBefore(adoption.get())) {
            report.add(dueAt, ViolationCode.DUE_BEFORE_ADOPTION, "adopted", adoption.get().toString());
          }
        }
      }
    }
  }

  /**
   * A revision or supersession names an earlier instrument of the same body. "Earlier" is judged
   * on what is certain: the named instrument's earliest possible adoption day against this one's
   * latest; where either is unknown the rule is not checked (a warning), except that no
   * instrument revises itself.
   */
  private void checkSupersession(Instrument later, Pointer at, String id) {
    if (!reference(at, id, "Instrument", instruments.keySet())) {
      return;
    }
    Instrument earlier = instruments.get(id);
    boolean bodiesKnown = bodies.containsKey(earlier.getAdoptedBy()) && bodies.containsKey(later.getAdoptedBy());
    if (bodiesKnown && !earlier.getAdoptedBy().equals(later.getAdoptedBy())) {
      report.add(at, ViolationCode.SUPERSESSION_ACROSS_BODIES,
          "adoptedBy", INSTRUMENTS.index(instrumentIndex.get(id)).member("adoptedBy").toString());
    }
    Optional<LocalDate> named = earliestAdoption(earlier);
    Optional<LocalDate> adopted = latestAdoption(later);
    List<String> arguments = new ArrayList<>();
    named.ifPresent(d -> arguments.addAll(List.of("named", d.toString())));
    adopted.ifPresent(d -> arguments.addAll(List.of("adopted", d.toString())));
    if (earlier == later || id.equals(later.getId())) {
      report.add(at, ViolationCode.SUPERSESSION_NOT_EARLIER, arguments.toArray(new String[0]));
    } else if (named.isEmpty() || adopted.isEmpty()) {
      report.add(at, ViolationCode.RULE_NOT_CHECKED, "rule", ViolationCode.SUPERSESSION_NOT_EARLIER.getCode());
    } else if (!named.get().isBefore(adopted.get())) {
      report.add(at, ViolationCode.SUPERSESSION_NOT_EARLIER, arguments.toArray(new String[0]));
    }
  }

  /** Reports an until that ends before adoption; returns whether it warned that it could not check. */
  private boolean checkUntil(Due until, Pointer at, Optional<LocalDate> adoption, Pointer instrumentAt,
      boolean warned) {
    if (until.getSessionId().isPresent() && !reference(at, until.getSessionId().get(), "Session", sessions.keySet())) {
      return false;
    }
    if (adoption.isEmpty()) {
      if (!warned) {
        report.add(instrumentAt.member("adoptedOn"), ViolationCode.RULE_NOT_CHECKED,
            "rule", ViolationCode.UNTIL_BEFORE_ADOPTION.getCode());
      }
      return true;
    }
    Optional<DateRange> period = dataset.periodOf(until);
    if (period.isPresent() && period.get().getLast().isBefore(adoption.get())) {
      report.add(at, ViolationCode.UNTIL_BEFORE_ADOPTION, "adopted", adoption.get().toString());
    }
    return false;
  }

  /**
   * A fulfilment's meeting exists, is a session of a body on the route (an event is not
   * compared), holds its date, and it is not before the instrument's adoption. Returns whether it
   * warned that adoption could not be compared.
   */
  private boolean checkFulfilment(Fulfilment fulfilment, Route route, Pointer at, Optional<LocalDate> adoption,
      Pointer instrumentAt, boolean warned) {
    Optional<LocalDate> day = fulfilment.getDate();
    Pointer dayAt = at.member("date");
    if (fulfilment.getMeeting().isPresent()) {
      String id = fulfilment.getMeeting().get();
      if (!meeting(at.member("meeting"), id)) {
        return false;
      }
      Session session = sessions.get(id);
      if (session != null && !route.bodies().contains(session.getBody())) {
        report.add(at.member("meeting"), ViolationCode.FULFILMENT_MEETING_OFF_ROUTE);
      }
      if (day.isPresent()) {
        checkInMeeting(day.get(), id, dayAt, ViolationCode.FULFILMENT_OUTSIDE_MEETING);
      } else {
        day = dataset.deliveryDayOf(fulfilment);
        dayAt = at.member("meeting");
      }
    }
    if (day.isEmpty()) {
      return false;
    }
    if (adoption.isEmpty()) {
      if (!warned) {
        report.add(instrumentAt.member("adoptedOn"), ViolationCode.RULE_NOT_CHECKED,
            "rule", ViolationCode.FULFILMENT_BEFORE_ADOPTION.getCode());
      }
      return true;
    }
    if (day.get().isBefore(adoption.get())) {
      report.add(dayAt, ViolationCode.FULFILMENT_BEFORE_ADOPTION, "adopted", adoption.get().toString());
    }
    return false;
  }

  private void checkSymbol(Instrument instrument, Pointer at) {
    Body body = bodies.get(instrument.getAdoptedBy());
    if (body == null || instrument.getSymbol().isEmpty()) {
      return; // the unresolved reference is reported already; an unknown symbol has no grammar
    }
    Optional<Issuer> expected = body.getSymbolIssuer();
    Issuer actual = instrument.getSymbol().get().getIssuer();
    if (expected.isEmpty()) {
      report.add(at.member("symbol"), ViolationCode.RULE_NOT_CHECKED, "rule",
          ViolationCode.SYMBOL_GRAMMAR_MISMATCH.getCode());
    } else if (expected.get() != actual) {
      report.add(at.member("symbol"), ViolationCode.SYMBOL_GRAMMAR_MISMATCH,
          "expected", expected.get().name(), "actual", actual.name());
    }
  }

  private void checkAdoptedInMeeting(Instrument instrument, Pointer at) {
    if (instrument.getAdoptedOn().isEmpty() || instrument.getMeeting().isEmpty()) {
      return; // no date to place, or no known meeting to place it in
    }
    checkInMeeting(instrument.getAdoptedOn().get(), instrument.getMeeting().get(), at.member("adoptedOn"),
        ViolationCode.ADOPTED_OUTSIDE_MEETING);
  }

  /** Reports a date outside the session or event it names; an unknown meeting is reported already. */
  private void checkInMeeting(LocalDate date, String id, Pointer at, ViolationCode code) {
    LocalDate first;
    Optional<LocalDate> last;
    if (sessions.containsKey(id)) {
      Session session = sessions.get(id);
      if (session.getStart().isEmpty()) {
        report.add(at, ViolationCode.RULE_NOT_CHECKED, "rule", code.getCode());
        return;
      }
      first = session.getStart().get();
      last = session.getEnd(); // a session with no known end is open: only its start bounds the date
    } else if (events.containsKey(id)) {
      Event event = events.get(id);
      first = event.getStart();
      last = Optional.of(event.getEnd().orElse(event.getStart())); // no end: a one-day event
    } else {
      return;
    }
    if (date.isBefore(first) || (last.isPresent() && date.isAfter(last.get()))) {
      List<String> arguments = new ArrayList<>(List.of("first", first.toString()));
      last.ifPresent(l -> arguments.addAll(List.of("last", l.toString())));
      report.add(at, code, arguments.toArray(new String[0]));
    }
  }

  /**
   * The first day on which the instrument can have been adopted: its adoption date, else the
   * first day of its meeting (a session with no dates: the first day of its year). Comparing a due
   * with the earliest possible day reports only what is certainly too early.
   */
  private Optional<LocalDate> earliestAdoption(Instrument instrument) {
    if (instrument.getAdoptedOn().isPresent()) {
      return instrument.getAdoptedOn();
    }
    Optional<String> meeting = instrument.getMeeting();
    if (meeting.isEmpty()) {
      return Optional.empty();
    }
    Session session = sessions.get(meeting.get());
    if (session != null) {
      return Optional.of(session.getStart().orElse(Year.of(session.getYear()).atDay(1)));
    }
    return Optional.ofNullable(events.get(meeting.get())).map(Event::getStart);
  }

  /**
   * The last day on which the instrument can have been adopted: its adoption date, else the last
   * day of its meeting (a session with no dates: the last day of its year; a session with a start
   * but no end is open, and gives none).
   */
  private Optional<LocalDate> latestAdoption(Instrument instrument) {
    if (instrument.getAdoptedOn().isPresent()) {
      return instrument.getAdoptedOn();
    }
    Optional<String> meeting = instrument.getMeeting();
    if (meeting.isEmpty()) {
      return Optional.empty();
    }
    Session session = sessions.get(meeting.get());
    if (session != null) {
      if (session.getEnd().isPresent()) {
        return session.getEnd();
      }
      return session.getStart().isPresent() ? Optional.empty()
          : Optional.of(Year.of(session.getYear()).atMonth(12).atEndOfMonth());
    }
    return Optional.ofNullable(events.get(meeting.get())).map(e -> e.getEnd().orElse(e.getStart()));
  }

  private void checkRoute(Route route, Pointer at) {
    body(at.member("author"), route.getAuthor());
    for (int k = 0; k < route.getThrough().size(); k++) {
      body(at.member("through").index(k), route.getThrough().get(k));
    }
    for (int k = 0; k < route.getTo().size(); k++) {
      body(at.member("to").index(k), route.getTo().get(k));
    }
  }

  private void checkSessionDue(Due due, Route route, Pointer at) {
    if (due.getSessionId().isEmpty()) {
      return;
    }
    String id = due.getSessionId().get();
    if (reference(at, id, "Session", sessions.keySet()) && !route.bodies().contains(sessions.get(id).getBody())) {
      report.add(at, ViolationCode.DUE_SESSION_OFF_ROUTE);
    }
  }

  // ---- Review processes and facilitations ----------------------------------------------------

  private void checkReviewProcesses() {
    for (int i = 0; i < dataset.getReviewProcesses().size(); i++) {
      ReviewProcess process = dataset.getReviewProcesses().get(i);
      Pointer at = REVIEW_PROCESSES.index(i);
      for (int k = 0; k < process.getInstruments().size(); k++) {
        reference(at.member("instruments").index(k), process.getInstruments().get(k), "Instrument",
            instruments.keySet());
      }
      for (int k = 0; k < process.getMilestones().size(); k++) {
        meeting(at.member("milestones").index(k), process.getMilestones().get(k));
      }
      for (int k = 0; k < process.getDeliverables().size(); k++) {
        reference(at.member("deliverables").index(k), process.getDeliverables().get(k), "Deliverable", deliverables);
      }
      if (process.getPeriodEnd() < process.getPeriodStart()) {
        report.add(at.member("periodEnd"), ViolationCode.DATES_REVERSED);
      }
    }
  }

  private void checkFacilitations() {
    List<Facilitation> facilitations = dataset.getFacilitations();
    for (int i = 0; i < facilitations.size(); i++) {
      body(FACILITATIONS.index(i).member("body"), facilitations.get(i).getBody());
    }
  }

  // ---- References ----------------------------------------------------------------------------

  private void body(Pointer at, String id) {
    reference(at, id, "Body", bodies.keySet());
  }

  private boolean meeting(Pointer at, String id) {
    if (sessions.containsKey(id) || events.containsKey(id)) {
      return true;
    }
    report.add(at, ViolationCode.UNRESOLVED_REFERENCE, "expected", "Session|Event");
    return false;
  }

  private boolean reference(Pointer at, String id, String expected, Set<String> ids) {
    if (ids.contains(id)) {
      return true;
    }
    report.add(at, ViolationCode.UNRESOLVED_REFERENCE, "expected", expected);
    return false;
  }
}
