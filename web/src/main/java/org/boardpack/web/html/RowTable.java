package org.boardpack.web.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Function;

/**
 * A table of export rows: a caption, column headers with {@code scope}, and one cell per column
 * made by that column's function (which returns HTML, escaping what it takes from the row).
 */
public final class RowTable {

    /** One column: its header and how a row's cell is written. */
    public record Column(String header, Function<JsonNode, String> cell) {

        /** A column showing a row's field as text. */
        public static Column field(String header, String name) {
            return new Column(header, r -> Html.esc(Html.field(r, name)));
        }
    }

    private RowTable() {
    }

    public static String render(String caption, List<Column> columns, List<? extends JsonNode> rows) {
        StringBuilder b = new StringBuilder("<table><caption>").append(Html.esc(caption)).append("</caption><thead><tr>");
        columns.forEach(c -> b.append("<th scope=\"col\">").append(Html.esc(c.header())).append("</th>"));
        b.append("</tr></thead><tbody>");
        for (JsonNode r : rows) {
            b.append("<tr>");
            columns.forEach(c -> b.append("<td>").append(c.cell().apply(r)).append("</td>"));
            b.append("</tr>");
        }
        return b.append("</tbody></table>").toString();
    }

    /** The row's item number, or its minute reference when the item has none. */
    public static Column item() {
        return new Column("item", r -> Html.esc(Html.field(r, "item") != null ? Html.field(r, "item") : Html.field(r, "minute_ref")));
    }

    public static Column file() {
        return new Column("file:page", Html::fileLink);
    }

    public static Column meeting() {
        return new Column("meeting", r -> Html.meetingLink(Html.field(r, "meeting")));
    }

    /** An action's words: its description, or its item when it has none. */
    public static Column action() {
        return new Column("action", r -> Html.esc(Html.field(r, "description") != null ? Html.field(r, "description")
                : Html.field(r, "item")));
    }

    /** The owner as resolved (else as printed), linked to their person page. */
    public static Column owner() {
        return new Column("owner", r -> Html.personLink(Html.field(r, "owner_name") != null ? Html.field(r, "owner_name")
                : Html.field(r, "owner")));
    }
}
