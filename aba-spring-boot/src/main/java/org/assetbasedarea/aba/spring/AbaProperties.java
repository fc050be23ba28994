package org.assetbasedarea.aba.spring;

import java.util.ArrayList;
import java.util.List;
import org.assetbasedarea.aba.json.ReadLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code aba.*} configuration properties.
 *
 * <pre>
 * aba.frameworks=file:/etc/aba/frameworks/*.json,classpath:aba/leeds-local-2026.json
 * aba.json.max-document-bytes=1048576
 * </pre>
 */
@ConfigurationProperties("aba")
public class AbaProperties {
  /**
   * Local framework files, as Spring resource locations (file:, classpath:, with * and **
   * patterns), registered beside the built-in frameworks.
   */
  private List<String> frameworks = new ArrayList<>();
  private final Json json = new Json();

  /** Creates the properties with their defaults: no local frameworks, the reader's limits. */
  public AbaProperties() {}

  /**
   * Local framework files, as Spring resource locations ({@code file:}, {@code classpath:}, with
   * {@code *} and {@code **} patterns), registered beside the built-in frameworks. Each location
   * must match at least one file, and each file must be a valid framework document whose id is not
   * already taken; otherwise the application does not start.
   *
   * @return the locations, in order
   */
  public List<String> getFrameworks() {
    return frameworks;
  }

  /**
   * Sets the local framework locations.
   *
   * @param frameworks the locations
   */
  public void setFrameworks(List<String> frameworks) {
    this.frameworks = new ArrayList<>(frameworks);
  }

  /** @return the reader's limits ({@code aba.json.*}) */
  public Json getJson() {
    return json;
  }

  /** The JSON reader's limits, defaulting to {@link ReadLimits#defaults()}. */
  public static class Json {
    /** The largest document, in bytes; a request body past it is answered 413. */
    private int maxDocumentBytes = ReadLimits.DEFAULT_MAX_DOCUMENT_BYTES;
    /** The deepest nesting of arrays and objects. */
    private int maxNestingDepth = ReadLimits.DEFAULT_MAX_NESTING_DEPTH;
    /** The longest string, in characters. */
    private int maxStringLength = ReadLimits.DEFAULT_MAX_STRING_LENGTH;
    /** The longest number, in characters. */
    private int maxNumberLength = ReadLimits.DEFAULT_MAX_NUMBER_LENGTH;
    /** The most items in one array. */
    private int maxArrayItems = ReadLimits.DEFAULT_MAX_ARRAY_ITEMS;
    /** The most values in one document. */
    private int maxValues = ReadLimits.DEFAULT_MAX_VALUES;

    /** Creates the limits at their defaults. */
    public Json() {}

    /**
     * @return the largest document, in bytes; a request body past it is answered 413 (default 8
     *     MiB)
     */
    public int getMaxDocumentBytes() {
      return maxDocumentBytes;
    }

    /** @param maxDocumentBytes the largest document, in bytes */
    public void setMaxDocumentBytes(int maxDocumentBytes) {
      this.maxDocumentBytes = maxDocumentBytes;
    }

    /** @return the deepest nesting of arrays and objects (default 32) */
    public int getMaxNestingDepth() {
      return maxNestingDepth;
    }

    /** @param maxNestingDepth the deepest nesting */
    public void setMaxNestingDepth(int maxNestingDepth) {
      this.maxNestingDepth = maxNestingDepth;
    }

    /** @return the longest string, in characters (default 10,000) */
    public int getMaxStringLength() {
      return maxStringLength;
    }

    /** @param maxStringLength the longest string */
    public void setMaxStringLength(int maxStringLength) {
      this.maxStringLength = maxStringLength;
    }

    /** @return the longest number, in characters (default 64) */
    public int getMaxNumberLength() {
      return maxNumberLength;
    }

    /** @param maxNumberLength the longest number */
    public void setMaxNumberLength(int maxNumberLength) {
      this.maxNumberLength = maxNumberLength;
    }

    /** @return the most items in one array (default 10,000) */
    public int getMaxArrayItems() {
      return maxArrayItems;
    }

    /** @param maxArrayItems the most items in one array */
    public void setMaxArrayItems(int maxArrayItems) {
      this.maxArrayItems = maxArrayItems;
    }

    /** @return the most values in one document (default 200,000) */
    public int getMaxValues() {
      return maxValues;
    }

    /** @param maxValues the most values in one document */
    public void setMaxValues(int maxValues) {
      this.maxValues = maxValues;
    }

    /**
     * @return these limits as the reader takes them
     * @throws IllegalArgumentException when a limit is out of its allowed range
     */
    public ReadLimits toReadLimits() {
      return ReadLimits.builder()
          .maxDocumentBytes(maxDocumentBytes)
          .maxNestingDepth(maxNestingDepth)
          .maxStringLength(maxStringLength)
          .maxNumberLength(maxNumberLength)
          .maxArrayItems(maxArrayItems)
          .maxValues(maxValues)
          .build();
    }
  }
}
