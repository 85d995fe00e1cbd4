package io.github.wsis20.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The eleven WSIS Action Lines C1 to C11 of the Geneva Plan of Action (WSIS-03/GENEVA/DOC/5-E),
 * and the eight sub-lines of C7 (ICT applications).
 *
 * <p>Each constant has its wire code ({@code "C2"}, {@code "C7.e-agriculture"}) and its title. The
 * agencies that facilitate each line are reference data, with their sources, in the bundled dataset
 * ({@link Dataset#getFacilitations()}).
 */
public enum ActionLine {
  /** C1. */
  C1("C1", "The role of public governance authorities and all stakeholders in the promotion of ICTs for development"),
  /** C2. */
  C2("C2", "Information and communication infrastructure"),
  /** C3. */
  C3("C3", "Access to information and knowledge"),
  /** C4. */
  C4("C4", "Capacity building"),
  /** C5. */
  C5("C5", "Building confidence and security in the use of ICTs"),
  /** C6. */
  C6("C6", "Enabling environment"),
  /** C7, the parent of the eight e-sub-lines. */
  C7("C7", "ICT applications: benefits in all aspects of life"),
  /** C7 sub-line e-government. */
  C7_E_GOVERNMENT("C7.e-government", "E-government"),
  /** C7 sub-line e-business. */
  C7_E_BUSINESS("C7.e-business", "E-business"),
  /** C7 sub-line e-learning. */
  C7_E_LEARNING("C7.e-learning", "E-learning"),
  /** C7 sub-line e-health. */
  C7_E_HEALTH("C7.e-health", "E-health"),
  /** C7 sub-line e-employment. */
  C7_E_EMPLOYMENT("C7.e-employment", "E-employment"),
  /** C7 sub-line e-environment. */
  C7_E_ENVIRONMENT("C7.e-environment", "E-environment"),
  /** C7 sub-line e-agriculture. */
  C7_E_AGRICULTURE("C7.e-agriculture", "E-agriculture"),
  /** C7 sub-line e-science. */
  C7_E_SCIENCE("C7.e-science", "E-science"),
  /** C8. */
  C8("C8", "Cultural diversity and identity, linguistic diversity and local content"),
  /** C9. */
  C9("C9", "Media"),
  /** C10. */
  C10("C10", "Ethical dimensions of the Information Society"),
  /** C11. */
  C11("C11", "International and regional cooperation");

  /**
   * The title C1 had in the 2003 Plan of Action, before it was renamed to speak of "public
   * governance authorities" rather than "governments".
   */
  public static final String C1_TITLE_2003 = "The role of governments and all stakeholders in the promotion of ICTs for development";

  private static final Map<String, ActionLine> BY_CODE = Arrays.stream(values())
      .collect(Collectors.toUnmodifiableMap(ActionLine::getCode, Function.identity()));

  private final String code;
  private final String title;

  ActionLine(String code, String title) {
    this.code = code;
    this.title = title;
  }

  /**
   * The wire code, as contributions and the dataset write it.
   *
   * @return {@code "C1"} to {@code "C11"}, or {@code "C7."} followed by a sub-line name
   */
  public String getCode() {
    return code;
  }

  /**
   * The title, in English, as the Plan of Action and its later updates give it.
   *
   * @return the title
   */
  public String getTitle() {
    return title;
  }

  /**
   * The line a C7 sub-line belongs to.
   *
   * @return {@link #C7} for a sub-line, empty for a main line
   */
  public Optional<ActionLine> getParent() {
    return isSubLine() ? Optional.of(C7) : Optional.empty();
  }

  /**
   * Whether this is one of the eight C7 sub-lines.
   *
   * @return true for {@code C7.e-*}
   */
  public boolean isSubLine() {
    return code.startsWith("C7.");
  }

  /**
   * The sub-lines of this line.
   *
   * @return the eight C7 sub-lines for {@link #C7}, an empty list for every other line
   */
  public List<ActionLine> getSubLines() {
    if (this != C7) {
      return List.of();
    }
    return Arrays.stream(values()).filter(ActionLine::isSubLine).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Finds the action line with a wire code. The match is exact: codes are case-sensitive.
   *
   * @param code a code such as {@code "C3"} or {@code "C7.e-health"}
   * @return the line, or empty when no line has that code
   */
  public static Optional<ActionLine> fromCode(String code) {
    return Optional.ofNullable(code).map(BY_CODE::get);
  }

  @Override
  public String toString() {
    return code;
  }
}
