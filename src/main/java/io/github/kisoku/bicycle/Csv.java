package io.github.kisoku.bicycle;

import io.github.kisoku.kernel.KisokuException;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads the bundled figure files (RFC 4180: quoted fields may hold commas and doubled quotes).
 * The kernel has no CSV reader yet; this one may move there.
 */
final class Csv {
    private Csv() {
    }

    /** One row, read by column name. */
    static final class Row {
        private final Map<String, String> cells;
        private final int line;

        private Row(Map<String, String> cells, int line) {
            this.cells = cells;
            this.line = line;
        }

        String get(String column) {
            return cells.get(column).getOrElseThrow(() -> new BrokenData("line " + line + ": no column " + column));
        }

        int line() {
            return line;
        }
    }

    /** A bundled file that cannot be read is a defect of the build, not of the caller's input. */
    static final class BrokenData extends KisokuException {
        private static final long serialVersionUID = 1L;

        BrokenData(String message) {
            super(message);
        }
    }

    static List<Row> read(String resource) {
        try (InputStream in = Csv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new BrokenData("missing resource " + resource);
            }
            List<List<String>> records = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<String> header = records.head();
            return records.tail().zipWithIndex().map(r -> new Row(HashMap.ofEntries(header.zip(r._1)), r._2 + 2));
        } catch (IOException e) {
            throw new BrokenData(resource + ": " + e.getMessage());
        }
    }

    private static List<List<String>> parse(String text) {
        java.util.List<List<String>> records = new java.util.ArrayList<>();
        java.util.List<String> fields = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
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
                records.add(List.ofAll(fields));
                fields.clear();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(List.ofAll(fields));
        }
        return List.ofAll(records).filter(r -> !(r.size() == 1 && r.head().isBlank()));
    }
}
