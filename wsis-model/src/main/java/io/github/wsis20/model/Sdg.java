package io.github.wsis20.model;

import java.util.Optional;

/**
 * The seventeen Sustainable Development Goals of the 2030 Agenda (A/RES/70/1), with their
 * official short titles.
 */
public enum Sdg {
  /** Goal 1. */
  NO_POVERTY(1, "No poverty"),
  /** Goal 2. */
  ZERO_HUNGER(2, "Zero hunger"),
  /** Goal 3. */
  GOOD_HEALTH_AND_WELL_BEING(3, "Good health and well-being"),
  /** Goal 4. */
  QUALITY_EDUCATION(4, "Quality education"),
  /** Goal 5. */
  GENDER_EQUALITY(5, "Gender equality"),
  /** Goal 6. */
  CLEAN_WATER_AND_SANITATION(6, "Clean water and sanitation"),
  /** Goal 7. */
  AFFORDABLE_AND_CLEAN_ENERGY(7, "Affordable and clean energy"),
  /** Goal 8. */
  DECENT_WORK_AND_ECONOMIC_GROWTH(8, "Decent work and economic growth"),
  /** Goal 9. */
  INDUSTRY_INNOVATION_AND_INFRASTRUCTURE(9, "Industry, innovation and infrastructure"),
  /** Goal 10. */
  REDUCED_INEQUALITIES(10, "Reduced inequalities"),
  /** Goal 11. */
  SUSTAINABLE_CITIES_AND_COMMUNITIES(11, "Sustainable cities and communities"),
  /** Goal 12. */
  RESPONSIBLE_CONSUMPTION_AND_PRODUCTION(12, "Responsible consumption and production"),
  /** Goal 13. */
  CLIMATE_ACTION(13, "Climate action"),
  /** Goal 14. */
  LIFE_BELOW_WATER(14, "Life below water"),
  /** Goal 15. */
  LIFE_ON_LAND(15, "Life on land"),
  /** Goal 16. */
  PEACE_JUSTICE_AND_STRONG_INSTITUTIONS(16, "Peace, justice and strong institutions"),
  /** Goal 17. */
  PARTNERSHIPS_FOR_THE_GOALS(17, "Partnerships for the goals");

  private static final Sdg[] BY_NUMBER = values();

  private final int number;
  private final String title;

  Sdg(int number, String title) {
    this.number = number;
    this.title = title;
  }

  /**
   * The goal's number, as contributions write it.
   *
   * @return 1 to 17
   */
  public int getNumber() {
    return number;
  }

  /**
   * The official short title in English.
   *
   * @return the title
   */
  public String getTitle() {
    return title;
  }

  /**
   * Finds a goal by its number.
   *
   * @param number the goal's number
   * @return the goal, or empty outside 1 to 17
   */
  public static Optional<Sdg> fromNumber(int number) {
    return number >= 1 && number <= BY_NUMBER.length ? Optional.of(BY_NUMBER[number - 1]) : Optional.empty();
  }

  @Override
  public String toString() {
    return "SDG " + number;
  }
}
