package org.boardpack.web.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.boardpack.web.PageBox;
import org.boardpack.web.QueryString;

/**
 * Text made safe for HTML, and the few fragments every page writes the same way (a row's field,
 * a link to a file at its page, a highlighted snippet). Everything that comes from the index goes
 * through {@link #esc}: a record holding {@code <script>} shows as text.
 */
public final class Html {

    /** Marks the index puts around matched terms, turned into {@code <mark>} after escaping; no paper prints them. */
    public static final String MARK_OPEN = "\u0001";
    public static final String MARK_CLOSE = "\u0002";

    private Html() {
    }

    public static String esc(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A snippet escaped, its marked terms in {@code <mark>}; marks that do not pair are dropped. */
    public static String snippet(String text) {
        String escaped = esc(text);
        long opens = escaped.chars().filter(c -> c == MARK_OPEN.charAt(0)).count();
        long closes = escaped.chars().filter(c -> c == MARK_CLOSE.charAt(0)).count();
        if (opens != closes) {
            return escaped.replace(MARK_OPEN, "").replace(MARK_CLOSE, "");
        }
        return escaped.replace(MARK_OPEN, "<mark>").replace(MARK_CLOSE, "</mark>");
    }

    /** A row's field as text, or null when absent. */
    public static String field(JsonNode row, String name) {
        JsonNode v = row.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** {@code file.pdf:3}, linked to the file opened at that page. */
    public static String fileLink(String path, Integer page) {
        if (path == null) {
            return "";
        }
        String name = Path.of(path).getFileName().toString();
        String href = "/file" + new QueryString().add("path", path) + (page == null ? "" : "#page=" + page);
        return "<a class=\"file\" href=\"" + esc(href) + "\">" + esc(name + (page == null ? "" : ":" + page)) + "</a>";
    }

    /** The file link of an export row (its {@code path} and {@code page}). */
    public static String fileLink(JsonNode row) {
        JsonNode page = row.get("page");
        return fileLink(field(row, "path"), page == null || page.isNull() ? null : page.asInt());
    }

    /** {@code page image}, linked to the page drawn with the record's box marked (none when {@code box} is null). */
    public static String pageImageLink(String path, Integer page, PageBox box) {
        if (path == null || page == null || !path.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            return "";
        }
        String href = "/page.png" + new QueryString().add("path", path).add("page", page).add("box", box == null ? null : box.text());
        return "<a class=\"page-image\" href=\"" + esc(href) + "\">" + (box == null ? "page image" : "page image, table marked")
                + "</a>";
    }

    public static String meetingLink(String id) {
        return id == null ? "" : "<a href=\"/meeting" + esc(new QueryString().add("id", id)) + "\">" + esc(id) + "</a>";
    }

    public static String personLink(String name) {
        return name == null ? "" : "<a href=\"/person" + esc(new QueryString().add("name", name)) + "\">" + esc(name) + "</a>";
    }

    /** {@code <a href="…">label</a>} with both escaped. */
    public static String link(String href, String label) {
        return "<a href=\"" + esc(href) + "\">" + esc(label) + "</a>";
    }
}
