package org.boardpack.app.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.boardpack.index.CsvCells;
import org.boardpack.ingest.tables.DetectedTable;

/** Writes detected tables as the record format's {@code tables} JSON, as CSV, or as Markdown. */
public final class TableWriter {

    public enum Format { json, csv, md }

    private final ObjectMapper json;
    private final boolean csvRaw;

    public TableWriter(ObjectMapper json) {
        this(json, false);
    }

    /** @param csvRaw write CSV cells as they are, formula starters included ({@link CsvCells}) */
    public TableWriter(ObjectMapper json, boolean csvRaw) {
        this.json = json;
        this.csvRaw = csvRaw;
    }

    public String write(List<DetectedTable> tables, Format format) throws IOException {
        return switch (format) {
            case json -> json(tables);
            case csv -> csv(tables);
            case md -> markdown(tables);
        };
    }

    private String json(List<DetectedTable> tables) throws IOException {
        ObjectNode root = json.createObjectNode();
        ArrayNode arr = root.putArray("tables");
        for (DetectedTable t : tables) {
            ObjectNode n = arr.addObject();
            n.put("page", t.page());
            n.put("last_page", t.lastPage());
            ArrayNode bbox = n.putArray("bbox");
            for (float v : new float[] {t.x0(), t.top(), t.x1(), t.bottom()}) {
                bbox.add(Math.round(v * 10) / 10.0);
            }
            n.put("header_rows", t.headerRows());
            n.put("method", t.method());
            ArrayNode rows = n.putArray("rows");
            for (List<String> row : t.rows()) {
                ArrayNode r = rows.addArray();
                row.forEach(r::add);
            }
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    /** One CSV block per table (RFC 4180 quoting), tables separated by a blank line. */
    private String csv(List<DetectedTable> tables) {
        StringBuilder sb = new StringBuilder();
        for (DetectedTable t : tables) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            for (List<String> row : t.rows()) {
                for (int i = 0; i < row.size(); i++) {
                    sb.append(i > 0 ? "," : "").append(quote(CsvCells.cell(row.get(i), csvRaw)));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static String quote(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }

    private static String markdown(List<DetectedTable> tables) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (DetectedTable t : tables) {
            String pages = t.lastPage() > t.page() ? "pages " + t.page() + "-" + t.lastPage() : "page " + t.page();
            sb.append(String.format(Locale.ROOT, "### Table %d (%s, %s)%n%n", ++n, pages, t.method()));
            int header = Math.max(1, t.headerRows());
            for (int r = 0; r < t.rows().size(); r++) {
                sb.append('|');
                for (String cell : t.rows().get(r)) {
                    sb.append(' ').append(cell.replace("|", "\\|")).append(" |");
                }
                sb.append('\n');
                if (r == header - 1) {
                    sb.append('|').append(" --- |".repeat(t.columns())).append('\n');
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
