package org.boardpack.web.html;

import org.boardpack.web.QueryString;

/** The links that download the current selection as CSV or JSON: the rows {@code boardpack export} writes. */
final class Downloads {

    private Downloads() {
    }

    static String links(String type, QueryString selection) {
        return "<p class=\"downloads\">Download these " + Html.esc(type) + ": "
                + "<a download href=\"" + Html.esc("/download/" + type + ".csv" + selection) + "\">CSV</a> · "
                + "<a download href=\"" + Html.esc("/download/" + type + ".json" + selection) + "\">JSON</a></p>";
    }
}
