package io.github.wsis20.cli;

import io.github.wsis20.io.ReferenceData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The ids of the bundled dataset's review processes, which {@code validate} and {@code convert}
 * check a contribution's {@code process} against. Reading them from the bundled dataset costs a
 * YAML parse and the binding of the whole dataset, about a third of the start-up of
 * {@code wsis validate}; so the build writes them to {@value #RESOURCE} beside this class
 * ({@link #main}, at {@code process-classes}), and a test checks the file against
 * {@link ReferenceData#reviewProcessIds()}. Without the file (classes compiled by an IDE), they
 * are read from the dataset.
 */
public final class ReviewProcesses {
  /** The resource the build writes, one id a line, in the dataset's order. */
  static final String RESOURCE = "review-processes.txt";

  private ReviewProcesses() {}

  /**
   * The ids of the bundled review processes.
   *
   * @return the ids, in the dataset's order
   */
  static List<String> ids() {
    try (InputStream in = ReviewProcesses.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return List.copyOf(ReferenceData.reviewProcessIds());
      }
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return reader.lines().filter(l -> !l.isEmpty()).collect(Collectors.toUnmodifiableList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the ids of the bundled dataset's review processes, for the build.
   *
   * @param args the directory of the compiled classes
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]).resolve(ReviewProcesses.class.getPackageName().replace('.', '/')).resolve(RESOURCE);
    Files.createDirectories(file.getParent());
    Files.write(file, ReferenceData.reviewProcessIds(), StandardCharsets.UTF_8);
  }
}
