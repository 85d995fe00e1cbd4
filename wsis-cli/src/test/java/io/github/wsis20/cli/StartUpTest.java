package io.github.wsis20.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wsis20.io.ReferenceData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What start-up relies on holds: the review processes the build wrote are the dataset's. */
class StartUpTest {

  @Test
  void reviewProcesses_writtenByTheBuild_areThoseOfTheBundledDataset() {
    assertThat(ReviewProcesses.class.getResource(ReviewProcesses.RESOURCE)).as("written at process-classes")
        .isNotNull();
    assertThat(ReviewProcesses.ids()).isEqualTo(List.copyOf(ReferenceData.reviewProcessIds()));
  }

  @Test
  void preparedValidator_knowsTheBundledReviewProcesses() {
    Preparation.start();
    assertThat(Preparation.validator().getReviewProcesses()).contains(ReferenceData.reviewProcessIds());
  }
}
