package io.github.wsis20.model;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * A whole review graph: bodies, instruments with their mandates and deliverables, sessions,
 * events, review processes, principles and action-line facilitations. It finds any entity by
 * id, follows references both ways (what a body owes, to whom, through whom, by when, under which
 * instrument) and lists deliverables in due order.
 *
 * <p>It also answers as of a date: where each deliverable stands ({@link #timeline(LocalDate)},
 * {@link Obligation#statusOn(LocalDate)}: delivered and by what, due, overdue, ahead, or past with
 * no delivery on record), where each mandate stands ({@link #mandateStatusOn(String, LocalDate)},
 * {@link #mandatesActiveOn(LocalDate)}), and what superseded what ({@link #supersessions()}).
 *
 * <pre>{@code
 * LocalDate today = LocalDate.of(2026, 12, 2);
 * for (Obligation o : dataset.timelineOf("itu", today)) {
 *   System.out.println(o.statusOn(today) + " " + o.getDeliverable().getTitle());
 * }
 * }</pre>
 *
 * <p>A dataset may hold data that breaks the domain's rules (a duplicate id, a reference that does
 * not resolve): look-ups then answer from the first entity with an id and skip what does not
 * resolve, and the {@code wsis-validation} module reports every such problem. The bundled WSIS+20
 * dataset passes every rule.
 */
@Value.Immutable
public abstract class Dataset implements WithDataset {

  Dataset() {}

  /**
   * The bodies.
   *
   * @return the bodies
   */
  public abstract List<@Valid Body> getBodies();

  /**
   * The instruments, each with its mandates and their deliverables.
   *
   * @return the instruments
   */
  public abstract List<@Valid Instrument> getInstruments();

  /**
   * The sessions.
   *
   * @return the sessions
   */
  public abstract List<@Valid Session> getSessions();

  /**
   * The events.
   *
   * @return the events
   */
  public abstract List<@Valid Event> getEvents();

  /**
   * The review processes.
   *
   * @return the review processes
   */
  public abstract List<@Valid ReviewProcess> getReviewProcesses();

  /**
   * The principles.
   *
   * @return the principles
   */
  public abstract List<@Valid Principle> getPrinciples();

  /**
   * Who facilitates which action line.
   *
   * @return the facilitations
   */
  public abstract List<@Valid Facilitation> getFacilitations();

  // Indexes are built on first use and excluded from equality: they are functions of the lists.

  @Value.Lazy
  Map<String, Entity> entitiesById() {
    Map<String, Entity> index = new HashMap<>();
    entities().forEach(entity -> index.putIfAbsent(entity.getId(), entity));
    return Collections.unmodifiableMap(index);
  }

  @Value.Lazy
  List<Obligation> obligationsInDueOrder() {
    return getInstruments().stream()
        .flatMap(instrument -> instrument.getMandates().stream()
            .flatMap(mandate -> mandate.getDeliverables().stream()
                .map(deliverable -> obligation(instrument, mandate, deliverable))))
        .sorted(DUE_ORDER)
        .collect(Collectors.toUnmodifiableList());
  }

  private Obligation obligation(Instrument instrument, Mandate mandate, Deliverable deliverable) {
    Fulfilment first = null;
    LocalDate delivered = null;
    for (Fulfilment fulfilment : deliverable.getFulfilments()) {
      Optional<LocalDate> day = deliveryDayOf(fulfilment);
      if (day.isPresent() && (delivered == null || day.get().isBefore(delivered))) {
        first = fulfilment;
        delivered = day.get();
      }
    }
    return new Obligation(instrument, mandate, deliverable, deliverable.getDue().flatMap(this::periodOf).orElse(null),
        first, delivered);
  }

  @Value.Lazy
  List<Supersession> supersessionList() {
    List<Supersession> list = new java.util.ArrayList<>();
    for (Instrument later : getInstruments()) {
      Optional<LocalDate> effective = adoptionDayOf(later);
      later.getRevises().flatMap(id -> find(id, Instrument.class)).ifPresent(
          earlier -> list.add(new Supersession(earlier, later, Supersession.Kind.REVISION, effective.orElse(null))));
      later.getSupersedes().stream().map(id -> find(id, Instrument.class)).flatMap(Optional::stream).forEach(
          earlier -> list.add(new Supersession(earlier, later, Supersession.Kind.REPLACEMENT, effective.orElse(null))));
    }
    return Collections.unmodifiableList(list);
  }

  @Value.Lazy
  Map<String, Instrument> instrumentsByMandate() {
    Map<String, Instrument> index = new HashMap<>();
    getInstruments().forEach(i -> i.getMandates().forEach(m -> index.putIfAbsent(m.getId(), i)));
    return Collections.unmodifiableMap(index);
  }

  /** Timeline order: what is current (due or overdue, as one group) first, then the rest in enum order. */
  private static int timelineRank(DeliverableStatus status) {
    switch (status) {
      case DUE :
      case OVERDUE :
        return 0;
      default :
        return status.ordinal();
    }
  }

  private static final Comparator<Obligation> DUE_ORDER = Comparator
      .<Obligation, LocalDate>comparing(o -> o.getPeriod().map(DateRange::getLast).orElse(null),
          Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(o -> o.getPeriod().map(DateRange::getFirst).orElse(null),
          Comparator.nullsLast(Comparator.reverseOrder()))
      .thenComparing(o -> o.getDeliverable().getId());

  /**
   * Every entity, in a stable order: bodies, instruments, their mandates and deliverables,
   * sessions, events, review processes, principles.
   *
   * @return the entities, duplicates included
   */
  public Stream<Entity> entities() {
    return Stream.of(
        getBodies().stream(),
        getInstruments().stream().flatMap(i -> Stream.concat(Stream.of(i),
            i.getMandates().stream().flatMap(m -> Stream.concat(Stream.of(m), m.getDeliverables().stream())))),
        getSessions().stream(),
        getEvents().stream(),
        getReviewProcesses().stream(),
        getPrinciples().stream())
        .flatMap(s -> s);
  }

  /**
   * Finds an entity of any kind by id.
   *
   * @param id the id
   * @return the entity, or empty when no entity has that id
   */
  public Optional<Entity> find(String id) {
    return Optional.ofNullable(entitiesById().get(id));
  }

  /**
   * Finds an entity of one kind by id.
   *
   * @param id the id
   * @param type the kind: {@code Body.class}, {@code Session.class}, ...
   * @param <T> the kind
   * @return the entity, or empty when no entity of that kind has that id
   */
  public <T extends Entity> Optional<T> find(String id, Class<T> type) {
    return find(id).filter(type::isInstance).map(type::cast);
  }

  /**
   * Every deliverable in its context, in due order: by the last day of its period, then the first
   * day (a date before the month that ends with it), then id; deliverables with no known period
   * come last.
   *
   * @return the obligations
   */
  public List<Obligation> obligations() {
    return obligationsInDueOrder();
  }

  /**
   * What a body owes: the deliverables whose author is the body or one of its organs (ITU owes
   * what its Secretary-General writes), in due order.
   *
   * @param bodyId the body's id
   * @return the obligations, possibly none
   */
  public List<Obligation> owedBy(String bodyId) {
    Set<String> family = withOrgans(bodyId);
    return select(o -> family.contains(o.getDeliverable().getRoute().getAuthor()));
  }

  /**
   * What is owed to a body or one of its organs, in due order.
   *
   * @param bodyId the body's id
   * @return the obligations, possibly none
   */
  public List<Obligation> owedTo(String bodyId) {
    Set<String> family = withOrgans(bodyId);
    return select(o -> o.getDeliverable().getRoute().getTo().stream().anyMatch(family::contains));
  }

  /**
   * What passes through a body or one of its organs on its way, in due order.
   *
   * @param bodyId the body's id
   * @return the obligations, possibly none
   */
  public List<Obligation> passingThrough(String bodyId) {
    Set<String> family = withOrgans(bodyId);
    return select(o -> o.getDeliverable().getRoute().getThrough().stream().anyMatch(family::contains));
  }

  /**
   * The obligation of one deliverable: its instrument, mandate and period.
   *
   * @param deliverableId the deliverable's id
   * @return the obligation, or empty when no deliverable has that id
   */
  public Optional<Obligation> obligationOf(String deliverableId) {
    return obligations().stream().filter(o -> o.getDeliverable().getId().equals(deliverableId)).findFirst();
  }

  /**
   * What involves a body or one of its organs: what it owes, what is owed to it and what passes
   * through it, in due order.
   *
   * @param bodyId the body's id
   * @return the obligations, possibly none
   */
  public List<Obligation> involving(String bodyId) {
    Set<String> family = withOrgans(bodyId);
    return select(o -> o.getDeliverable().getRoute().bodies().stream().anyMatch(family::contains));
  }

  /**
   * Every deliverable as a timeline lists it on a date: current items first ({@link
   * DeliverableStatus#DUE} and {@link DeliverableStatus#OVERDUE}), then {@link
   * DeliverableStatus#AHEAD}, {@link DeliverableStatus#OPEN}, {@link DeliverableStatus#NOT_RECORDED}
   * and {@link DeliverableStatus#DELIVERED}; in due order within each group.
   *
   * @param date the date to judge against
   * @return the obligations; {@link Obligation#statusOn(LocalDate)} gives each one's status
   */
  public List<Obligation> timeline(LocalDate date) {
    return inTimelineOrder(obligations(), date);
  }

  /**
   * What involves a body or one of its organs ({@link #involving(String)}), as a timeline lists
   * it on a date ({@link #timeline(LocalDate)}).
   *
   * @param bodyId the body's id
   * @param date the date to judge against
   * @return the obligations, possibly none
   */
  public List<Obligation> timelineOf(String bodyId, LocalDate date) {
    return inTimelineOrder(involving(bodyId), date);
  }

  private static List<Obligation> inTimelineOrder(List<Obligation> obligations, LocalDate date) {
    Objects.requireNonNull(date, "date");
    // The due order is stable and already applied; a stable sort by rank keeps it within a group.
    return obligations.stream()
        .sorted(Comparator.comparingInt(o -> timelineRank(o.statusOn(date))))
        .collect(Collectors.toUnmodifiableList());
  }

  private List<Obligation> select(Predicate<Obligation> filter) {
    return obligations().stream().filter(filter).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The mandates addressed to a body.
   *
   * @param bodyId the body's id
   * @return the mandates, in the order of their instruments
   */
  public List<Mandate> mandatesAddressedTo(String bodyId) {
    return getInstruments().stream()
        .flatMap(i -> i.getMandates().stream())
        .filter(m -> m.getAddressee().equals(bodyId))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The instrument whose clause is a mandate, or whose mandate asks for a deliverable.
   *
   * @param mandateOrDeliverableId a mandate's or a deliverable's id
   * @return the instrument, or empty when no mandate or deliverable has that id
   */
  public Optional<Instrument> instrumentOf(String mandateOrDeliverableId) {
    return getInstruments().stream()
        .filter(i -> i.getMandates().stream().anyMatch(m -> m.getId().equals(mandateOrDeliverableId)
            || m.getDeliverables().stream().anyMatch(d -> d.getId().equals(mandateOrDeliverableId))))
        .findFirst();
  }

  /**
   * The instruments a body adopted.
   *
   * @param bodyId the body's id
   * @return the instruments
   */
  public List<Instrument> adoptedBy(String bodyId) {
    return getInstruments().stream().filter(i -> i.getAdoptedBy().equals(bodyId))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * A body's sessions, by year then ordinal.
   *
   * @param bodyId the body's id
   * @return the sessions
   */
  public List<Session> sessionsOf(String bodyId) {
    return getSessions().stream().filter(s -> s.getBody().equals(bodyId))
        .sorted(Comparator.comparingInt(Session::getYear)
            .thenComparingInt(s -> s.getOrdinal().orElse(0)))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The organs that name a body as their parent (not their organs in turn).
   *
   * @param bodyId the body's id
   * @return the organs
   */
  public List<Body> organsOf(String bodyId) {
    return getBodies().stream().filter(b -> b.getParent().filter(bodyId::equals).isPresent())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The bodies that report to a body.
   *
   * @param bodyId the body's id
   * @return the bodies
   */
  public List<Body> reportingTo(String bodyId) {
    return getBodies().stream().filter(b -> b.getReportsTo().filter(bodyId::equals).isPresent())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Who facilitates an action line. For a C7 sub-line only its own facilitators are listed.
   *
   * @param line the action line
   * @return the facilitations, leads first
   */
  public List<Facilitation> facilitationsOf(ActionLine line) {
    return getFacilitations().stream().filter(f -> f.getActionLine() == line)
        .sorted(Comparator.comparing(Facilitation::getRole))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The days in which a due falls. A date, month or year is its own period; a session due takes
   * the session's dates, or its whole year when the dates are not known.
   *
   * @param due a due
   * @return the period, or empty when the due names a session the dataset does not hold
   */
  public Optional<DateRange> periodOf(Due due) {
    if (due.getPrecision() != Due.Precision.SESSION) {
      return Optional.of(due.toRange());
    }
    return due.getSessionId().flatMap(id -> find(id, Session.class)).map(Dataset::periodOf);
  }

  private static DateRange periodOf(Session session) {
    LocalDate yearStart = Year.of(session.getYear()).atDay(1);
    LocalDate first = session.getStart().orElse(yearStart);
    LocalDate last = session.getEnd().orElse(session.getStart().orElse(yearStart.plusYears(1).minusDays(1)));
    return last.isBefore(first) ? DateRange.of(first, first) : DateRange.of(first, last);
  }

  /**
   * The day by which a fulfilment was certainly delivered: its date, else the last day of the
   * session or event at which it was presented (a session's as {@link #periodOf(Due)} takes it;
   * an event's end, else its start).
   *
   * @param fulfilment a fulfilment
   * @return the day, empty when it has no date and its meeting is not in the dataset
   */
  public Optional<LocalDate> deliveryDayOf(Fulfilment fulfilment) {
    return fulfilment.getDate().or(() -> fulfilment.getMeeting().flatMap(this::lastDayOfMeeting));
  }

  /**
   * The day by which an instrument was certainly adopted: its adoption date, else the last day of
   * the meeting that adopted it (as {@link #deliveryDayOf(Fulfilment)} takes a meeting's).
   *
   * @param instrument an instrument
   * @return the day, empty when neither its date nor its meeting is known to the dataset
   */
  public Optional<LocalDate> adoptionDayOf(Instrument instrument) {
    return instrument.getAdoptedOn().or(() -> instrument.getMeeting().flatMap(this::lastDayOfMeeting));
  }

  private Optional<LocalDate> lastDayOfMeeting(String id) {
    Optional<Session> session = find(id, Session.class);
    if (session.isPresent()) {
      return Optional.of(periodOf(session.get()).getLast());
    }
    return find(id, Event.class).map(e -> e.getEnd().orElse(e.getStart()));
  }

  /**
   * What superseded what: every revision ({@link Instrument#getRevises()}) and replacement
   * ({@link Instrument#getSupersedes()}) whose instruments are both in the dataset, in the order
   * of the later instruments.
   *
   * @return the supersessions, possibly none
   */
  public List<Supersession> supersessions() {
    return supersessionList();
  }

  /**
   * The revisions and replacements of one instrument.
   *
   * @param instrumentId the earlier instrument's id
   * @return its supersessions, in the order of the later instruments; none when it stands
   */
  public List<Supersession> supersessionsOf(String instrumentId) {
    return supersessions().stream().filter(s -> s.getEarlier().getId().equals(instrumentId))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Where a mandate stands on a date ({@link MandateStatus} defines each status).
   *
   * @param mandateId the mandate's id
   * @param date the date to judge against
   * @return the status; empty when no mandate has that id, or its instrument's adoption day
   *     ({@link #adoptionDayOf(Instrument)}) is after the date. An instrument whose adoption day
   *     the dataset cannot place counts as in force on every date.
   */
  public Optional<MandateStatus> mandateStatusOn(String mandateId, LocalDate date) {
    Objects.requireNonNull(date, "date");
    Instrument instrument = instrumentsByMandate().get(mandateId);
    if (instrument == null || adoptionDayOf(instrument).filter(date::isBefore).isPresent()) {
      return Optional.empty();
    }
    Mandate mandate = instrument.getMandates().stream().filter(m -> m.getId().equals(mandateId)).findFirst()
        .orElseThrow();
    List<Obligation> owed = obligations().stream().filter(o -> o.getMandate() == mandate)
        .collect(Collectors.toList());
    if (!owed.isEmpty() && owed.stream().allMatch(o -> o.statusOn(date) == DeliverableStatus.DELIVERED)) {
      return Optional.of(MandateStatus.FULFILLED);
    }
    if (supersessionsOf(instrument.getId()).stream().anyMatch(s -> s.isInEffectOn(date))) {
      return Optional.of(MandateStatus.SUPERSEDED);
    }
    Optional<LocalDate> termEnd = termEndOf(mandate, owed);
    return Optional.of(termEnd.filter(date::isAfter).isPresent() ? MandateStatus.LAPSED : MandateStatus.ACTIVE);
  }

  /** The last day of a mandate's term: its until's, else its latest deliverable's; none if open. */
  private Optional<LocalDate> termEndOf(Mandate mandate, List<Obligation> owed) {
    if (mandate.getUntil().isPresent()) {
      return mandate.getUntil().flatMap(this::periodOf).map(DateRange::getLast);
    }
    if (owed.isEmpty() || owed.stream().anyMatch(o -> o.getPeriod().isEmpty())) {
      return Optional.empty();
    }
    return owed.stream().map(o -> o.getPeriod().get().getLast()).max(Comparator.naturalOrder());
  }

  /**
   * The mandates in force and {@link MandateStatus#ACTIVE active} on a date.
   *
   * @param date the date to judge against
   * @return the mandates, in the order of their instruments
   */
  public List<Mandate> mandatesActiveOn(LocalDate date) {
    return getInstruments().stream().flatMap(i -> i.getMandates().stream())
        .filter(m -> mandateStatusOn(m.getId(), date).filter(MandateStatus.ACTIVE::equals).isPresent())
        .collect(Collectors.toUnmodifiableList());
  }

  private Set<String> withOrgans(String bodyId) {
    Map<String, List<String>> organs = new LinkedHashMap<>();
    for (Body body : getBodies()) {
      body.getParent()
          .ifPresent(parent -> organs.computeIfAbsent(parent, k -> new java.util.ArrayList<>()).add(body.getId()));
    }
    Set<String> family = new HashSet<>();
    Deque<String> pending = new ArrayDeque<>(List.of(bodyId));
    // The visited set also stops a parent loop in invalid data from running forever.
    while (!pending.isEmpty()) {
      String next = pending.pop();
      if (family.add(next)) {
        pending.addAll(organs.getOrDefault(next, List.of()));
      }
    }
    return family;
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Dataset}. */
  public static final class Builder extends ImmutableDataset.Builder {
    Builder() {}
  }
}
