package io.github.wsis20.spring.boot;

import io.github.wsis20.io.ReadLimits;
import io.github.wsis20.io.ReferenceData;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The starter's settings, under {@code wsis}: the review processes a contribution may name and
 * the limits of reading. Unset limits keep the SDK's defaults ({@link ReadLimits#defaults()}).
 *
 * <pre>
 * wsis.review-processes=wsis+20,wsis+10
 * wsis.read.max-document-bytes=1048576
 * wsis.read.max-records=500
 * </pre>
 */
@ConfigurationProperties(prefix = "wsis")
public class WsisProperties {
  private List<String> reviewProcesses = new ArrayList<>(new TreeSet<>(ReferenceData.reviewProcessIds()));
  private final Read read = new Read();

  /** Creates the settings with their defaults. */
  public WsisProperties() {}

  /**
   * The ids of the review processes a contribution may name. Defaults to those of the bundled
   * reference data, {@code wsis+10} and {@code wsis+20}.
   *
   * @return the ids
   */
  public List<String> getReviewProcesses() {
    return reviewProcesses;
  }

  /**
   * Sets the review processes a contribution may name.
   *
   * @param reviewProcesses the ids
   */
  public void setReviewProcesses(List<String> reviewProcesses) {
    this.reviewProcesses = reviewProcesses;
  }

  /**
   * The limits of reading, under {@code wsis.read}.
   *
   * @return the limits' settings
   */
  public Read getRead() {
    return read;
  }

  /** The limits of reading; each unset one keeps the SDK's default. */
  public static class Read {
    private Integer maxDocumentBytes;
    private Integer maxNestingDepth;
    private Integer maxStringLength;
    private Integer maxNumberLength;
    private Integer maxArrayLength;
    private Integer maxMemberCount;
    private Integer maxViolations;
    private int maxRecords = 1_000;

    /** Creates the settings with every limit at its default. */
    public Read() {}

    /**
     * The largest document, or NDJSON line, in bytes.
     *
     * @return the limit, or null for the default (2 MiB)
     */
    public Integer getMaxDocumentBytes() {
      return maxDocumentBytes;
    }

    /**
     * Sets the largest document, or NDJSON line, in bytes.
     *
     * @param maxDocumentBytes the limit
     */
    public void setMaxDocumentBytes(Integer maxDocumentBytes) {
      this.maxDocumentBytes = maxDocumentBytes;
    }

    /**
     * The deepest nesting of arrays and objects.
     *
     * @return the limit, or null for the default (32)
     */
    public Integer getMaxNestingDepth() {
      return maxNestingDepth;
    }

    /**
     * Sets the deepest nesting of arrays and objects.
     *
     * @param maxNestingDepth the limit
     */
    public void setMaxNestingDepth(Integer maxNestingDepth) {
      this.maxNestingDepth = maxNestingDepth;
    }

    /**
     * The longest string, in characters.
     *
     * @return the limit, or null for the default (262,144)
     */
    public Integer getMaxStringLength() {
      return maxStringLength;
    }

    /**
     * Sets the longest string, in characters.
     *
     * @param maxStringLength the limit
     */
    public void setMaxStringLength(Integer maxStringLength) {
      this.maxStringLength = maxStringLength;
    }

    /**
     * The longest number, in characters.
     *
     * @return the limit, or null for the default (32)
     */
    public Integer getMaxNumberLength() {
      return maxNumberLength;
    }

    /**
     * Sets the longest number, in characters.
     *
     * @param maxNumberLength the limit
     */
    public void setMaxNumberLength(Integer maxNumberLength) {
      this.maxNumberLength = maxNumberLength;
    }

    /**
     * The most items of one array.
     *
     * @return the limit, or null for the default (1,000)
     */
    public Integer getMaxArrayLength() {
      return maxArrayLength;
    }

    /**
     * Sets the most items of one array.
     *
     * @param maxArrayLength the limit
     */
    public void setMaxArrayLength(Integer maxArrayLength) {
      this.maxArrayLength = maxArrayLength;
    }

    /**
     * The most members of one object.
     *
     * @return the limit, or null for the default (100)
     */
    public Integer getMaxMemberCount() {
      return maxMemberCount;
    }

    /**
     * Sets the most members of one object.
     *
     * @param maxMemberCount the limit
     */
    public void setMaxMemberCount(Integer maxMemberCount) {
      this.maxMemberCount = maxMemberCount;
    }

    /**
     * The most violations one report lists.
     *
     * @return the limit, or null for the default (100)
     */
    public Integer getMaxViolations() {
      return maxViolations;
    }

    /**
     * Sets the most violations one report lists.
     *
     * @param maxViolations the limit
     */
    public void setMaxViolations(Integer maxViolations) {
      this.maxViolations = maxViolations;
    }

    /**
     * The most records of one NDJSON body read as a {@code List<Contribution>}; a longer body is
     * refused with {@code LIMIT_EXCEEDED} at the first record past it.
     *
     * @return the limit, 1,000 by default
     */
    public int getMaxRecords() {
      return maxRecords;
    }

    /**
     * Sets the most records of one NDJSON body.
     *
     * @param maxRecords the limit, at least 1
     */
    public void setMaxRecords(int maxRecords) {
      this.maxRecords = maxRecords;
    }

    /**
     * The SDK's limits with these settings.
     *
     * @return the limits
     * @throws IllegalArgumentException if a setting is out of its range
     */
    public ReadLimits toReadLimits() {
      ReadLimits.Builder b = ReadLimits.defaults().toBuilder();
      if (maxDocumentBytes != null) {
        b.maxDocumentBytes(maxDocumentBytes);
      }
      if (maxNestingDepth != null) {
        b.maxNestingDepth(maxNestingDepth);
      }
      if (maxStringLength != null) {
        b.maxStringLength(maxStringLength);
      }
      if (maxNumberLength != null) {
        b.maxNumberLength(maxNumberLength);
      }
      if (maxArrayLength != null) {
        b.maxArrayLength(maxArrayLength);
      }
      if (maxMemberCount != null) {
        b.maxMemberCount(maxMemberCount);
      }
      if (maxViolations != null) {
        b.maxViolations(maxViolations);
      }
      return b.build();
    }
  }
}
