package io.github.kisoku.kernel.data;

import io.github.kisoku.kernel.KisokuException;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads a figures file bundled with the library (RFC 4180: quoted fields may hold commas, line
 * breaks and doubled quotes; CRLF or LF). Lines that start with {@code #} before the header or
 * between records are comments (each file says there where its figures come from); blank lines
 * are skipped; the first other line is the header, and every row is read by column name.
 *
 * <p>Static functions only; thread-safe.
 */
public final class BundledCsv {
    private BundledCsv() {
    }

    /**
     * One row of a file, read by column name. Immutable.
     */
    public static final class Row {
        private final String file;
        private final Map<String, String> cells;
        private final int line;

        private Row(String file, Map<String, String> cells, int line) {
            this.file = file;
            this.cells = cells;
            this.line = line;
        }

        /**
         * The cell of a column, as written (not stripped).
         *
         * @param column the column's name in the header
         * @return the cell
         * @throws BrokenData if the file has no such column in this row
         */
        public String get(String column) {
            return cells.get(column).getOrElseThrow(() -> new BrokenData(file + " line " + line + ": no column "
                    + column));
        }

        /**
         * A name or a note the file gives in both languages, in the columns {@code <column>_ja}
         * and {@code <column>_en}: words that come with the data (a violation's name, a room's
         * note), not words of a rule.
         *
         * @param column the columns' common name, e.g. {@code name} for {@code name_ja} and {@code name_en}
         * @return the words in both languages
         * @throws BrokenData if the file has no such columns in this row, or a cell is blank
         */
        public io.github.kisoku.kernel.Message message(String column) {
            String ja = get(column + "_ja");
            String en = get(column + "_en");
            if (ja.isBlank() || en.isBlank()) {
                throw new BrokenData(file + " line " + line + ": " + column + " must be given in Japanese and English");
            }
            return io.github.kisoku.kernel.Message.of(ja, en);
        }

        /**
         * The line of the file where the row starts (the header is line 1 when no comment precedes it).
         *
         * @return the line number, from 1
         */
        public int line() {
            return line;
        }
    }

    /**
     * A bundled file that is missing or cannot be read: a defect of the build, not of the caller's
     * input.
     */
    public static final class BrokenData extends KisokuException {
        private static final long serialVersionUID = 1L;

        /**
         * The defect, described.
         *
         * @param message what is wrong and where
         */
        public BrokenData(String message) {
            super(message);
        }
    }

    /**
     * Reads a file that lies beside a class.
     *
     * @param anchor the class whose package holds the file
     * @param file the file's name, relative to the class's package
     * @return the rows after the header, in order
     * @throws BrokenData if the file is missing or unreadable
     */
    public static List<Row> read(Class<?> anchor, String file) {
        try (InputStream in = anchor.getResourceAsStream(file)) {
            if (in == null) {
                throw new BrokenData("missing resource " + file);
            }
            return rows(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BrokenData(file + ": " + e.getMessage());
        }
    }

    /** The rows of a file's text, read as {@link #read} reads a bundled file. */
    static List<Row> rows(String file, String text) {
        List<Parsed> records = parse(text);
        if (records.isEmpty()) {
            throw new BrokenData(file + ": no header");
        }
        List<String> header = records.head().fields;
        return records.tail().map(r -> new Row(file, HashMap.ofEntries(header.zip(r.fields)), r.line));
    }

    /** A record of the file, parsed, and the line where it starts. */
    private static final class Parsed {
        final List<String> fields;
        final int line;

        Parsed(List<String> fields, int line) {
            this.fields = fields;
            this.line = line;
        }
    }

    private static List<Parsed> parse(String text) {
        java.util.List<Parsed> records = new java.util.ArrayList<>();
        java.util.List<String> fields = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int start = 1;
        boolean atRecordStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (atRecordStart && c == '#') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
                line++;
                start = line;
                continue;
            }
            atRecordStart = false;
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                records.add(new Parsed(List.ofAll(fields), start));
                fields.clear();
                line++;
                start = line;
                atRecordStart = true;
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(new Parsed(List.ofAll(fields), start));
        }
        return List.ofAll(records).filter(r -> !(r.fields.size() == 1 && r.fields.head().isBlank()));
    }
}
