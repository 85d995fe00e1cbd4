package io.github.wsis20.io;

import io.github.wsis20.model.Dataset;
import io.github.wsis20.model.ReviewProcess;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reference data bundled with the SDK: the WSIS+20 review graph of {@code wsis20.yaml}
 * (bodies, instruments, mandates and deliverables, sessions, events, review processes, principles,
 * facilitations), read once, on first use, and shared.
 *
 * <pre>{@code
 * Dataset wsis20 = ReferenceData.wsis20();
 * wsis20.owedBy("itu").forEach(System.out::println);
 * }</pre>
 */
public final class ReferenceData {
  private static final String RESOURCE = "dataset/wsis20.yaml";

  private ReferenceData() {}

  /**
   * The bundled WSIS+20 dataset: the same instance on every call.
   *
   * @return the dataset, which passes every rule of the {@code DatasetValidator}: the SDK's tests
   *     prove it, so it is read without running them, and the first call costs only the reading
   * @throws IllegalStateException if the bundled file does not read as a dataset, with its
   *     report: a defect of the SDK's build, which its tests rule out
   */
  public static Dataset wsis20() {
    if (Holder.DATASET == null) {
      throw new IllegalStateException("the bundled dataset " + RESOURCE + " is not valid: " + Holder.PROBLEM);
    }
    return Holder.DATASET;
  }

  /**
   * The ids of the bundled dataset's review processes, which contributions name in
   * {@code process}: {@code "wsis+20"}, {@code "wsis+10"} and {@code "wsis+20-follow-up"} (the
   * follow-up of A/RES/80/173).
   *
   * @return the ids, in the dataset's order; unmodifiable
   * @throws IllegalStateException as {@link #wsis20()}
   */
  public static Set<String> reviewProcessIds() {
    Set<String> ids = wsis20().getReviewProcesses().stream().map(ReviewProcess::getId)
        .collect(Collectors.toCollection(LinkedHashSet::new));
    return Collections.unmodifiableSet(ids);
  }

  /** Reads the file on first use of the class. */
  private static final class Holder {
    static final Dataset DATASET;
    static final String PROBLEM;

    static {
      ReadResult<Dataset> result = read();
      DATASET = result.getValue().orElse(null);
      PROBLEM = result.getReport().toString();
    }

    private static ReadResult<Dataset> read() {
      try (InputStream in = ReferenceData.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the bundled dataset " + RESOURCE + " is missing");
        }
        return DatasetReader.withoutRules(DatasetFormat.YAML).read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
