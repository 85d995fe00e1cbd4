package io.github.wsis20.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.model.contribution.ContributionStatus;
import io.github.wsis20.testing.ContributionGen;
import io.github.wsis20.validation.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RoundTripPropertiesTest {

  @Test
  void submittedContributions_writtenAndReadBack_areEqual() {
    qt().withExamples(300).forAll(ContributionGen.valid(ContributionStatus.SUBMITTED)).checkAssert(c -> {
      for (ContributionWriter writer : List.of(ContributionWriter.compact(), ContributionWriter.pretty())) {
        ReadResult<Contribution> back = Reading.READER.read(writer.writeBytes(c));
        assertThat(back.getReport().getViolations()).isEmpty();
        assertThat(back.getValue()).contains(c);
      }
    });
  }

  /**
   * Every status: reading back reports exactly what the validator says of the value, and gives
   * the value itself when that is valid. (This holds even where the validator's verdict on a
   * generated value is debatable, such as a draft without a summary.)
   */
  @Test
  void anyGeneratedContribution_readBack_isJudgedAsTheValueItself() {
    qt().withExamples(300).forAll(ContributionGen.valid()).checkAssert(c -> {
      ReadResult<Contribution> back = Reading.READER.read(ContributionWriter.compact().writeBytes(c));
      ValidationReport direct = Reading.VALIDATOR.validate(c, Locale.ENGLISH);
      assertThat(back.getReport()).isEqualTo(direct);
      if (direct.isValid()) {
        assertThat(back.getValue()).contains(c);
      }
    });
  }

  @Test
  void writing_isAFixedPoint() {
    qt().withExamples(200).forAll(ContributionGen.valid(ContributionStatus.PUBLISHED)).checkAssert(c -> {
      byte[] once = ContributionWriter.compact().writeBytes(c);
      byte[] twice = ContributionWriter.compact().writeBytes(Reading.READER.read(once).getValue().orElseThrow());
      assertThat(twice).isEqualTo(once);
    });
  }

  @Test
  void ndjson_writtenAndReadBack_isTheSameSequence() {
    qt().withExamples(20).withShrinkCycles(20)
        .forAll(org.quicktheories.generators.SourceDSL.integers().between(0, 20)
            .flatMap(n -> org.quicktheories.generators.SourceDSL.lists()
                .of(ContributionGen.valid(ContributionStatus.WITHDRAWN)).ofSize(n)))
        .checkAssert(list -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          assertThat(NdjsonWriter.create().writeAll(list, out)).isEqualTo(list.size());
          List<Contribution> back = NdjsonReader.of(Reading.READER).records(new ByteArrayInputStream(out.toByteArray()))
              .map(r -> r.getResult().getValue().orElseThrow())
              .collect(Collectors.toList());
          assertThat(back).isEqualTo(list);
        });
  }

  @Test
  void submittedContributions_writtenAndReadBackAsYaml_areEqual() {
    qt().withExamples(300).forAll(ContributionGen.valid(ContributionStatus.SUBMITTED)).checkAssert(c -> {
      ReadResult<Contribution> back = YamlContributionTest.YAML.read(ContributionWriter.yaml().writeBytes(c));
      assertThat(back.getReport().getViolations()).isEmpty();
      assertThat(back.getValue()).contains(c);
    });
  }

  @Test
  void anyGeneratedContribution_readBackFromYaml_isJudgedAsTheValueItself() {
    qt().withExamples(200).forAll(ContributionGen.valid()).checkAssert(c -> {
      ReadResult<Contribution> back = YamlContributionTest.YAML.read(ContributionWriter.yaml().writeBytes(c));
      ValidationReport direct = Reading.VALIDATOR.validate(c, Locale.ENGLISH);
      assertThat(back.getReport()).isEqualTo(direct);
      if (direct.isValid()) {
        assertThat(back.getValue()).contains(c);
      }
    });
  }

  @Test
  void yamlWriting_isAFixedPoint() {
    qt().withExamples(200).forAll(ContributionGen.valid(ContributionStatus.PUBLISHED)).checkAssert(c -> {
      byte[] once = ContributionWriter.yaml().writeBytes(c);
      byte[] twice = ContributionWriter.yaml()
          .writeBytes(YamlContributionTest.YAML.read(once).getValue().orElseThrow());
      assertThat(twice).isEqualTo(once);
    });
  }

  @Test
  void csv_writtenAndReadBack_isTheSameSequence() {
    qt().withExamples(40).withShrinkCycles(20)
        .forAll(org.quicktheories.generators.SourceDSL.integers().between(0, 10)
            .flatMap(n -> org.quicktheories.generators.SourceDSL.lists()
                .of(ContributionGen.valid(ContributionStatus.SUBMITTED)).ofSize(n)))
        .checkAssert(list -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          assertThat(CsvWriter.create().writeAll(list, out)).isEqualTo(list.size());
          List<ContributionRecord> records = CsvReader.of(Reading.READER)
              .records(new ByteArrayInputStream(out.toByteArray()))
              .collect(Collectors.toList());
          assertThat(records).allSatisfy(r -> assertThat(r.getResult().getReport().getViolations()).isEmpty());
          assertThat(records).map(r -> r.getResult().getValue().orElseThrow()).isEqualTo(list);
        });
  }

  @Test
  void anyGeneratedContribution_readBackFromCsv_isJudgedAsTheValueItself() {
    qt().withExamples(200).forAll(ContributionGen.valid()).checkAssert(c -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      CsvWriter.create().writeAll(List.of(c), out);
      ContributionRecord back = CsvReader.of(Reading.READER).records(new ByteArrayInputStream(out.toByteArray()))
          .collect(Collectors.toList()).get(0);
      ValidationReport direct = Reading.VALIDATOR.validate(c, Locale.ENGLISH);
      assertThat(back.getResult().getReport().getViolations()).map(v -> v.getPointer() + " " + v.getCode())
          .isEqualTo(direct.getViolations().stream().map(v -> v.getPointer() + " " + v.getCode())
              .collect(Collectors.toList()));
      if (direct.isValid()) {
        assertThat(back.getResult().getValue()).contains(c);
      }
    });
  }
}
