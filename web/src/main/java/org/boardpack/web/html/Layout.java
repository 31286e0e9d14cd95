package org.boardpack.web.html;

/**
 * The page around every page's content: title, the main navigation (the current page marked for
 * screen readers with {@code aria-current}), a skip link to the content, the style and script.
 */
public final class Layout {

    private static final String[][] NAV = {
        {"/", "Search"}, {"/decisions", "Decisions"}, {"/actions", "Action register"}, {"/person", "People"},
        {"/api/openapi.json", "API"},
    };

    private Layout() {
    }

    /** @param current the path of the navigation entry this page is, or null */
    public static String page(String title, String current, String content) {
        StringBuilder b = new StringBuilder(content.length() + 1200);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.esc(title)).append(" – boardpack</title>")
                .append("<link rel=\"stylesheet\" href=\"/static/style.css\">")
                .append("<script src=\"/static/app.js\" defer></script></head>\n<body>")
                .append("<a class=\"skip\" href=\"#main\">Skip to content</a>")
                .append("<header><span class=\"brand\">boardpack</span><nav aria-label=\"Main\"><ul>");
        for (String[] n : NAV) {
            b.append("<li><a href=\"").append(n[0]).append('"')
                    .append(n[0].equals(current) ? " aria-current=\"page\"" : "").append('>')
                    .append(n[1]).append("</a></li>");
        }
        b.append("</ul></nav></header>\n<main id=\"main\" tabindex=\"-1\">")
                .append(content)
                .append("</main>\n<footer>Read-only: this server answers questions about the index and changes nothing."
                        + " Press <kbd>/</kbd> to search.</footer></body></html>\n");
        return b.toString();
    }

    /** An error page: the status and the sentence saying why. */
    public static String problem(int status, String message) {
        String title = switch (status) {
            case 400 -> "Bad request";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            default -> "Server error";
        };
        return page(title, null, "<h1>" + status + " " + title + "</h1><p class=\"problem\" role=\"alert\">"
                + Html.esc(message) + "</p><p><a href=\"/\">Back to search</a></p>");
    }
}
