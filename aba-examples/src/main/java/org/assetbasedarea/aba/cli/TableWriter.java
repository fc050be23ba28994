package org.assetbasedarea.aba.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Writes one table's rows as they come: RFC 4180 CSV with a header row (commons-csv), or NDJSON
 * (one JSON object per row, keys in column order). A missing value is an empty cell in CSV and
 * {@code null} in NDJSON; decimals are written plain ({@code 0.00001}, never {@code 1E-5}), dates
 * as ISO {@code YYYY-MM-DD}.
 */
abstract class TableWriter implements Closeable {
  /** The file formats of {@code aba export}. */
  enum Kind {
    csv, ndjson
  }

  /** Writes one row: values in the table's column order. */
  abstract void write(@Nullable Object[] values) throws IOException;

  /** A writer of the given kind over {@code out} (closed with it); CSV writes its header now. */
  static TableWriter of(Kind kind, Writer out, List<ExportTable.Column> columns, Documents documents)
      throws IOException {
    return kind == Kind.csv ? new Csv(out, columns) : new Ndjson(out, columns, documents);
  }

  /** A value as text for a CSV cell: empty when missing, plain decimals. */
  static @Nullable String cell(@Nullable Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toPlainString();
    }
    return value.toString();
  }

  /** CSV. */
  static final class Csv extends TableWriter {
    private final CSVPrinter printer;
    private final Object[] cells;

    Csv(Writer out, List<ExportTable.Column> columns) throws IOException {
      this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
          .setHeader(columns.stream().map(ExportTable.Column::name).toArray(String[]::new)).get());
      this.cells = new Object[columns.size()];
    }

    @Override
    void write(@Nullable Object[] values) throws IOException {
      for (int i = 0; i < values.length; i++) {
        String cell = cell(values[i]);
        cells[i] = cell == null ? "" : cell;
      }
      printer.printRecord(cells);
    }

    @Override
    public void close() throws IOException {
      printer.close(true);
    }
  }

  /** NDJSON. */
  static final class Ndjson extends TableWriter {
    private final Writer out;
    private final List<ExportTable.Column> columns;
    private final Documents documents;

    Ndjson(Writer out, List<ExportTable.Column> columns, Documents documents) {
      this.out = out;
      this.columns = columns;
      this.documents = documents;
    }

    @Override
    void write(@Nullable Object[] values) throws IOException {
      Map<String, @Nullable Object> object = new LinkedHashMap<>();
      for (int i = 0; i < values.length; i++) {
        Object value = values[i];
        ExportTable.Type type = columns.get(i).type();
        object.put(columns.get(i).name(), value == null ? null
            : type == ExportTable.Type.DATE ? value.toString() : value);
      }
      out.write(documents.writeObject(object));
      out.write('\n');
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
