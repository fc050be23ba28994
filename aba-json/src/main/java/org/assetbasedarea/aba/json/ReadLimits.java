package org.assetbasedarea.aba.json;

import tools.jackson.core.StreamReadConstraints;

/**
 * Bounds on what {@link AbaJson} reads, so that hostile input costs bounded time and memory. Input
 * beyond a limit is answered with an issue of code {@code LIMIT_EXCEEDED}, never an exception.
 *
 * <p>The defaults ({@link #defaults()}) leave ample room for every valid document of the
 * contracts: an assessment of the built-in framework with 50 evidence items of 2000 characters on
 * every rating is under 2 MiB.
 *
 * <table>
 *   <caption>Limits and defaults</caption>
 *   <tr><th>limit</th><th>default</th></tr>
 *   <tr><td>{@link #getMaxDocumentBytes()} (also each NDJSON line)</td><td>8 MiB</td></tr>
 *   <tr><td>{@link #getMaxNestingDepth()}</td><td>32</td></tr>
 *   <tr><td>{@link #getMaxStringLength()} (characters, values and names)</td><td>10000</td></tr>
 *   <tr><td>{@link #getMaxNumberLength()} (characters)</td><td>64</td></tr>
 *   <tr><td>{@link #getMaxArrayItems()} (also members of one object)</td><td>10000</td></tr>
 *   <tr><td>{@link #getMaxValues()} (all values of a document)</td><td>200000</td></tr>
 * </table>
 */
public final class ReadLimits {
  /** The default largest document, in bytes: 8 MiB. */
  public static final int DEFAULT_MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

  /**
   * The largest {@code maxDocumentBytes} allowed: a document, and an NDJSON line with its
   * {@code \r}, must fit in one Java array.
   */
  public static final int MAX_DOCUMENT_BYTES_ALLOWED = Integer.MAX_VALUE - 16;
  /** The default deepest nesting of arrays and objects. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 32;
  /** The default longest string or field name, in characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 10_000;
  /** The default longest number, in characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 64;
  /** The default largest array (and object). */
  public static final int DEFAULT_MAX_ARRAY_ITEMS = 10_000;
  /** The default most values (scalars, arrays and objects) in one document. */
  public static final int DEFAULT_MAX_VALUES = 200_000;
  /** The deepest nesting a builder accepts, so that no reader can overflow the stack. */
  public static final int MAX_NESTING_DEPTH_ALLOWED = 1000;

  private static final ReadLimits DEFAULTS = builder().build();

  private final int maxDocumentBytes;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxArrayItems;
  private final int maxValues;

  private ReadLimits(Builder builder) {
    this.maxDocumentBytes = builder.maxDocumentBytes;
    this.maxNestingDepth = builder.maxNestingDepth;
    this.maxStringLength = builder.maxStringLength;
    this.maxNumberLength = builder.maxNumberLength;
    this.maxArrayItems = builder.maxArrayItems;
    this.maxValues = builder.maxValues;
  }

  /** @return the default limits */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** @return a builder starting from the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the largest document (and NDJSON line) accepted, in bytes */
  public int getMaxDocumentBytes() {
    return maxDocumentBytes;
  }

  /** @return the deepest nesting of arrays and objects accepted */
  public int getMaxNestingDepth() {
    return maxNestingDepth;
  }

  /** @return the longest string value or field name accepted, in characters */
  public int getMaxStringLength() {
    return maxStringLength;
  }

  /** @return the longest number accepted, in characters */
  public int getMaxNumberLength() {
    return maxNumberLength;
  }

  /** @return the most items accepted in one array, and members in one object */
  public int getMaxArrayItems() {
    return maxArrayItems;
  }

  /** @return the most values (scalars, arrays and objects, at any depth) accepted in a document */
  public int getMaxValues() {
    return maxValues;
  }

