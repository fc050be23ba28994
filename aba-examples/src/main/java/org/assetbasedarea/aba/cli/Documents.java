package org.assetbasedarea.aba.cli;

import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.json.DocumentType;
import org.jspecify.annotations.Nullable;

/**
 * The tool's JSON reading and writing, in one place: every command reads and writes documents
 * through this, so the JSON library is built once and its API is used in one class.
 */
interface Documents {
  /** The document kinds {@link #read} recognises. */
  enum Kind {
    ASSESSMENT("assessment", "an assessment"),
    OUTCOME_DATA("outcome data", "outcome data"),
    FRAMEWORK("framework", "a framework"),
    PLAN("plan", "a plan"),
    APPROACH_CATALOGUE("approach catalogue", "a catalogue of approaches");

    private final String label;
    private final String phrase;

    Kind(String label, String phrase) {
      this.label = label;
      this.phrase = phrase;
    }

    /** Such as {@code outcome data}. */
    String label() {
      return label;
    }

    /** With its article, such as {@code an assessment}. */
    String phrase() {
      return phrase;
    }
  }

  /** A document of a recognised kind. */
  final class Document {
    private final Kind kind;
    private final Object value;

    Document(Kind kind, Object value) {
      this.kind = kind;
      this.value = value;
    }

    Kind kind() {
      return kind;
    }

    Object value() {
      return value;
    }
  }

  /** One line of NDJSON input: its 1-based number and what reading it gave. */
  final class Line {
    private final long number;
    private final Loaded<Assessment> result;

    Line(long number, Loaded<Assessment> result) {
      this.number = number;
      this.result = result;
    }

    long number() {
      return number;
    }

    Loaded<Assessment> result() {
      return result;
    }
  }

  /**
   * Reads a document whose kind is recognised from its top-level fields: {@code period} or
   * {@code responses} make outcome data, {@code groupings} a framework, {@code goals}, {@code
   * checkIns}, {@code kind} or another field only a plan has make a plan, anything else an
   * assessment (so a broken document gets the assessment contract's issues).
   */
  Loaded<Document> read(byte[] json);

  /**
   * Answers in input order that hold workers to stop: close it when done.
   *
   * @param <R> what each line gives
   */
  interface Lines<R> extends Iterator<R>, AutoCloseable {
    /** Stops the workers, if any, and closes the stream. */
    @Override
    void close();
  }

  /**
   * Reads NDJSON assessments lazily and in order, giving each line to {@code work}: with {@code
   * threads} 1 on the calling thread, one line in memory at a time; with more, on that many worker
   * threads with a bounded window of lines in flight (the calling thread only splits the input
   * into lines). An exception {@code work} throws comes out of {@link Lines#hasNext()} in its
   * line's turn; a stream that fails midway gives every line before it first.
   */
  <R> Lines<R> readAssessmentLines(InputStream in, int threads, Function<Line, R> work);

  /**
   * A document as compact JSON on one line. Like every JSON text here, terminal controls in its
   * strings are escaped ({@link TextFormat#safeJson}): the same JSON value, safe on a terminal.
   */
  String write(Object document);

  /**
   * {@link #write} as UTF-8 bytes, without a string in between: the same bytes as encoding what
   * {@link #write} gives.
   */
  byte[] writeBytes(Object document);

  /**
   * An object of the tool's own as compact JSON on one line, keys in its iteration order: values
   * are strings, numbers (a {@link java.math.BigDecimal} written plain, as it prints), booleans
   * and nulls. For NDJSON rows.
   */
  String writeObject(Map<String, ? extends @Nullable Object> object);

  /** A document as indented JSON. */
  String writePretty(Object document);

  /**
   * An object of the tool's own as indented JSON, like {@link #writePretty}: its values are maps
   * with string keys (written in their iteration order), lists, strings, numbers, booleans,
   * nulls and the library's documents.
   */
  String writePrettyObject(Map<String, ?> object);

  /**
   * The NDJSON answer to an invalid document: {@code {"file": F, "line": N, "valid": false,
   * "issues": [...]}}, without {@code line} for a whole file ({@code line} 0).
   */
  String invalidLine(String file, long line, List<Issue> issues);

  /** {@link #invalidLine} encoded as UTF-8, as the tool's standard output encodes it. */
  default byte[] invalidLineBytes(String file, long line, List<Issue> issues) {
    return invalidLine(file, line, issues).getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The published schema of a document type, by name; the names are {@link #SCHEMA_NAMES}. */
  String schema(String name);

  /**
   * This reader and writer over another framework registry: documents are validated against its
   * frameworks ({@code --framework}).
   */
  Documents with(org.assetbasedarea.aba.framework.FrameworkRegistry registry);

  /** The name of the network view's schema ({@code network.json}, the tool's own). */
  String NETWORK_SCHEMA = "network";

  /** The names {@code aba schema} accepts: the library's document types, then {@code network}. */
  List<String> SCHEMA_NAMES = java.util.stream.Stream.concat(
      DocumentType.values().stream().map(DocumentType::getName), java.util.stream.Stream.of(NETWORK_SCHEMA))
      .toList();
}
