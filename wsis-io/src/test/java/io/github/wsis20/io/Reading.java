package io.github.wsis20.io;

import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.testing.ContributionGen;
import io.github.wsis20.validation.ContributionValidator;
import io.github.wsis20.validation.Violation;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/** Test helpers: a reader with a fixed clock, and reports as short strings. */
final class Reading {
  static final ContributionValidator VALIDATOR = ContributionValidator.builder()
      // A day after the latest generated submission: Hibernate Validator compares OffsetDateTimes by
      // instant and then local time, so the very instant with another offset counts as future.
      .clock(Clock.fixed(ContributionGen.LATEST_SUBMISSION.plus(Duration.ofDays(1)), ZoneOffset.UTC))
      .reviewProcesses(List.of("wsis+20", "wsis+10"))
      .build();
  static final ContributionReader READER = ContributionReader.builder().validator(VALIDATOR).build();

  private Reading() {}

  static ReadResult<Contribution> read(String json) {
    return READER.read(json.getBytes(StandardCharsets.UTF_8));
  }

  /** "pointer CODE" per violation. */
  static List<String> codes(ReadResult<?> result) {
    return result.getReport().getViolations().stream()
        .map(v -> v.getPointer() + " " + v.getCode())
        .collect(Collectors.toList());
  }

  /** "pointer CODE line:column" per violation. */
  static List<String> located(ReadResult<?> result) {
    return result.getReport().getViolations().stream()
        .map(Reading::located)
        .collect(Collectors.toList());
  }

  static String located(Violation v) {
    return v.getPointer() + " " + v.getCode() + " " + v.getLine().orElse(0) + ":" + v.getColumn().orElse(0);
  }

  /** The contract's example in compact canonical form, with a replacement applied. */
  static String example(String from, String to) {
    String json = ContributionWriter.compact().writeString(io.github.wsis20.testing.Samples.contractExample());
    if (!json.contains(from)) {
      throw new IllegalArgumentException("not in the example: " + from);
    }
    int at = json.indexOf(from);
    return json.substring(0, at) + to + json.substring(at + from.length());
  }
}
