package io.github.wsis20.cli;

import io.github.wsis20.model.ActionLine;
import io.github.wsis20.model.Sdg;
import io.github.wsis20.model.contribution.Attachment;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.model.contribution.ContributionStatus;
import io.github.wsis20.model.contribution.Stakeholder;
import io.github.wsis20.model.contribution.StakeholderGroup;
import io.github.wsis20.validation.ContributionValidator;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The validator of {@code validate} and {@code convert}, prepared on a second thread while the
 * first reads the command line and the input. Building it starts Hibernate Validator, and its
 * first validation builds the constraints' metadata for the contribution's classes: together
 * most of the start-up of {@code wsis validate}. Doing that beside the parsing, on a machine
 * with more than one core, takes it off the wall time. The warm-up validates a contribution made
 * here, with every kind of member, and its report is dropped.
 */
final class Preparation {
  private static volatile CompletableFuture<ContributionValidator> started;

  private Preparation() {}

  /** Starts preparing the validator, once; a second call does nothing. */
  static synchronized void start() {
    if (started == null) {
      CompletableFuture<ContributionValidator> future = new CompletableFuture<>();
      Thread thread = new Thread(() -> {
        try {
          future.complete(warm(build()));
        } catch (RuntimeException | Error e) {
          future.completeExceptionally(e);
        }
      }, "wsis-prepare-validator");
      thread.setDaemon(true);
      thread.start();
      started = future;
    }
  }

  /**
   * The validator: the prepared one, waited for, or one built now when none was started or its
   * preparation failed.
   *
   * @return the validator
   */
  static ContributionValidator validator() {
    CompletableFuture<ContributionValidator> future = started;
    if (future != null) {
      try {
        return future.join();
      } catch (CompletionException e) {
        // Built again below, on this thread, so that any problem is the command's to report.
      }
    }
    return build();
  }

  /** The standard reader's validator, with the review processes the build wrote down. */
  private static ContributionValidator build() {
    return ContributionValidator.builder().reviewProcesses(ReviewProcesses.ids()).build();
  }

  private static ContributionValidator warm(ContributionValidator validator) {
    validator.validate(Contribution.builder()
        .id("warm-up")
        .process("wsis+20")
        .title("Warm-up")
        .language("en")
        .contributor(Stakeholder.builder().name("Warm-up").stakeholderGroup(StakeholderGroup.GOVERNMENT)
            .country("CHE").email("warm-up@example.org").build())
        .status(ContributionStatus.SUBMITTED)
        .submittedAt(OffsetDateTime.parse("2024-11-15T10:00:00Z"))
        .addActionLines(ActionLine.C2)
        .addSdgs(Sdg.PARTNERSHIPS_FOR_THE_GOALS)
        .summary("Warm-up")
        .body("Warm-up")
        .addAttachment(Attachment.builder().uri("https://example.org/a.pdf").mediaType("application/pdf")
            .sha256("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08").title("Warm-up").build())
        .addKeywords("warm-up")
        .build(), Locale.ENGLISH);
    return validator;
  }
}
