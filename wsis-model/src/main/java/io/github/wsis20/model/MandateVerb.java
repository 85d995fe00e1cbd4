package io.github.wsis20.model;

/** The operative verb of a clause: what the adopting body does to its addressee. */
public enum MandateVerb {
  /** "requests": the usual verb of a principal organ to a commission or office holder. */
  REQUESTS,
  /** "instructs": the ITU Council to the Secretary-General. */
  INSTRUCTS,
  /** "invites": to members and stakeholders, who are not bound. */
  INVITES,
  /** "resolves": the ITU Plenipotentiary Conference and Council. */
  RESOLVES,
  /** "decides". */
  DECIDES,
  /** "mandates". */
  MANDATES,
  /**
   * "recommends": ECOSOC to the General Assembly, or on the work of a group it does not direct
   * ("recommends further that the United Nations Group on the Information Society be tasked with").
   */
  RECOMMENDS
}
