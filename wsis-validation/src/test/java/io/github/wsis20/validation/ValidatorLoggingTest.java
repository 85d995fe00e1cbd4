package io.github.wsis20.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wsis20.testing.Samples;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A program that uses the SDK keeps its standard error: Hibernate Validator's INFO line
 * announcing its version is quieted, unless the program chose a level for that logger. Each case
 * runs in a JVM of its own, since the line is logged once per JVM.
 */
class ValidatorLoggingTest {

  /** Builds a validator and validates one contribution, as a library user's program does. */
  public static void main(String[] args) {
    if (args.length > 0) {
      Logger.getLogger("org.hibernate.validator.internal.util.Version").setLevel(Level.parse(args[0]));
    }
    ValidationReport report = ContributionValidator.builder().build().validate(Samples.contractExample(),
        Locale.ENGLISH);
    System.out.println(report.getViolations().size());
  }

  static String standardErrorOf(String... args) throws IOException, InterruptedException {
    // Surefire may put the modules on the module path: the child takes both paths as its class path.
    String classPath = Stream.of(System.getProperty("java.class.path"), System.getProperty("jdk.module.path"))
        .filter(p -> p != null && !p.isEmpty()).collect(Collectors.joining(File.pathSeparator));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classPath, ValidatorLoggingTest.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    process.getOutputStream().close();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(err).isZero();
    return err;
  }

  @Test
  void validator_keepsHibernateValidatorsVersionLineOffStandardError() throws Exception {
    assertThat(standardErrorOf()).doesNotContain("HV000001").isEmpty();
  }

  @Test
  void validator_leavesTheLevelAnApplicationChose() throws Exception {
    assertThat(standardErrorOf("INFO")).contains("HV000001");
  }
}
