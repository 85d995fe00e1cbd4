package io.github.wsis20.cli;

import io.github.wsis20.io.ReferenceData;
import io.github.wsis20.model.Body;
import io.github.wsis20.model.Dataset;
import io.github.wsis20.model.DeliverableStatus;
import io.github.wsis20.model.Obligation;
import io.github.wsis20.model.ReviewProcess;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code wsis graph}: the reporting routes of the bundled dataset as a diagram. Each route is one
 * path from its author through its intermediaries to its recipients, labelled with the
 * deliverable's title; an organisation's organs are drawn inside a box of the organisation.
 */
@Command(name = "graph", mixinStandardHelpOptions = true, versionProvider = Wsis.Version.class, header = "Prints the reporting routes of the bundled deliverables as a diagram.", description = "Prints the reporting routes of the bundled deliverables as a Mermaid or Graphviz DOT diagram:"
    + " one path per route, labelled with what travels, organs grouped with their organisation.")
final class GraphCommand implements Callable<Integer> {
  /** How long a label may be, in code points, before it is cut at a word. */
  static final int LABEL_MAX = 60;

  private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b",
      "#e377c2", "#17becf"};

  /** The diagram languages. */
  enum Format {
    mermaid, dot
  }

  @Spec
  CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "mermaid", description = "mermaid or dot. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--body", paramLabel = "BODY", description = "Only the routes of what this body or its organs owe, receive or pass on: an id or abbreviation, in any case.")
  String body;

  @Option(names = "--status", paramLabel = "STATUS", split = ",", description = "Only deliverables with one of these statuses on the --as-of date: DUE, OVERDUE, AHEAD, OPEN,"
      + " NOT_RECORDED, DELIVERED (any case, comma-separated).")
  List<String> statuses;

  @Option(names = "--as-of", paramLabel = "DATE", description = "The date --status judges against (YYYY-MM-DD). Default: today.")
  LocalDate asOf;

  @Option(names = "--process", paramLabel = "ID", description = "Only the deliverables of this review process.")
  String process;

  @Override
  public Integer call() {
    Dataset dataset = ReferenceData.wsis20();
    List<Obligation> obligations = dataset.obligations();
    if (body != null) {
      obligations = dataset.involving(Names.resolveBody(spec.commandLine(), dataset, body));
    }
    if (process != null) {
      ReviewProcess review = Names.resolveProcess(spec.commandLine(), dataset, process);
      obligations = obligations.stream().filter(o -> review.getDeliverables().contains(o.getDeliverable().getId()))
          .collect(Collectors.toList());
    }
    if (statuses != null) {
      Set<DeliverableStatus> wanted = statuses();
      LocalDate date = asOf != null ? asOf : LocalDate.now();
      obligations = obligations.stream().filter(o -> wanted.contains(o.statusOn(date))).collect(Collectors.toList());
    }
    List<Path> paths = paths(obligations);
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == Format.mermaid ? mermaid(dataset, paths) : dot(dataset, paths));
    out.flush();
    return Wsis.OK;
  }

  private Set<DeliverableStatus> statuses() {
    Set<DeliverableStatus> wanted = EnumSet.noneOf(DeliverableStatus.class);
    for (String s : statuses) {
      String name = s.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
      wanted.add(Arrays.stream(DeliverableStatus.values()).filter(v -> v.name().equals(name)).findFirst()
          .orElseThrow(() -> new ParameterException(spec.commandLine(), "no status '" + s + "'; known: "
              + Arrays.stream(DeliverableStatus.values()).map(Enum::name).collect(Collectors.joining(", ")))));
    }
    return wanted;
  }

  /** One route: the bodies it passes, in order, then its recipients, with what travels on it. */
  static final class Path {
    final List<String> hops;
    final List<String> to;
    final String label;

    Path(List<String> hops, List<String> to, String label) {
      this.hops = hops;
      this.to = to;
      this.label = label;
    }

    List<String> bodies() {
      List<String> all = new ArrayList<>(hops);
      all.addAll(to);
      return all;
    }
  }

  static List<Path> paths(List<Obligation> obligations) {
    Map<String, Path> paths = new LinkedHashMap<>();
    for (Obligation o : obligations) {
      List<String> hops = new ArrayList<>();
      hops.add(o.getDeliverable().getRoute().getAuthor());
      hops.addAll(o.getDeliverable().getRoute().getThrough());
      List<String> to = o.getDeliverable().getRoute().getTo();
      String label = label(o.getDeliverable().getTitle());
      paths.putIfAbsent(hops + ">" + to + ">" + label, new Path(hops, to, label));
    }
    return List.copyOf(paths.values());
  }

  /** A title cut at a word to at most {@link #LABEL_MAX} code points, with an ellipsis when cut. */
  static String label(String title) {
    if (title.codePointCount(0, title.length()) <= LABEL_MAX) {
      return title;
    }
    String cut = title.substring(0, title.offsetByCodePoints(0, LABEL_MAX - 1));
    int space = cut.lastIndexOf(' ');
    return (space > LABEL_MAX / 2 ? cut.substring(0, space) : cut).replaceAll("[ ,;:]+$", "") + "\u2026";
  }

  /** The organisation a body belongs to: the top of its parent chain (itself when it has no parent). */
  static String organisation(Dataset dataset, String bodyId) {
    String id = bodyId;
    Set<String> seen = new HashSet<>();
    while (seen.add(id)) {
      Optional<String> parent = dataset.find(id, Body.class).flatMap(Body::getParent);
      if (parent.isEmpty()) {
        return id;
      }
      id = parent.get();
    }
    return bodyId; // a parent loop, which the validator reports: no organisation to group by
  }

  /** The diagram's bodies grouped by organisation; an organisation with no organ in the diagram is a lone node. */
  static Map<String, List<String>> clusters(Dataset dataset, Set<String> bodies) {
    Map<String, List<String>> byOrganisation = new LinkedHashMap<>();
    for (String b : bodies) {
      byOrganisation.computeIfAbsent(organisation(dataset, b), k -> new ArrayList<>()).add(b);
    }
    return byOrganisation;
  }

  private static Set<String> bodies(List<Path> paths) {
    Set<String> bodies = new LinkedHashSet<>();
    paths.forEach(p -> bodies.addAll(p.bodies()));
    return bodies;
  }

  static String mermaid(Dataset dataset, List<Path> paths) {
    Set<String> bodies = bodies(paths);
    // Mermaid node ids are kept to letters and digits: body ids may hold '-', '+' or '.'.
    Map<String, String> nodes = new LinkedHashMap<>();
    bodies.forEach(b -> nodes.put(b, "b" + nodes.size()));
    StringBuilder sb = new StringBuilder("flowchart LR\n");
    int cluster = 0;
    for (Map.Entry<String, List<String>> group : clusters(dataset, bodies).entrySet()) {
      boolean grouped = group.getValue().size() > 1 || !group.getValue().get(0).equals(group.getKey());
      String indent = grouped ? "    " : "  ";
      if (grouped) {
        sb.append("  subgraph g").append(cluster++).append("[\"")
            .append(mermaidText(organisationName(dataset, group.getKey()))).append("\"]\n");
      }
      for (String b : group.getValue()) {
        sb.append(indent).append(nodes.get(b)).append("[\"").append(mermaidText(Names.body(dataset, b)))
            .append("\"]\n");
      }
      if (grouped) {
        sb.append("  end\n");
      }
    }
    for (Path p : paths) {
      sb.append("  ").append(nodes.get(p.hops.get(0))).append(" -->|\"").append(mermaidText(p.label)).append("\"| ");
      for (int i = 1; i < p.hops.size(); i++) {
        sb.append(nodes.get(p.hops.get(i))).append(" --> ");
      }
      sb.append(p.to.stream().map(nodes::get).collect(Collectors.joining(" & "))).append('\n');
    }
    return sb.toString();
  }

  static String dot(Dataset dataset, List<Path> paths) {
    Set<String> bodies = bodies(paths);
    StringBuilder sb = new StringBuilder("digraph wsis20 {\n  rankdir=LR;\n  node [shape=box];\n");
    int cluster = 0;
    for (Map.Entry<String, List<String>> group : clusters(dataset, bodies).entrySet()) {
      boolean grouped = group.getValue().size() > 1 || !group.getValue().get(0).equals(group.getKey());
      String indent = grouped ? "    " : "  ";
      if (grouped) {
        sb.append("  subgraph cluster_").append(cluster++).append(" {\n    label=")
            .append(dotText(organisationName(dataset, group.getKey()))).append(";\n");
      }
      for (String b : group.getValue()) {
        sb.append(indent).append(dotText(b)).append(" [label=").append(dotText(Names.body(dataset, b))).append("];\n");
      }
      if (grouped) {
        sb.append("  }\n");
      }
    }
    // One colour per route, so that its hops read as one path; the label only on its first hop.
    for (int n = 0; n < paths.size(); n++) {
      Path p = paths.get(n);
      String colour = "color=" + dotText(COLOURS[n % COLOURS.length]);
      List<String> hops = new ArrayList<>(p.hops);
      for (int i = 0; i + 1 < hops.size(); i++) {
        sb.append("  ").append(dotText(hops.get(i))).append(" -> ").append(dotText(hops.get(i + 1))).append(" [")
            .append(i == 0 ? "label=" + dotText(p.label) + ", " : "").append(colour).append("];\n");
      }
      String last = hops.get(hops.size() - 1);
      for (int k = 0; k < p.to.size(); k++) {
        sb.append("  ").append(dotText(last)).append(" -> ").append(dotText(p.to.get(k))).append(" [")
            .append(hops.size() == 1 && k == 0 ? "label=" + dotText(p.label) + ", " : "").append(colour).append("];\n");
      }
    }
    return sb.append("}\n").toString();
  }

  private static String organisationName(Dataset dataset, String id) {
    return dataset.find(id, Body.class).map(Body::getName).orElse(id);
  }

  private static String mermaidText(String text) {
    return text.replace("\"", "#quot;");
  }

  private static String dotText(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
