package io.github.wsis20.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.testing.ContributionGen;
import io.github.wsis20.validation.ContributionValidator;
import io.github.wsis20.validation.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One reader and one validator, shared by 16 threads over 100,000 mixed valid and invalid
 * payloads in six languages, give exactly the results of one thread. Each payload is made from its
 * index, so no thread holds the corpus; each result is kept as a digest of its canonical form.
 */
class ConcurrencyTest {
  static final int PAYLOADS = 100_000;
  static final int THREADS = 16;
  static final Locale[] LOCALES = {Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"),
      Locale.forLanguageTag("ar"), Locale.forLanguageTag("ru"), Locale.forLanguageTag("zh")};

  static final ContributionReader READER = Reading.READER;
  static final ContributionValidator VALIDATOR = Reading.VALIDATOR;
  static final List<Contribution> POOL = new ArrayList<>();
  static final List<byte[]> POOL_BYTES = new ArrayList<>();

  @BeforeAll
  static void pool() {
    qt().withFixedSeed(20_25L).withExamples(500).forAll(ContributionGen.valid()).checkAssert(POOL::add);
    POOL.forEach(c -> POOL_BYTES.add(ContributionWriter.compact().writeBytes(c)));
  }

  /** Payload {@code i}: a pooled contribution, as written or spoiled in one of a dozen ways. */
  static byte[] payload(int i) {
    Random random = new Random(i * 0x9E3779B97F4A7C15L);
    int pick = random.nextInt(POOL.size());
    Contribution c = POOL.get(pick);
    byte[] bytes = POOL_BYTES.get(pick);
    switch (random.nextInt(12)) {
      case 0 :
      case 1 :
      case 2 :
      case 3 :
        return bytes;
      case 4 :
        return write(c.withTitle(" "));
      case 5 :
        return write(c.withLanguage("qq-" + random.nextInt(100)));
      case 6 :
        return write(c.withContributor(c.getContributor().withCountry("XX" + (char) ('A' + random.nextInt(26)))));
      case 7 :
        return write(c.withSubmittedAt(OffsetDateTime.of(2030, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)));
      case 8 :
        return Arrays.copyOf(bytes, random.nextInt(bytes.length));
      case 9 :
        return splice(bytes, "{\"id\":\"dup-" + i + "\",");
      case 10 :
        return splice(bytes, "{\"unknown\":[" + i + "],");
      default :
        byte[] flipped = bytes.clone();
        flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
        return flipped;
    }
  }

  static byte[] write(Contribution c) {
    return ContributionWriter.compact().writeBytes(c);
  }

  /** The bytes with their opening brace replaced by {@code head}. */
  static byte[] splice(byte[] bytes, String head) {
    byte[] start = head.getBytes(StandardCharsets.UTF_8);
    byte[] out = Arrays.copyOf(start, start.length + bytes.length - 1);
    System.arraycopy(bytes, 1, out, start.length, bytes.length - 1);
    return out;
  }

  /** What payload {@code i} gives: the read result and, for a value, a second validation of it. */
  static byte[] outcome(int i) {
    Locale locale = LOCALES[i % LOCALES.length];
    ReadResult<Contribution> result = READER.read(payload(i), locale);
    StringBuilder text = new StringBuilder(result.getReport().toString());
    result.getValue().ifPresent(c -> {
      ValidationReport again = VALIDATOR.validate(c, locale);
      text.append('\n').append(ContributionWriter.compact().writeString(c)).append('\n').append(again);
    });
    return sha256(text.toString());
  }

  static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void sixteenThreadsSharingOneReaderAndValidator_giveTheSingleThreadedResults() throws Exception {
    byte[][] alone = new byte[PAYLOADS][];
    int valid = 0;
    for (int i = 0; i < PAYLOADS; i++) {
      alone[i] = outcome(i);
      valid += READER.read(payload(i)).isValid() ? 1 : 0;
    }
    // Both kinds in quantity, or the test proves less than it says.
    assertThat(valid).isBetween(PAYLOADS / 4, PAYLOADS * 3 / 4);

    byte[][] shared = new byte[PAYLOADS][];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        workers.add(pool.submit(() -> {
          // Threads take indexes from one counter, so they interleave on the same kinds of input.
          for (int i = next.getAndIncrement(); i < PAYLOADS; i = next.getAndIncrement()) {
            shared[i] = outcome(i);
          }
        }));
      }
      for (Future<?> worker : workers) {
        worker.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }

    for (int i = 0; i < PAYLOADS; i++) {
      assertThat(shared[i]).as("payload %d", i).isEqualTo(alone[i]);
    }
  }
}
