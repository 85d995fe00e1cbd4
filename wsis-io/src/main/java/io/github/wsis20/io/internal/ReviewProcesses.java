package io.github.wsis20.io.internal;

import java.util.List;

/** The review processes that the default reader's validator knows. Internal: not API. */
public final class ReviewProcesses {
  /**
   * The ids of the review processes a contribution read by
   * {@link io.github.wsis20.io.ContributionReader#standard()} may name: those of contribution-v1.md,
   * {@code "wsis+20"} and {@code "wsis+10"}.
   *
   * <p>This is the one place to change when the bundled reference dataset provides the review
   * processes: replace the list by the dataset's ids, and every default reader follows.
   */
  public static final List<String> IDS = List.of("wsis+20", "wsis+10");

  private ReviewProcesses() {}
}
