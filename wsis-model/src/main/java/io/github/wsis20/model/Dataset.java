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
                .map(deliverable -> new Obligation(instrument, mandate, deliverable,
                    deliverable.getDue().flatMap(this::periodOf).orElse(null)))))
        .sorted(DUE_ORDER)
        .collect(Collectors.toUnmodifiableList());
  }

  private static final Comparator<Obligation> DUE_ORDER =
      Comparator.<Obligation, LocalDate>comparing(o -> o.getPeriod().map(DateRange::getLast).orElse(null),
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

  private Set<String> withOrgans(String bodyId) {
    Map<String, List<String>> organs = new LinkedHashMap<>();
    for (Body body : getBodies()) {
      body.getParent().ifPresent(parent -> organs.computeIfAbsent(parent, k -> new java.util.ArrayList<>()).add(body.getId()));
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
