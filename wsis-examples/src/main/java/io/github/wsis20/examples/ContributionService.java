package io.github.wsis20.examples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.wsis20.io.ContributionReader;
import io.github.wsis20.io.ReadResult;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.validation.Violation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small contribution-validation HTTP service on the JDK's built-in server.
 *
 * <p>{@code POST /contributions} with {@code Content-Type: application/json} answers 201 with the
 * contribution's id for a valid payload; 422 with an RFC 9457 {@code application/problem+json}
 * body listing the violations for an invalid one; 413 above the size limit; 415 for another media
 * type; 405 for another method. Messages follow the request's {@code Accept-Language}.
 *
 * <p>Run it with an optional port (default 8080) and try
 * {@code curl -i -H 'Content-Type: application/json' --data @payload.json localhost:8080/contributions}.
 */
public final class ContributionService implements AutoCloseable {
  /** The largest request body the service reads. */
  public static final int MAX_BODY_BYTES = 256 * 1024;

  private static final JsonFactory JSON = new JsonFactory();

  private final HttpServer server;
  private final ExecutorService workers;
  // One reader for every request: it is immutable and thread-safe.
  private final ContributionReader reader = ContributionReader.standard();

  private ContributionService(HttpServer server, ExecutorService workers) {
    this.server = server;
    this.workers = workers;
  }

  /**
   * Starts the service on the loopback address.
   *
   * @param port the port, or 0 for any free one
   * @return the running service
   * @throws IOException if the port cannot be bound
   */
  public static ContributionService start(int port) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
    ExecutorService workers = Executors.newFixedThreadPool(8);
    ContributionService service = new ContributionService(server, workers);
    server.createContext("/contributions", service::handle);
    server.setExecutor(workers);
    server.start();
    return service;
  }

  /**
   * The port the service listens on.
   *
   * @return the port
   */
  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        exchange.getResponseHeaders().set("Allow", "POST");
        problem(exchange, 405, "Method Not Allowed", "Only POST is served here.", null);
        return;
      }
      String type = exchange.getRequestHeaders().getFirst("Content-Type");
      if (type == null || !type.toLowerCase(Locale.ROOT).matches("application/json\\s*(;.*)?")) {
        problem(exchange, 415, "Unsupported Media Type", "Send the contribution as application/json.", null);
        return;
      }
      byte[] body = readAtMost(exchange.getRequestBody(), MAX_BODY_BYTES);
      if (body == null) {
        problem(exchange, 413, "Content Too Large", "A contribution is at most " + MAX_BODY_BYTES + " bytes.", null);
        return;
      }
      Locale locale = locale(exchange.getRequestHeaders().getFirst("Accept-Language"));
      ReadResult<Contribution> result = reader.read(body, locale);
      if (result.isValid()) {
        String id = result.getValue().orElseThrow().getId();
        exchange.getResponseHeaders().set("Location", "/contributions/" + id);
        respond(exchange, 201, "application/json", "{\"id\":" + quote(id) + "}");
      } else {
        problem(exchange, 422, "Invalid contribution", "The contribution breaks the rules listed in violations.", result);
      }
    }
  }

  private static byte[] readAtMost(InputStream in, int max) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    int n;
    while ((n = in.read(chunk)) != -1) {
      if (buffer.size() + n > max) {
        // Drain nothing more: the connection is answered and closed.
        return null;
      }
      buffer.write(chunk, 0, n);
    }
    return buffer.toByteArray();
  }

  private static final java.util.List<Locale> LANGUAGES = java.util.List.of(Locale.ENGLISH, Locale.FRENCH,
      Locale.CHINESE, Locale.forLanguageTag("ar"), Locale.forLanguageTag("ru"), Locale.forLanguageTag("es"));

  private static Locale locale(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return Locale.ENGLISH;
    }
    try {
      Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
      return best != null ? best : Locale.ENGLISH;
    } catch (IllegalArgumentException e) {
      return Locale.ENGLISH;
    }
  }

  private static void problem(HttpExchange exchange, int status, String title, String detail,
      ReadResult<Contribution> result) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try (JsonGenerator json = JSON.createGenerator(body)) {
      json.writeStartObject();
      json.writeStringField("type", "about:blank");
      json.writeStringField("title", title);
      json.writeNumberField("status", status);
      json.writeStringField("detail", detail);
      if (result != null) {
        json.writeArrayFieldStart("violations");
        for (Violation v : result.getReport().getViolations()) {
          json.writeStartObject();
          json.writeStringField("pointer", v.getPointer().toString());
          json.writeStringField("code", v.getCode().getCode());
          json.writeStringField("severity", v.getSeverity().name());
          json.writeStringField("message", v.getMessage());
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      json.writeEndObject();
    }
    respond(exchange, status, "application/problem+json", body.toString(StandardCharsets.UTF_8));
  }

  private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
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
