package io.github.wsis20.examples;

import io.github.wsis20.io.ContributionReader;
import io.github.wsis20.io.ReadResult;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.problem.Problem;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * A small contribution-validation HTTP service that stays answerable under slow or stalled
 * clients.
 *
 * <p>{@code POST /contributions} with {@code Content-Type: application/json} answers 201 with the
 * contribution's id for a valid payload; 422 with an RFC 9457 {@code application/problem+json}
 * body ({@link Problem}) listing every violation, with line and column where the problem is in the
 * text, and for a malformed body where reading stopped and why; 413 for a body over the reader's
 * document limit ({@link #MAX_BODY_BYTES}); 415 for another media type; 405 for another method;
 * 404 for any other path. Titles, details and messages follow the request's
 * {@code Accept-Language}.
 *
 * <p>It runs on {@link BoundedHttpServer}, not the JDK's {@code HttpServer}: requests are read
 * whole by one selector thread within a request timeout (10 s) and an idle timeout (5 s), and only
 * then queued (at most 64) for the workers (one per core), so that clients that trickle or stall
 * hold no worker and others are still answered; past the bounds a client gets 408 or 503.
 *
 * <p>Run it with an optional port (default 8080) and try
 * {@code curl -i -H 'Content-Type: application/json' --data @payload.json localhost:8080/contributions}.
 */
public final class ContributionService implements AutoCloseable {
  // One reader for every request: it is immutable and thread-safe.
  private static final ContributionReader READER = ContributionReader.standard();

  /**
   * The largest request body the service reads: the reader's document limit, so that the service
   * refuses nothing that the contract allows (a 200,000-character body of CJK text is about
   * 600 KB of UTF-8).
   */
  public static final int MAX_BODY_BYTES = READER.getLimits().getMaxDocumentBytes();

  private static final String PATH = "/contributions";

  private final BoundedHttpServer server;

  private ContributionService(BoundedHttpServer server) {
    this.server = server;
  }

  /**
   * Starts the service on the loopback address.
   *
   * @param port the port, or 0 for any free one
   * @return the running service
   * @throws IOException if the port cannot be bound
   */
  public static ContributionService start(int port) throws IOException {
    return start(port, BoundedHttpServer.Settings.defaults(MAX_BODY_BYTES));
  }

  static ContributionService start(int port, BoundedHttpServer.Settings settings) throws IOException {
    InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    return new ContributionService(new BoundedHttpServer(address, settings, new Handler()));
  }

  /**
   * The port the service listens on.
   *
   * @return the port
   */
  public int port() {
    return server.port();
  }

  @Override
  public void close() {
    server.close();
  }

  /** What the service answers. */
  private static final class Handler implements BoundedHttpServer.Handler {
    @Override
    public BoundedHttpServer.Response handle(BoundedHttpServer.Request request) {
      Locale locale = Problem.negotiateLocale(request.headers.get("accept-language"));
      if (!PATH.equals(request.path())) {
        return problem(Problem.forStatus(404, locale), Map.of());
      }
      if (!"POST".equals(request.method)) {
        return problem(Problem.forStatus(405, locale, "allow", "POST"), Map.of("Allow", "POST"));
      }
      String type = request.headers.get("content-type");
      if (type == null || !type.toLowerCase(Locale.ROOT).matches("application/json\\s*(;.*)?")) {
        return problem(Problem.forStatus(415, locale, "supported", "application/json"), Map.of());
      }
      ReadResult<Contribution> result = READER.read(request.body, locale);
      if (!result.isValid()) {
        return problem(Problem.of(result.getReport()), Map.of());
      }
      String id = result.getValue().orElseThrow().getId();
      byte[] body = ("{\"id\":" + quote(id) + "}").getBytes(StandardCharsets.UTF_8);
      return new BoundedHttpServer.Response(201, Map.of("Content-Type", "application/json; charset=utf-8",
          "Location", PATH + "/" + id), body);
    }

    @Override
    public BoundedHttpServer.Response refuse(int status, Map<String, String> headers) {
      Locale locale = Problem.negotiateLocale(headers.get("accept-language"));
      Problem problem = status == 413
          ? Problem.forStatus(413, locale, "max", Integer.toString(MAX_BODY_BYTES))
          : Problem.forStatus(status, locale);
      return problem(problem, status == 503 ? Map.of("Retry-After", "1") : Map.of());
    }

    private static BoundedHttpServer.Response problem(Problem problem, Map<String, String> extra) {
      Map<String, String> headers = new java.util.LinkedHashMap<>(extra);
      headers.put("Content-Type", Problem.MEDIA_TYPE + "; charset=utf-8");
      headers.put("Content-Language", problem.getLocale().toLanguageTag());
      return new BoundedHttpServer.Response(problem.getStatus(), headers, problem.toJson());
    }
  }

  private static String quote(String text) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.append('"').toString();
  }

  /**
   * Runs the service until the process is stopped.
   *
   * @param args optionally, the port (default 8080)
   * @throws IOException if the port cannot be bound
   */
  public static void main(String[] args) throws IOException {
    ContributionService service = start(args.length > 0 ? Integer.parseInt(args[0]) : 8080);
    System.out.println("Listening on http://localhost:" + service.port() + "/contributions");
  }
}
