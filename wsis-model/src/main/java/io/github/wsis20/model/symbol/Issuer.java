package io.github.wsis20.model.symbol;

/**
 * The series of UN document symbols that the SDK understands, named after the body that issues
 * them. Each has its own grammar; {@link DocumentSymbol#getIssuer()} says which one a symbol follows.
 */
public enum Issuer {
  /** The UN General Assembly: {@code A/RES/70/125}, drafts {@code A/80/L.41/Rev.1}. */
  GENERAL_ASSEMBLY("unga"),
  /** The Economic and Social Council: {@code E/RES/2023/3}. */
  ECOSOC("ecosoc"),
  /** The Commission on Science and Technology for Development: {@code E/CN.16/2024/3}. */
  CSTD("cstd"),
  /** The World Summit on the Information Society: {@code WSIS-05/TUNIS/DOC/6(Rev.1)-E}. */
  WSIS("wsis"),
  /** The UNESCO General Conference: {@code 42 C/Res. 40}. */
  UNESCO_GENERAL_CONFERENCE("unesco-gc"),
  /** The ITU Plenipotentiary Conference: {@code Resolution 140 (Rev. Bucharest, 2022)}. */
  ITU_PLENIPOTENTIARY("itu-pp"),
  /** The ITU Council: {@code Resolution 1332}, documents {@code C23/58}. */
  ITU_COUNCIL("itu-council");

  private final String bodyId;

  Issuer(String bodyId) {
    this.bodyId = bodyId;
  }

  /**
   * The id of the issuing body in the bundled WSIS+20 dataset.
   *
   * @return a body id such as {@code "unga"}
   */
  public String getBodyId() {
    return bodyId;
  }
}
