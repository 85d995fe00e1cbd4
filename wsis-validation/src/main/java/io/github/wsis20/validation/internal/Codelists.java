package io.github.wsis20.validation.internal;

import io.github.wsis20.model.contribution.ContributionStatus;
import io.github.wsis20.model.contribution.StakeholderGroup;
import io.github.wsis20.validation.ViolationCode;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The codelists whose values a violation of an unknown code names in its {@code known} argument.
 * They are the model's, so a report says them whichever reader found the unknown code. Internal:
 * not API.
 */
public final class Codelists {
  private static final String STAKEHOLDER_GROUPS = Arrays.stream(StakeholderGroup.values()).map(Enum::name)
      .collect(Collectors.joining(", "));
  private static final String STATUSES = Arrays.stream(ContributionStatus.values()).map(Enum::name)
      .collect(Collectors.joining(", "));

  private Codelists() {}

  /**
   * Adds the {@code known} argument of {@link ViolationCode#UNKNOWN_STAKEHOLDER_GROUP} and
   * {@link ViolationCode#UNKNOWN_STATUS} when the arguments lack it.
   *
   * @param code the violation's code
   * @param arguments its arguments, changed in place
   */
  public static void supplyKnown(ViolationCode code, Map<String, String> arguments) {
    if (code == ViolationCode.UNKNOWN_STAKEHOLDER_GROUP) {
      arguments.putIfAbsent("known", STAKEHOLDER_GROUPS);
    } else if (code == ViolationCode.UNKNOWN_STATUS) {
      arguments.putIfAbsent("known", STATUSES);
    }
  }
}
