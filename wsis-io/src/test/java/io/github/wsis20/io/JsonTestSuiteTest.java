package io.github.wsis20.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.testing.JsonTestSuite;
import io.github.wsis20.testing.JsonTestSuite.Case;
import io.github.wsis20.testing.JsonTestSuite.Expectation;
import io.github.wsis20.validation.Violation;
import io.github.wsis20.validation.ViolationCode;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 318 parsing cases of JSONTestSuite through the one-call reader: none is a contribution, so
 * each is a report; what JSON refuses is malformed, what JSON accepts is a contribution problem.
 */
class JsonTestSuiteTest {
  // A refused document may stop at a limit before the parser reaches its error: 100,000 opening
  // brackets exceed the nesting depth long before the missing closing ones.
  private static final Set<ViolationCode> REFUSALS = EnumSet.of(ViolationCode.MALFORMED_JSON,
      ViolationCode.LIMIT_EXCEEDED);

  static Stream<Case> cases() {
    return JsonTestSuite.cases().stream();
  }

  static Stream<Case> refused() {
    return cases().filter(c -> c.expectation() == Expectation.REFUSE);
  }

  static Stream<Case> accepted() {
    return cases().filter(c -> c.expectation() == Expectation.ACCEPT);
  }

  private static ReadResult<Contribution> read(Case c) {
    return assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Reading.READER.read(c.bytes()));
  }

  private static Set<ViolationCode> codes(ReadResult<Contribution> result) {
    return result.getReport().getViolations().stream().map(Violation::getCode).collect(Collectors.toSet());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void notJson_isReportedAsMalformed(Case c) {
    ReadResult<Contribution> result = read(c);
    assertThat(result.getValue()).isEmpty();
    // The reader reports as it reads, so what it found before the break stays in the report; the
    // break itself is the last violation, located, and the only refusal.
    List<Violation> violations = result.getReport().getViolations();
    Violation last = violations.get(violations.size() - 1);
    assertThat(last.getCode()).isIn(REFUSALS);
    if (last.getCode() == ViolationCode.LIMIT_EXCEEDED) {
      assertThat(last.getArguments()).containsEntry("limit", "nestingDepth");
    }
    assertThat(last.getLine()).isPresent();
    assertThat(violations.subList(0, violations.size() - 1)).extracting(Violation::getCode)
        .doesNotContainAnyElementsOf(REFUSALS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accepted")
  void json_isReadAndReportedAsNotAContribution(Case c) {
    ReadResult<Contribution> result = read(c);
    assertThat(result.getValue()).isEmpty();
    assertThat(codes(result)).isNotEmpty().doesNotContain(ViolationCode.MALFORMED_JSON);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyCase_isAReportTheSameFromBytesAndFromAStream(Case c) {
    ReadResult<Contribution> result = read(c);
    assertThat(result.isValid()).isFalse();
    assertThat(result.getReport().getViolations()).isNotEmpty();
    assertThat(Reading.READER.read(new ByteArrayInputStream(c.bytes()))).isEqualTo(result);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyCase_asAnNdjsonLine_isOneRecordPerLine(Case c) {
    List<ContributionRecord> records = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> NdjsonReader.of(Reading.READER).records(new ByteArrayInputStream(c.bytes()))
            .collect(Collectors.toList()));
    assertThat(records).allSatisfy(r -> assertThat(r.getResult().isValid()).isFalse());
  }
}
