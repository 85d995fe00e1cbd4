package io.github.wsis20.testing;

import io.github.wsis20.model.ActionLine;
import io.github.wsis20.model.Sdg;
import io.github.wsis20.model.contribution.Attachment;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.model.contribution.ContributionStatus;
import io.github.wsis20.model.contribution.Stakeholder;
import io.github.wsis20.model.contribution.StakeholderGroup;
import java.time.OffsetDateTime;

/** Fixed sample contributions. */
public final class Samples {
  private Samples() {}

  /**
   * The example of the contribution contract (wire format 1.0), as a value.
   *
   * @return the contract's example contribution
   */
  public static Contribution contractExample() {
    return Contribution.builder()
        .schemaVersion("1.0")
        .id("c-2024-0042")
        .process("wsis+20")
        .title("Community networks for last-mile connectivity")
        .language("en")
        .contributor(Stakeholder.builder()
            .name("Example Community Networks Alliance")
            .stakeholderGroup(StakeholderGroup.CIVIL_SOCIETY)
            .country("KEN")
            .email("policy@example.org")
            .build())
        .status(ContributionStatus.SUBMITTED)
        .submittedAt(OffsetDateTime.parse("2024-11-15T10:00:00Z"))
        .addActionLines(ActionLine.C2, ActionLine.C7_E_AGRICULTURE)
        .addSdgs(Sdg.INDUSTRY_INNOVATION_AND_INFRASTRUCTURE, Sdg.PARTNERSHIPS_FOR_THE_GOALS)
        .summary("Community-owned networks connect rural users where operators do not invest.")
        .body("Longer text of the input ...")
        .addAttachment(Attachment.builder()
            .uri("https://example.org/input.pdf")
            .mediaType("application/pdf")
            .sha256("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
            .title("Full input")
            .build())
        .addKeywords("community networks", "rural")
        .build();
  }

  /**
   * The contract's example as JSON text, exactly as the contract page shows it.
   *
   * @return the JSON
   */
  public static String contractExampleJson() {
    return "{\n"
        + "  \"schemaVersion\": \"1.0\",\n"
        + "  \"id\": \"c-2024-0042\",\n"
        + "  \"process\": \"wsis+20\",\n"
        + "  \"title\": \"Community networks for last-mile connectivity\",\n"
        + "  \"language\": \"en\",\n"
        + "  \"contributor\": {\n"
        + "    \"name\": \"Example Community Networks Alliance\",\n"
        + "    \"stakeholderGroup\": \"CIVIL_SOCIETY\",\n"
        + "    \"country\": \"KEN\",\n"
        + "    \"email\": \"policy@example.org\"\n"
        + "  },\n"
        + "  \"status\": \"SUBMITTED\",\n"
        + "  \"submittedAt\": \"2024-11-15T10:00:00Z\",\n"
        + "  \"actionLines\": [\"C2\", \"C7.e-agriculture\"],\n"
        + "  \"sdgs\": [9, 17],\n"
        + "  \"summary\": \"Community-owned networks connect rural users where operators do not invest.\",\n"
        + "  \"body\": \"Longer text of the input ...\",\n"
        + "  \"attachments\": [\n"
        + "    {\"uri\": \"https://example.org/input.pdf\", \"mediaType\": \"application/pdf\",\n"
        + "     \"sha256\": \"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\", \"title\": \"Full input\"}\n"
        + "  ],\n"
        + "  \"keywords\": [\"community networks\", \"rural\"]\n"
        + "}\n";
  }
}
