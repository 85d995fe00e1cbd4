package io.github.wsis20.cli;

import io.github.wsis20.io.ReferenceData;
import io.github.wsis20.model.Dataset;
import io.github.wsis20.model.Obligation;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code wsis graph}: the reporting routes of the bundled dataset as a diagram. */
@Command(name = "graph", mixinStandardHelpOptions = true, versionProvider = Wsis.Version.class,
    header = "Prints the reporting routes of the bundled deliverables as a diagram.",
    description = "Prints the reporting routes of the bundled WSIS+20 deliverables as a Mermaid or Graphviz DOT diagram.")
final class GraphCommand implements Callable<Integer> {

  /** The diagram languages. */
  enum Format { mermaid, dot }

  @Spec
  CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "mermaid",
      description = "mermaid or dot. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Override
  public Integer call() {
    Dataset dataset = ReferenceData.wsis20();
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == Format.mermaid ? mermaid(dataset) : dot(dataset));
    out.flush();
    return 0;
  }

  /** One arrow of a route: from a body to the next, labelled with what travels and when. */
  private static final class Edge {
    final String from;
    final String to;
    final String label;

    Edge(String from, String to, String label) {
      this.from = from;
      this.to = to;
      this.label = label;
    }
  }

  static List<Edge> edges(Dataset dataset) {
    Map<String, Edge> edges = new LinkedHashMap<>();
    for (Obligation o : dataset.obligations()) {
      List<String> hops = new java.util.ArrayList<>();
      hops.add(o.getDeliverable().getRoute().getAuthor());
      hops.addAll(o.getDeliverable().getRoute().getThrough());
      String label = o.getDeliverable().getId() + o.getDeliverable().getDue().map(d -> " (" + d + ")").orElse("");
      for (int i = 0; i + 1 < hops.size(); i++) {
        edges.putIfAbsent(hops.get(i) + ">" + hops.get(i + 1) + ">" + label, new Edge(hops.get(i), hops.get(i + 1), label));
      }
      String last = hops.get(hops.size() - 1);
      for (String to : o.getDeliverable().getRoute().getTo()) {
        edges.putIfAbsent(last + ">" + to + ">" + label, new Edge(last, to, label));
      }
    }
    return List.copyOf(edges.values());
  }

  static String mermaid(Dataset dataset) {
    List<Edge> edges = edges(dataset);
    Map<String, String> nodes = nodeIds(edges);
    StringBuilder sb = new StringBuilder("flowchart LR\n");
    nodes.forEach((body, node) -> sb.append("  ").append(node).append("[\"")
        .append(mermaidText(TimelineCommand.name(dataset, body))).append("\"]\n"));
    for (Edge e : edges) {
      sb.append("  ").append(nodes.get(e.from)).append(" -->|\"").append(mermaidText(e.label)).append("\"| ")
          .append(nodes.get(e.to)).append('\n');
    }
    return sb.toString();
  }

  static String dot(Dataset dataset) {
    StringBuilder sb = new StringBuilder("digraph wsis20 {\n  rankdir=LR;\n  node [shape=box];\n");
    List<Edge> edges = edges(dataset);
    for (String body : nodeIds(edges).keySet()) {
      sb.append("  ").append(dotText(body)).append(" [label=").append(dotText(TimelineCommand.name(dataset, body)))
          .append("];\n");
    }
    for (Edge e : edges) {
      sb.append("  ").append(dotText(e.from)).append(" -> ").append(dotText(e.to))
          .append(" [label=").append(dotText(e.label)).append("];\n");
    }
    return sb.append("}\n").toString();
  }

  private static Map<String, String> nodeIds(List<Edge> edges) {
    Set<String> bodies = new LinkedHashSet<>();
    for (Edge e : edges) {
      bodies.add(e.from);
      bodies.add(e.to);
    }
    // Mermaid node ids are kept to letters and digits: body ids may hold '-', '+' or '.'.
    Map<String, String> ids = new LinkedHashMap<>();
    int n = 0;
    for (String body : bodies) {
      ids.put(body, "b" + n++);
    }
    return ids;
  }

  private static String mermaidText(String text) {
    return text.replace("\"", "#quot;");
  }

  private static String dotText(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