  /**
   * These limits as Jackson's stream constraints, as the library's own parsers apply them: for a
   * parser of one's own that must stop where the library's reading stops (document size, nesting,
   * number length, a field name over the string limit). A string value is held only to the larger
   * of the string limit and the document size: the library reports a value over the string limit
   * as an issue at its pointer, after parsing, rather than stopping the parse.
   *
   * @return the constraints
   */
  public StreamReadConstraints streamReadConstraints() {
    return StreamReadConstraints.builder()
        .maxDocumentLength(maxDocumentBytes)
        .maxNestingDepth(maxNestingDepth)
        .maxNumberLength(maxNumberLength)
        .maxStringLength(Math.max(maxStringLength, maxDocumentBytes))
        .maxNameLength(maxStringLength)
        .build();
  }

  @Override
  public String toString() {
    return "ReadLimits{maxDocumentBytes=" + maxDocumentBytes + ", maxNestingDepth="
        + maxNestingDepth + ", maxStringLength=" + maxStringLength + ", maxNumberLength="
        + maxNumberLength + ", maxArrayItems=" + maxArrayItems + ", maxValues=" + maxValues + "}";
  }

  /** Builds {@link ReadLimits}; every limit starts at its default. */
  public static final class Builder {
    private int maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
    private int maxArrayItems = DEFAULT_MAX_ARRAY_ITEMS;
    private int maxValues = DEFAULT_MAX_VALUES;

    private Builder() {}

    /**
     * Sets the largest document, and NDJSON line, accepted.
     *
     * @param bytes 1 to {@value ReadLimits#MAX_DOCUMENT_BYTES_ALLOWED}
     * @return this builder
     * @throws IllegalArgumentException when {@code bytes} is outside that range
     */
    public Builder maxDocumentBytes(int bytes) {
      if (bytes > MAX_DOCUMENT_BYTES_ALLOWED) {
        throw new IllegalArgumentException("maxDocumentBytes must be at most "
            + MAX_DOCUMENT_BYTES_ALLOWED + ", got " + bytes);
      }
      this.maxDocumentBytes = positive("maxDocumentBytes", bytes);
      return this;
    }

    /**
     * Sets the deepest nesting accepted.
     *
     * @param depth 1 to {@value ReadLimits#MAX_NESTING_DEPTH_ALLOWED}
     * @return this builder
     * @throws IllegalArgumentException when {@code depth} is out of range
     */
    public Builder maxNestingDepth(int depth) {
      if (depth > MAX_NESTING_DEPTH_ALLOWED) {
        throw new IllegalArgumentException(
            "maxNestingDepth must be at most " + MAX_NESTING_DEPTH_ALLOWED + ", got " + depth);
      }
      this.maxNestingDepth = positive("maxNestingDepth", depth);
      return this;
    }

    /**
     * Sets the longest string value or field name accepted.
     *
     * @param characters at least 1
     * @return this builder
     * @throws IllegalArgumentException when {@code characters} is below 1
     */
    public Builder maxStringLength(int characters) {
      this.maxStringLength = positive("maxStringLength", characters);
      return this;
    }

    /**
     * Sets the longest number accepted.
     *
     * @param characters at least 1
     * @return this builder
     * @throws IllegalArgumentException when {@code characters} is below 1
     */
    public Builder maxNumberLength(int characters) {
      this.maxNumberLength = positive("maxNumberLength", characters);
      return this;
    }

    /**
     * Sets the most items accepted in one array, and members in one object.
     *
     * @param items at least 1
     * @return this builder
     * @throws IllegalArgumentException when {@code items} is below 1
     */
    public Builder maxArrayItems(int items) {
      this.maxArrayItems = positive("maxArrayItems", items);
      return this;
    }

    /**
     * Sets the most values (scalars, arrays and objects, at any depth) accepted in a document.
     * Each value costs memory while a document is checked, so this bounds memory per document.
     *
     * @param values at least 1
     * @return this builder
     * @throws IllegalArgumentException when {@code values} is below 1
     */
    public Builder maxValues(int values) {
      this.maxValues = positive("maxValues", values);
      return this;
    }

    /** @return the limits */
    public ReadLimits build() {
      return new ReadLimits(this);
    }

    private static int positive(String name, int value) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, got " + value);
      }
      return value;
    }
  }
}
