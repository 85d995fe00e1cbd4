package io.github.wsis20.examples;

import io.github.wsis20.io.ReferenceData;
import io.github.wsis20.model.Body;
import io.github.wsis20.model.Dataset;
import io.github.wsis20.model.Obligation;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * Walks the bundled WSIS+20 mandate graph: what ITU owes after 2025, to whom, through whom, and
 * under which instrument.
 */
public final class WalkTheMandateGraph {
  private WalkTheMandateGraph() {}

  /**
   * Runs the example.
   *
   * @param args none
   */
  public static void main(String[] args) {
    Dataset wsis20 = ReferenceData.wsis20();
    LocalDate endOf2025 = LocalDate.of(2025, 12, 31);
    System.out.println("What ITU and its organs owe after 2025:");
    for (Obligation obligation : wsis20.owedBy("itu")) {
      boolean after2025 = obligation.getPeriod().map(p -> p.getLast().isAfter(endOf2025)).orElse(false);
      if (!after2025) {
        continue;
      }
      var route = obligation.getDeliverable().getRoute();
      System.out.printf("- %s%n    by %s, through %s, to %s, due %s%n    under %s%n",
          obligation.getDeliverable().getTitle(),
          name(wsis20, route.getAuthor()),
          route.getThrough().isEmpty() ? "nobody" : route.getThrough().stream().map(id -> name(wsis20, id))
              .collect(Collectors.joining(", ")),
          route.getTo().stream().map(id -> name(wsis20, id)).collect(Collectors.joining(", ")),
          obligation.getDeliverable().getDue().map(Object::toString).orElse("-"),
          obligation.getInstrument().getSymbol().map(Object::toString).orElse(obligation.getInstrument().getId()));
    }
  }

  private static String name(Dataset dataset, String bodyId) {
    return dataset.find(bodyId, Body.class).map(Body::getName).orElse(bodyId);
  }
}
