package io.github.wsis20.cli;

import io.github.wsis20.io.ReferenceData;
import io.github.wsis20.model.Body;
import io.github.wsis20.model.Dataset;
import io.github.wsis20.model.DateRange;
import io.github.wsis20.model.Due;
import io.github.wsis20.model.Obligation;
import io.github.wsis20.model.Route;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code wsis timeline}: the bundled mandates in due order, and where each stands on a date. */
@Command(name = "timeline", mixinStandardHelpOptions = true, versionProvider = Wsis.Version.class,
    header = "Prints the bundled WSIS+20 deliverables in due order, and where each stands on a date.",
    description = "Prints the WSIS+20 deliverables of the bundled dataset in due order: who owes what to whom, "
        + "through whom, by when, under which instrument, and whether it is past, due or ahead on a date.")
final class TimelineCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--as-of", paramLabel = "DATE", description = "The date to judge against (YYYY-MM-DD). Default: today.")
  LocalDate asOf;

  @Option(names = "--body", paramLabel = "ID",
      description = "Only what this body or its organs owe, receive or pass on (a body id such as itu, cstd, unesco).")
  String body;

  @Override
  public Integer call() {
    Dataset dataset = ReferenceData.wsis20();
    LocalDate date = asOf != null ? asOf : LocalDate.now();
    List<Obligation> obligations = dataset.obligations();
    if (body != null) {
      if (dataset.find(body, Body.class).isEmpty()) {
        throw new ParameterException(spec.commandLine(), "no body '" + body + "' in the bundled dataset; known: "
            + dataset.getBodies().stream().map(Body::getId).collect(Collectors.joining(", ")));
      }
      Set<Obligation> involved = new LinkedHashSet<>(dataset.owedBy(body));
      involved.addAll(dataset.owedTo(body));
      involved.addAll(dataset.passingThrough(body));
      obligations = obligations.stream().filter(involved::contains).collect(Collectors.toList());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("WSIS+20 deliverables%s, as of %s: %d%n%n", body == null ? "" : " involving " + body, date, obligations.size());
    for (Obligation o : obligations) {
      out.printf("%-6s %-18s %s%n", standing(o, date), o.getDeliverable().getDue().map(Due::toString).orElse("no due"),
          o.getDeliverable().getTitle());
      out.printf("       %s%s%n", route(dataset, o.getDeliverable().getRoute()), period(o));
      out.printf("       under %s (%s)%n%n", o.getInstrument().getSymbol(), o.getMandate().getId());
    }
    out.flush();
    return 0;
  }

  private static String standing(Obligation o, LocalDate date) {
    return o.getPeriod().map(p -> p.standingOn(date).name()).orElse("OPEN");
  }

  private static String period(Obligation o) {
    return o.getPeriod().map(DateRange::toString).map(p -> "   [" + p + "]").orElse("");
  }

  static String route(Dataset dataset, Route route) {
    StringBuilder sb = new StringBuilder(name(dataset, route.getAuthor()));
    for (String through : route.getThrough()) {
      sb.append(" -> ").append(name(dataset, through));
    }
    sb.append(" => ").append(route.getTo().stream().map(id -> name(dataset, id)).collect(Collectors.joining(", ")));
    return sb.toString();
  }

  static String name(Dataset dataset, String bodyId) {
    return dataset.find(bodyId, Body.class).flatMap(Body::getAbbreviation).orElse(bodyId);
  }
}
