package io.github.wsis20.cli;

import io.github.wsis20.model.Body;
import io.github.wsis20.model.Dataset;
import io.github.wsis20.model.DateRange;
import io.github.wsis20.model.Due;
import io.github.wsis20.model.Event;
import io.github.wsis20.model.Instrument;
import io.github.wsis20.model.ReviewProcess;
import io.github.wsis20.model.Route;
import io.github.wsis20.model.Session;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * How the commands name the dataset's entities to a reader (bodies by abbreviation or name,
 * instruments by symbol or title, sessions by name) and how they read a body or a review process
 * given on the command line (by id or abbreviation, in any case).
 */
final class Names {
  private Names() {}

  /** A body as a reader knows it: its abbreviation, else its name; the id only if it is not in the dataset. */
  static String body(Dataset dataset, String bodyId) {
    return dataset.find(bodyId, Body.class).map(b -> b.getAbbreviation().orElse(b.getName())).orElse(bodyId);
  }

  /** A route in words: {@code author -> intermediary => recipient, recipient}. */
  static String route(Dataset dataset, Route route) {
    StringBuilder sb = new StringBuilder(body(dataset, route.getAuthor()));
    for (String through : route.getThrough()) {
      sb.append(" -> ").append(body(dataset, through));
    }
    sb.append(" => ").append(route.getTo().stream().map(id -> body(dataset, id)).collect(Collectors.joining(", ")));
    return sb.toString();
  }

  /**
   * An instrument as a reader knows it: its symbol, else its title, else who adopted it when, with
   * the missing symbol said in so many words rather than guessed.
   */
  static String instrument(Dataset dataset, Instrument instrument) {
    if (instrument.getSymbol().isPresent()) {
      String symbol = instrument.getSymbol().get().toString();
      boolean shared = dataset.getInstruments().stream()
          .anyMatch(i -> i != instrument && i.getSymbol().equals(instrument.getSymbol()));
      return shared ? symbol + " (" + textOf(dataset, instrument) + ")" : symbol;
    }
    if (instrument.getTitle().isPresent()) {
      return instrument.getTitle().get();
    }
    return body(dataset, instrument.getAdoptedBy()) + " " + instrument.getKind().name().toLowerCase(Locale.ROOT)
        + instrument.getAdoptedOn().map(d -> " of " + d).orElse("") + " (symbol not recorded)";
  }

  /**
   * Which text of a symbol several instruments share (a resolution and its revisions): the one
   * adopted at a meeting, on a day, or before the revision that names it.
   */
  private static String textOf(Dataset dataset, Instrument instrument) {
    if (instrument.getMeeting().isPresent()) {
      return "text of " + meeting(dataset, instrument.getMeeting().get());
    }
    if (instrument.getAdoptedOn().isPresent()) {
      return "text of " + instrument.getAdoptedOn().get();
    }
    return dataset.supersessionsOf(instrument.getId()).stream().findFirst()
        .flatMap(s -> s.getLater().getMeeting().map(m -> "text before its revision at " + meeting(dataset, m)))
        .orElse("text of a date not recorded");
  }

  /** A session or event by its name; a numbered session without one as "CSTD, 30th session". */
  static String meeting(Dataset dataset, String id) {
    Optional<Session> session = dataset.find(id, Session.class);
    if (session.isPresent()) {
      Session s = session.get();
      return s.getName().orElseGet(() -> body(dataset, s.getBody())
          + (s.getOrdinal().isPresent() ? ", " + ordinal(s.getOrdinal().getAsInt()) + " session" : " " + s.getYear()));
    }
    return dataset.find(id, Event.class).map(Event::getName).orElse(id);
  }

  /** A due in words, with the dates it resolves to. */
  static String due(Dataset dataset, Optional<Due> due, Optional<DateRange> period) {
    if (due.isEmpty()) {
      return "no due given";
    }
    Due d = due.get();
    switch (d.getPrecision()) {
      case DAY :
        return "due on " + d;
      case MONTH :
        return "due by the end of " + d;
      case YEAR :
        return "due in " + d;
      default :
        String id = d.getSessionId().orElseThrow();
        Optional<Session> session = dataset.find(id, Session.class);
        if (session.isEmpty()) {
          return "due at session " + id + ", which the dataset does not hold";
        }
        String when = session.get().getStart().isPresent()
            ? period.map(p -> p.getFirst() + " to " + p.getLast()).orElse("")
            : session.get().getYear() + ", dates not recorded";
        return "due at " + meeting(dataset, id) + " (" + when + ")";
    }
  }

  static String ordinal(int n) {
    int lastTwo = n % 100;
    String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd"
        : "th";
    return n + suffix;
  }

  /**
   * The body a {@code --body} value names: its id or abbreviation, in any case.
   *
   * @throws ParameterException if no body, or more than one, answers to it
   */
  static String resolveBody(CommandLine commandLine, Dataset dataset, String value) {
    List<Body> matches = dataset.getBodies().stream()
        .filter(b -> b.getId().equalsIgnoreCase(value)
            || b.getAbbreviation().filter(a -> a.equalsIgnoreCase(value)).isPresent())
        .collect(Collectors.toList());
    // An exact id wins over an abbreviation that happens to read the same.
    Optional<Body> exact = matches.stream().filter(b -> b.getId().equals(value)).findFirst();
    if (exact.isPresent()) {
      return exact.get().getId();
    }
    if (matches.size() == 1) {
      return matches.get(0).getId();
    }
    String known = dataset.getBodies().stream()
        .map(b -> b.getId() + b.getAbbreviation().map(a -> " (" + a + ")").orElse(""))
        .collect(Collectors.joining(", "));
    throw new ParameterException(commandLine, matches.isEmpty()
        ? "no body '" + value + "' in the bundled dataset; give an id or abbreviation: " + known
        : "'" + value + "' names more than one body: "
            + matches.stream().map(Body::getId).collect(Collectors.joining(", ")));
  }

  /**
   * The review process a {@code --process} value names, by id in any case.
   *
   * @throws ParameterException if none does
   */
  static ReviewProcess resolveProcess(CommandLine commandLine, Dataset dataset, String value) {
    return dataset.getReviewProcesses().stream().filter(p -> p.getId().equalsIgnoreCase(value)).findFirst()
        .orElseThrow(() -> new ParameterException(commandLine, "no review process '" + value
            + "' in the bundled dataset; known: " + dataset.getReviewProcesses().stream()
                .map(p -> p.getId() + " (" + p.getName() + ")").collect(Collectors.joining(", "))));
  }
}
