package io.github.wsis20.examples;

import io.github.wsis20.io.ReferenceData;
import io.github.wsis20.model.Body;
import io.github.wsis20.model.Dataset;
import io.github.wsis20.model.Instrument;
import io.github.wsis20.model.Mandate;
import io.github.wsis20.model.Obligation;
import io.github.wsis20.model.Route;
import io.github.wsis20.model.Supersession;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * Walks the bundled WSIS+20 mandate graph as of a date: what ITU owes after 2025, to whom and
 * through whom, and where each item stands; the mandates still active; what superseded what.
 */
public final class WalkTheMandateGraph {
  private WalkTheMandateGraph() {}

  /**
   * Runs the example.
   *
   * @param args an optional date, YYYY-MM-DD (default 2026-12-02)
   */
  public static void main(String[] args) {
    Dataset wsis20 = ReferenceData.wsis20();
    LocalDate asOf = args.length > 0 ? LocalDate.parse(args[0]) : LocalDate.of(2026, 12, 2);
    LocalDate endOf2025 = LocalDate.of(2025, 12, 31);

    System.out.println("What ITU and its organs owe after 2025, as of " + asOf + ":");
    for (Obligation obligation : wsis20.timelineOf("itu", asOf)) {
      boolean owedByItu = wsis20.owedBy("itu").contains(obligation);
      boolean after2025 = obligation.getPeriod().map(p -> p.getLast().isAfter(endOf2025)).orElse(false);
      if (!owedByItu || !after2025) {
        continue;
      }
      Route route = obligation.getDeliverable().getRoute();
      System.out.printf("- %s: %s%n    by %s, through %s, to %s, due %s%n    under %s%s%n",
          obligation.statusOn(asOf),
          obligation.getDeliverable().getTitle(),
          name(wsis20, route.getAuthor()),
          route.getThrough().isEmpty() ? "nobody" : route.getThrough().stream().map(id -> name(wsis20, id))
              .collect(Collectors.joining(", ")),
          route.getTo().stream().map(id -> name(wsis20, id)).collect(Collectors.joining(", ")),
          obligation.getPeriod().map(p -> p.getFirst() + " to " + p.getLast()).orElse("-"),
          label(obligation.getInstrument()),
          obligation.getFulfilment().map(f -> "\n    delivered " + obligation.getDeliveredOn().orElseThrow()
              + " by " + f.document()).orElse(""));
    }

    System.out.println();
    System.out.println("Mandates still active on " + asOf + ":");
    for (Mandate mandate : wsis20.mandatesActiveOn(asOf)) {
      System.out.printf("- %s, to %s: %s%n", label(wsis20.instrumentOf(mandate.getId()).orElseThrow()),
          name(wsis20, mandate.getAddressee()), mandate.getAction());
    }

    System.out.println();
    System.out.println("What superseded what:");
    for (Supersession s : wsis20.supersessions()) {
      System.out.printf("- %s (%s) %s %s, from %s%n", label(s.getLater()), s.getLater().getId(),
          s.getKind() == Supersession.Kind.REVISION ? "revises" : "replaces", s.getEarlier().getId(),
          s.getEffective().map(Object::toString).orElse("a day not recorded"));
    }
  }

  private static String label(Instrument instrument) {
    return instrument.getSymbol().map(Object::toString).or(instrument::getTitle).orElse(instrument.getId());
  }

  private static String name(Dataset dataset, String bodyId) {
    return dataset.find(bodyId, Body.class).map(Body::getName).orElse(bodyId);
  }
}
