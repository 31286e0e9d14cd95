package org.boardpack.web.html;

import java.util.List;

/**
 * Labelled form controls: every control has a {@code <label for>} (and a hint tied by
 * {@code aria-describedby} where the format matters), so a screen reader names each one.
 */
public final class FormControls {

    private FormControls() {
    }

    public static String text(String name, String label, String value, String hint) {
        return text(name, label, value, hint, "text");
    }

    public static String text(String name, String label, String value, String hint, String type) {
        String id = "f-" + name;
        StringBuilder b = new StringBuilder("<div class=\"field\"><label for=\"").append(id).append("\">")
                .append(Html.esc(label)).append("</label><input type=\"").append(type).append("\" id=\"").append(id)
                .append("\" name=\"").append(name).append("\" value=\"").append(Html.esc(value)).append('"');
        if (hint != null) {
            b.append(" aria-describedby=\"").append(id).append("-hint\"");
        }
        b.append('>');
        if (hint != null) {
            b.append("<small id=\"").append(id).append("-hint\">").append(Html.esc(hint)).append("</small>");
        }
        return b.append("</div>").toString();
    }

    /** A date bound: YYYY-MM-DD, YYYY-MM or YYYY, as the command line takes it. */
    public static String date(String name, String label, String value) {
        return text(name, label, value, "YYYY-MM-DD, YYYY-MM or YYYY");
    }

    /** A select whose first option ({@code anyLabel}, empty value) means no filter; no such option when it is null. */
    public static String select(String name, String label, List<String> options, String selected, String anyLabel) {
        String id = "f-" + name;
        StringBuilder b = new StringBuilder("<div class=\"field\"><label for=\"").append(id).append("\">")
                .append(Html.esc(label)).append("</label><select id=\"").append(id).append("\" name=\"").append(name)
                .append("\">");
        if (anyLabel != null) {
            b.append("<option value=\"\">").append(Html.esc(anyLabel)).append("</option>");
        }
        for (String o : options) {
            b.append("<option value=\"").append(Html.esc(o)).append('"').append(o.equals(selected) ? " selected" : "")
                    .append('>').append(Html.esc(o.replace('_', ' '))).append("</option>");
        }
        return b.append("</select></div>").toString();
    }

    public static String checkbox(String name, String label, boolean checked) {
        String id = "f-" + name;
        return "<div class=\"field check\"><input type=\"checkbox\" id=\"" + id + "\" name=\"" + name + "\" value=\"1\""
                + (checked ? " checked" : "") + "><label for=\"" + id + "\">" + Html.esc(label) + "</label></div>";
    }

    /** Check boxes sharing one name in a fieldset whose legend names the group. */
    public static String checkboxes(String name, String legend, List<String> options, java.util.Set<String> checked) {
        StringBuilder b = new StringBuilder("<fieldset class=\"choices\"><legend>").append(Html.esc(legend)).append("</legend>");
        for (String o : options) {
            String id = "f-" + name + "-" + o;
            b.append("<span class=\"check\"><input type=\"checkbox\" id=\"").append(id).append("\" name=\"").append(name)
                    .append("\" value=\"").append(Html.esc(o)).append('"').append(checked.contains(o) ? " checked" : "")
                    .append("><label for=\"").append(id).append("\">").append(Html.esc(o.replace('_', ' ')))
                    .append("</label></span>");
        }
        return b.append("</fieldset>").toString();
    }

    /** {@code , 51-100 shown} when the rows fill more than one page; nothing when they all show. */
    public static String shown(org.boardpack.web.Paging paging, int rows, long total) {
        if (rows == total || total == 0) {
            return "";
        }
        return rows == 0 ? ", none on page " + paging.page()
                : ", " + (paging.offset() + 1) + "–" + (paging.offset() + rows) + " shown";
    }

    /** Previous / next links and where this page is, or nothing when all fits on one page. */
    public static String pager(int page, int pages, java.util.function.IntFunction<String> href) {
        if (pages <= 1) {
            return "";
        }
        StringBuilder b = new StringBuilder("<nav class=\"pager\" aria-label=\"Pages\">");
        if (page > 1) {
            b.append("<a rel=\"prev\" href=\"").append(Html.esc(href.apply(page - 1))).append("\">← Previous</a> ");
        }
        b.append("<span>Page ").append(page).append(" of ").append(pages).append("</span>");
        if (page < pages) {
            b.append(" <a rel=\"next\" href=\"").append(Html.esc(href.apply(page + 1))).append("\">Next →</a>");
        }
        return b.append("</nav>").toString();
    }
}
