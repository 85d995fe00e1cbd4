package io.github.wsis20.examples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A small HTTP/1.1 server whose every resource is bounded, for the example service: one selector
 * thread reads each request whole, without a thread per connection, so that a client that sends
 * slowly or stops costs a buffer and no worker; only complete requests reach the fixed pool of
 * workers, through a bounded queue.
 *
 * <p>Why not the JDK's {@code com.sun.net.httpserver}: it reads a request's headers and body on
 * the worker that handles it, so a handful of stalled clients hold every worker; its only
 * timeouts are JVM-wide system properties ({@code sun.net.httpserver.maxReqTime},
 * {@code idleInterval}) read once when the server class loads, in whole seconds, and a rejected
 * task leaves the connection unanswered.
 *
 * <p>The bounds: a request must arrive whole within {@link Settings#requestTimeout} of its
 * connection's accept, with no pause longer than {@link Settings#idleTimeout} (else 408); headers
 * at most {@link Settings#maxHeaderBytes} (else 400), a body at most {@link Settings#maxBodyBytes}
 * announced by {@code Content-Length} (else 413, or 411 without one); at most
 * {@link Settings#maxConnections} open connections and {@link Settings#queue} complete requests
 * waiting for a worker (else 503 at once). A response must be taken by the client within the
 * request timeout. Each connection serves one request ({@code Connection: close}). A body's
 * buffer grows with what arrives, not with what is announced, so memory is at most what the open
 * connections have sent, and never more than the connections times the body limit.
 */
final class BoundedHttpServer implements AutoCloseable {
  /** What the server asks of the service. */
  interface Handler {
    /**
     * Answers a complete request. Runs on a worker.
     *
     * @param request the request
     * @return the response
     */
    Response handle(Request request);

    /**
     * The answer to a request the server refuses itself: 400, 408, 411, 413 or 503. Runs on the
     * selector thread, so it must be quick.
     *
     * @param status the status
     * @param headers the request's headers as far as they were read; lower-case names
     * @return the response
     */
    Response refuse(int status, Map<String, String> headers);
  }

  /** A complete request: method, target, headers (lower-case names, first value) and body. */
  static final class Request {
    final String method;
    final String target;
    final Map<String, String> headers;
    final byte[] body;

    Request(String method, String target, Map<String, String> headers, byte[] body) {
      this.method = method;
      this.target = target;
      this.headers = headers;
      this.body = body;
    }

    /** The target's path, without its query. */
    String path() {
      int q = target.indexOf('?');
      return q < 0 ? target : target.substring(0, q);
    }
  }

  /** A response: status, headers and body. */
  static final class Response {
    final int status;
    final Map<String, String> headers;
    final byte[] body;

    Response(int status, Map<String, String> headers, byte[] body) {
      this.status = status;
      this.headers = headers;
      this.body = body;
    }
  }

  /** The server's bounds. Immutable; each {@code with} gives a copy. */
  static final class Settings {
    final Duration requestTimeout;
    final Duration idleTimeout;
    final int maxHeaderBytes;
    final int maxBodyBytes;
    final int workers;
    final int queue;
    final int maxConnections;

    Settings(Duration requestTimeout, Duration idleTimeout, int maxHeaderBytes, int maxBodyBytes, int workers,
        int queue, int maxConnections) {
      this.requestTimeout = requestTimeout;
      this.idleTimeout = idleTimeout;
      this.maxHeaderBytes = maxHeaderBytes;
      this.maxBodyBytes = maxBodyBytes;
      this.workers = workers;
      this.queue = queue;
      this.maxConnections = maxConnections;
    }

    /** The defaults: 10 s per request, 5 s idle, 16 KiB of headers, a worker per core, 64 queued and 256 open. */
    static Settings defaults(int maxBodyBytes) {
      return new Settings(Duration.ofSeconds(10), Duration.ofSeconds(5), 16 * 1024, maxBodyBytes,
          Math.max(2, Runtime.getRuntime().availableProcessors()), 64, 256);
    }

    Settings withTimeouts(Duration request, Duration idle) {
      return new Settings(request, idle, maxHeaderBytes, maxBodyBytes, workers, queue, maxConnections);
    }

    Settings withPool(int workers, int queue, int maxConnections) {
      return new Settings(requestTimeout, idleTimeout, maxHeaderBytes, maxBodyBytes, workers, queue, maxConnections);
    }
  }

  private static final Map<Integer, String> REASONS = Map.ofEntries(
      Map.entry(100, "Continue"), Map.entry(200, "OK"), Map.entry(201, "Created"), Map.entry(400, "Bad Request"),
      Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(408, "Request Timeout"),
      Map.entry(411, "Length Required"), Map.entry(413, "Content Too Large"),
      Map.entry(415, "Unsupported Media Type"), Map.entry(422, "Unprocessable Content"),
      Map.entry(500, "Internal Server Error"), Map.entry(503, "Service Unavailable"));
  // After an early answer (413, 408) the rest of the body is read and dropped for this long, so the
  // client reads the answer instead of a reset connection; at most this many bytes.
  private static final long LINGER_NANOS = TimeUnit.SECONDS.toNanos(2);
  private static final long LINGER_BYTES = 4L * 1024 * 1024;
  private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

  private final Settings settings;
  private final Handler handler;
  private final Selector selector;
  private final ServerSocketChannel listener;
  private final ThreadPoolExecutor workers;
  private final Queue<Connection> answered = new ConcurrentLinkedQueue<>();
  private final Thread loop;
  private final List<Connection> open = new ArrayList<>();
  private volatile boolean closing;

  BoundedHttpServer(InetSocketAddress address, Settings settings, Handler handler) throws IOException {
    this.settings = settings;
    this.handler = handler;
    this.selector = Selector.open();
    this.listener = ServerSocketChannel.open();
    listener.bind(address, 128);
    listener.configureBlocking(false);
    listener.register(selector, SelectionKey.OP_ACCEPT);
    this.workers = new ThreadPoolExecutor(settings.workers, settings.workers, 0, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(settings.queue), r -> {
          Thread t = new Thread(r, "contribution-worker");
          t.setDaemon(true);
          return t;
        });
    this.loop = new Thread(this::run, "contribution-selector");
    // Not a daemon: the service runs until it is closed or the process is stopped.
    loop.setDaemon(false);
    loop.start();
  }

  int port() {
    return listener.socket().getLocalPort();
  }

  @Override
  public void close() {
    closing = true;
    selector.wakeup();
    try {
      loop.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    workers.shutdownNow();
  }

  /** Where a connection is in its one exchange. */
  private enum State {
    HEAD, BODY, QUEUED, WRITE, LINGER
  }

  /** One connection's exchange: what was read, what is to be written, and its deadlines. */
  private final class Connection {
    final SocketChannel channel;
    final SelectionKey key;
    final long accepted = System.nanoTime();
    long lastRead = accepted;
    long deadline = accepted + settings.requestTimeout.toNanos();
    State state = State.HEAD;
    final ByteArrayOutputStream head = new ByteArrayOutputStream(512);
    // The last four bytes of the head, to see its blank line come without scanning it again.
    int tail;
    Map<String, String> headers = Map.of();
    String method;
    String target;
    byte[] body;
    int length;
    int bodyRead;
    ByteBuffer out;
    boolean lingerAfterWrite;
    long lingered;

    Connection(SocketChannel channel, SelectionKey key) {
      this.channel = channel;
      this.key = key;
    }
  }

  private void run() {
    ByteBuffer buffer = ByteBuffer.allocate(16 * 1024);
    try {
      while (!closing) {
        selector.select(50);
        for (Connection c; (c = answered.poll()) != null;) {
          if (c.channel.isOpen()) {
            c.state = State.WRITE;
            c.deadline = System.nanoTime() + settings.requestTimeout.toNanos();
            c.key.interestOps(SelectionKey.OP_WRITE);
          }
        }
        for (SelectionKey key : selector.selectedKeys()) {
          if (!key.isValid()) {
            continue;
          }
          if (key.isAcceptable()) {
            accept();
          } else {
            Connection c = (Connection) key.attachment();
            try {
              if (key.isReadable()) {
                read(c, buffer);
              } else if (key.isWritable()) {
                write(c);
              }
            } catch (IOException | RuntimeException e) {
              // The client went away or broke the exchange: nothing is owed to it, and the
              // selector goes on serving the others.
              close(c);
            }
          }
        }
        selector.selectedKeys().clear();
        expire();
      }
    } catch (IOException | ClosedSelectorException e) {
      // The selector itself failed: the server stops, as on close.
    } finally {
      for (Connection c : new ArrayList<>(open)) {
        close(c);
      }
      try {
        listener.close();
        selector.close();
      } catch (IOException e) {
        // Closing: nothing more to do with a failure here.
      }
    }
  }

  private void accept() throws IOException {
    for (SocketChannel channel; (channel = listener.accept()) != null;) {
      channel.configureBlocking(false);
      SelectionKey key = channel.register(selector, SelectionKey.OP_READ);
      Connection c = new Connection(channel, key);
      key.attach(c);
      open.add(c);
      if (open.size() > settings.maxConnections) {
        answerEarly(c, 503);
      }
    }
  }

  private void read(Connection c, ByteBuffer buffer) throws IOException {
    buffer.clear();
    if (c.state == State.BODY) {
      buffer.limit(Math.min(buffer.capacity(), c.length - c.bodyRead));
    }
    int n = c.channel.read(buffer);
    if (n < 0) {
      close(c);
      return;
    }
    c.lastRead = System.nanoTime();
    buffer.flip();
    if (c.state == State.LINGER) {
      c.lingered += n;
      if (c.lingered > LINGER_BYTES) {
        close(c);
      }
      return;
    }
    if (c.state == State.HEAD) {
      boolean ended = false;
      while (buffer.hasRemaining() && !ended) {
        byte b = buffer.get();
        c.head.write(b);
        c.tail = c.tail << 8 | (b & 0xff);
        ended = c.tail == 0x0d0a0d0a;
        if (!ended && c.head.size() > settings.maxHeaderBytes) {
          answerEarly(c, 400);
          return;
        }
      }
      if (!ended) {
        return;
      }
      if (!parseHead(c)) {
        answerEarly(c, 400);
        return;
      }
      if (startBody(c)) {
        return;
      }
    }
    if (c.state == State.BODY) {
      int take = Math.min(buffer.remaining(), c.length - c.bodyRead);
      if (c.bodyRead + take > c.body.length) {
        c.body = Arrays.copyOf(c.body, (int) Math.min(c.length, Math.max(2L * c.body.length, c.bodyRead + take)));
      }
      buffer.get(c.body, c.bodyRead, take);
      c.bodyRead += take;
      if (c.bodyRead == c.length) {
        dispatch(c);
      }
    }
  }

  /** Checks the body's announced length and starts reading it; true when the request was answered instead. */
  private boolean startBody(Connection c) throws IOException {
    if (c.headers.containsKey("transfer-encoding")) {
      answerEarly(c, 411);
      return true;
    }
    String length = c.headers.get("content-length");
    long bytes;
    try {
      bytes = length == null ? 0 : Long.parseLong(length.strip());
    } catch (NumberFormatException e) {
      answerEarly(c, 400);
      return true;
    }
    if (bytes < 0) {
      answerEarly(c, 400);
      return true;
    }
    if (bytes > settings.maxBodyBytes) {
      answerEarly(c, 413);
      return true;
    }
    c.length = (int) bytes;
    c.body = new byte[(int) Math.min(bytes, 64 * 1024)];
    c.state = State.BODY;
    if ("100-continue".equalsIgnoreCase(c.headers.getOrDefault("expect", "")) && bytes > 0) {
      c.channel.write(ByteBuffer.wrap(CONTINUE));
    }
    if (bytes == 0) {
      dispatch(c);
      return true;
    }
    return false;
  }

  private void dispatch(Connection c) {
    c.state = State.QUEUED;
    c.key.interestOps(0);
    Request request = new Request(c.method, c.target, c.headers, c.body);
    try {
      workers.execute(() -> {
        Response response;
        try {
          response = handler.handle(request);
        } catch (RuntimeException e) {
          response = handler.refuse(500, request.headers);
        }
        c.out = ByteBuffer.wrap(serialize(response));
        answered.add(c);
        selector.wakeup();
      });
    } catch (RejectedExecutionException e) {
      answerNow(c, handler.refuse(503, c.headers));
    }
  }

  /** Answers before the request was read whole, then reads and drops what the client still sends. */
  private void answerEarly(Connection c, int status) {
    c.lingerAfterWrite = true;
    answerNow(c, handler.refuse(status, c.headers));
  }

  private void answerNow(Connection c, Response response) {
    c.out = ByteBuffer.wrap(serialize(response));
    c.state = State.WRITE;
    c.deadline = System.nanoTime() + settings.requestTimeout.toNanos();
    c.key.interestOps(SelectionKey.OP_WRITE);
  }

  private void write(Connection c) throws IOException {
    c.channel.write(c.out);
    if (c.out.hasRemaining()) {
      return;
    }
    if (c.lingerAfterWrite) {
      c.channel.shutdownOutput();
      c.state = State.LINGER;
      c.deadline = System.nanoTime() + LINGER_NANOS;
      c.key.interestOps(SelectionKey.OP_READ);
    } else {
      close(c);
    }
  }

  private void expire() {
    long now = System.nanoTime();
    for (Connection c : new ArrayList<>(open)) {
      boolean reading = c.state == State.HEAD || c.state == State.BODY;
      if (reading && (now - c.deadline > 0 || now - c.lastRead > settings.idleTimeout.toNanos())) {
        answerEarly(c, 408);
      } else if ((c.state == State.WRITE || c.state == State.LINGER) && now - c.deadline > 0) {
        close(c);
      }
    }
  }

  private void close(Connection c) {
    open.remove(c);
    c.key.cancel();
    try {
      c.channel.close();
    } catch (IOException e) {
      // Closing: the connection is gone either way.
    }
  }

  /** Reads the request line and the headers; false when they are not HTTP/1.1's. */
  private static boolean parseHead(Connection c) {
    String text = new String(c.head.toByteArray(), StandardCharsets.ISO_8859_1);
    String[] lines = text.split("\r\n");
    String[] request = lines[0].split(" ", -1);
    if (request.length != 3 || !request[2].startsWith("HTTP/1.") || request[0].isEmpty()
        || !request[1].startsWith("/")) {
      return false;
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon <= 0) {
        return false;
      }
      String name = lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = lines[i].substring(colon + 1).strip();
      String first = headers.putIfAbsent(name, value);
      if (first != null && name.equals("content-length") && !first.equals(value)) {
        // Two lengths: which one ends the body is what request smuggling plays on (RFC 9112, 6.3).
        return false;
      }
    }
    c.method = request[0];
    c.target = request[1];
    c.headers = Collections.unmodifiableMap(headers);
    return true;
  }

  private static byte[] serialize(Response response) {
    StringBuilder head = new StringBuilder(256)
        .append("HTTP/1.1 ").append(response.status).append(' ').append(REASONS.getOrDefault(response.status, ""))
        .append("\r\n");
    response.headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    head.append("Content-Length: ").append(response.body.length).append("\r\nConnection: close\r\n\r\n");
    byte[] start = head.toString().getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[start.length + response.body.length];
    System.arraycopy(start, 0, all, 0, start.length);
    System.arraycopy(response.body, 0, all, start.length, response.body.length);
    return all;
  }
}
