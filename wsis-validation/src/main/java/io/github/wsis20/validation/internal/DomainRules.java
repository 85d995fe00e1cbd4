package io.github.wsis20.validation.internal;

import io.github.wsis20.model.Body;
import io.github.wsis20.model.Dataset;
import io.github.wsis20.model.DateRange;
import io.github.wsis20.model.Deliverable;
import io.github.wsis20.model.Due;
import io.github.wsis20.model.Entity;
import io.github.wsis20.model.Event;
import io.github.wsis20.model.Facilitation;
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
  private final Set<String> instruments = new HashSet<>();
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
    for (Instrument instrument : dataset.getInstruments()) {
      instruments.add(instrument.getId());
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
      instrument.getRevises().ifPresent(id -> reference(at.member("revises"), id, "Instrument", instruments));
      checkSymbol(instrument, at);
      checkAdoptedInMeeting(instrument, at);
      Optional<LocalDate> adoption = earliestAdoption(instrument);
      boolean adoptionWarned = false;
      for (int m = 0; m < instrument.getMandates().size(); m++) {
        Mandate mandate = instrument.getMandates().get(m);
        Pointer mandateAt = at.member("mandates").index(m);
        body(mandateAt.member("addressee"), mandate.getAddressee());
        for (int k = 0; k < mandate.getPrinciples().size(); k++) {
          reference(mandateAt.member("principles").index(k), mandate.getPrinciples().get(k), "Principle", principles);
        }
        for (int d = 0; d < mandate.getDeliverables().size(); d++) {
          Deliverable deliverable = mandate.getDeliverables().get(d);
          Pointer deliverableAt = mandateAt.member("deliverables").index(d);
          checkRoute(deliverable.getRoute(), deliverableAt.member("route"));
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

  private void checkSymbol(Instrument instrument, Pointer at) {
    Body body = bodies.get(instrument.getAdoptedBy());
    if (body == null || instrument.getSymbol().isEmpty()) {
      return; // the unresolved reference is reported already; an unknown symbol has no grammar
    }
    Optional<Issuer> expected = body.getSymbolIssuer();
    Issuer actual = instrument.getSymbol().get().getIssuer();
    if (expected.isEmpty()) {
      report.add(at.member("symbol"), ViolationCode.RULE_NOT_CHECKED, "rule", ViolationCode.SYMBOL_GRAMMAR_MISMATCH.getCode());
    } else if (expected.get() != actual) {
      report.add(at.member("symbol"), ViolationCode.SYMBOL_GRAMMAR_MISMATCH,
          "expected", expected.get().name(), "actual", actual.name());
    }
  }

  private void checkAdoptedInMeeting(Instrument instrument, Pointer at) {
    if (instrument.getAdoptedOn().isEmpty() || instrument.getMeeting().isEmpty()) {
      return; // no date to place, or no known meeting to place it in
    }
    String id = instrument.getMeeting().get();
    LocalDate adopted = instrument.getAdoptedOn().get();
    LocalDate first;
    Optional<LocalDate> last;
    if (sessions.containsKey(id)) {
      Session session = sessions.get(id);
      if (session.getStart().isEmpty()) {
        report.add(at.member("adoptedOn"), ViolationCode.RULE_NOT_CHECKED,
            "rule", ViolationCode.ADOPTED_OUTSIDE_MEETING.getCode());
        return;
      }
      first = session.getStart().get();
      last = session.getEnd(); // a session with no known end is open: only its start bounds the date
    } else if (events.containsKey(id)) {
      Event event = events.get(id);
      first = event.getStart();
      last = Optional.of(event.getEnd().orElse(event.getStart())); // no end: a one-day event
    } else {
      return; // the unresolved reference is reported already
    }
    if (adopted.isBefore(first) || (last.isPresent() && adopted.isAfter(last.get()))) {
      List<String> arguments = new ArrayList<>(List.of("first", first.toString()));
      last.ifPresent(l -> arguments.addAll(List.of("last", l.toString())));
      report.add(at.member("adoptedOn"), ViolationCode.ADOPTED_OUTSIDE_MEETING, arguments.toArray(new String[0]));
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
        reference(at.member("instruments").index(k), process.getInstruments().get(k), "Instrument", instruments);
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

  private boolean body(Pointer at, String id) {
    return reference(at, id, "Body", bodies.keySet());
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
