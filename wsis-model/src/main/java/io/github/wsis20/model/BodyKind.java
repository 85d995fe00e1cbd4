package io.github.wsis20.model;

/** What kind of organisation, organ or office a {@link Body} is. */
public enum BodyKind {
  /** A principal organ of the United Nations: the General Assembly, ECOSOC. */
  PRINCIPAL_ORGAN,
  /** A subsidiary organ of a principal organ: UNCTAD of the General Assembly. */
  SUBSIDIARY_ORGAN,
  /** A functional commission of ECOSOC: the CSTD. */
  FUNCTIONAL_COMMISSION,
  /** A specialized agency of the UN system: ITU, UNESCO, WHO, ILO, FAO, WMO, UPU. */
  SPECIALIZED_AGENCY,
  /** A UN programme or fund: UNEP. */
  PROGRAMME,
  /** A conference: a governing conference (ITU Plenipotentiary, UNESCO General Conference) or a summit (WSIS). */
  CONFERENCE,
  /** A governing council: the ITU Council. */
  COUNCIL,
  /** A working group: the ITU Council Working Group on WSIS and SDGs. */
  WORKING_GROUP,
  /** A secretariat or department: UN DESA. */
  SECRETARIAT,
  /** An office holder acting for an organisation: the ITU Secretary-General, UNESCO's Director-General. */
  OFFICE_HOLDER,
  /** A group of bodies acting together: the UN Regional Commissions; or any other kind. */
  OTHER
}
