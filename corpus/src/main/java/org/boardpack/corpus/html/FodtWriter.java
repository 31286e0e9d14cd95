package org.boardpack.corpus.html;

import static org.boardpack.corpus.html.HtmlWriter.num;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.boardpack.corpus.html.PackDocument.Block;
import org.boardpack.corpus.html.PackDocument.Cell;
import org.boardpack.corpus.html.PackDocument.Para;
import org.boardpack.corpus.html.PackDocument.Row;
import org.boardpack.corpus.html.PackDocument.Section;
import org.boardpack.corpus.html.PackDocument.Table;

/**
 * A {@link PackDocument} as a flat ODF text document ({@code .fodt}) for LibreOffice. LibreOffice's
 * HTML import ignores named pages and {@code page-break-before} on sections, so it cannot put the
 * action log on landscape pages; ODF master pages can, and carry the running header and the
 * {@code Page N of M} footer fields. One master page per {@link PageStyles} entry; the first block
 * of each section names it, which also breaks the page.
 */
public final class FodtWriter {

    private static final double PORTRAIT_TEXT_MM = 170;
    private static final double LANDSCAPE_TEXT_MM = 271;
    private static final String NS = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            + "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
            + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
            + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
            + "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
            + "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"";

    /** Automatic styles by their XML, so equal formatting shares one style as word processors do. */
    private final Map<String, String> styles = new LinkedHashMap<>();
    private final StringBuilder body = new StringBuilder(128 * 1024);
    private int tables;

    private FodtWriter() {
    }

    public static String write(PackDocument doc) {
        return new FodtWriter().document(doc);
    }

    private String document(PackDocument doc) {
        PageStyles pages = PageStyles.of(doc);
        for (Section s : doc.sections()) {
            String master = pages.name(s);
            double width = s.landscape() ? LANDSCAPE_TEXT_MM : PORTRAIT_TEXT_MM;
            for (int i = 0; i < s.blocks().size(); i++) {
                String breakTo = i == 0 ? master : null;
                switch (s.blocks().get(i)) {
                    case Para p -> para(p, breakTo, body);
                    case Table t -> table(t, breakTo, width);
                }
            }
        }
        StringBuilder out = new StringBuilder(body.length() + 16 * 1024);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document ").append(NS)
                .append(" office:version=\"1.3\" office:mimetype=\"application/vnd.oasis.opendocument.text\">\n")
                .append("<office:meta><dc:title>").append(HtmlWriter.escape(doc.title())).append("</dc:title></office:meta>\n")
                .append("<office:font-face-decls><style:font-face style:name=\"Liberation Sans\" "
                        + "svg:font-family=\"'Liberation Sans'\" style:font-family-generic=\"swiss\" "
                        + "style:font-pitch=\"variable\"/></office:font-face-decls>\n")
                .append("<office:styles><style:default-style style:family=\"paragraph\"><style:paragraph-properties "
                        + "fo:margin-top=\"0pt\" fo:margin-bottom=\"0pt\"/><style:text-properties style:font-name="
                        + "\"Liberation Sans\" fo:font-size=\"10pt\" fo:language=\"en\" fo:country=\"GB\"/>"
                        + "</style:default-style><style:style style:name=\"Standard\" style:family=\"paragraph\"/>"
                        // header and footer paragraphs need common styles: LibreOffice ignores automatic ones there
                        + "<style:style style:name=\"Header\" style:family=\"paragraph\"><style:text-properties "
                        + "fo:font-size=\"8pt\"/></style:style><style:style style:name=\"Footer\" style:family="
                        + "\"paragraph\"><style:paragraph-properties fo:text-align=\"center\"/><style:text-properties "
                        + "fo:font-size=\"8pt\"/></style:style></office:styles>\n<office:automatic-styles>\n");
        for (PageStyles.Key k : pages.keys()) {
            pageLayout(pages.names().get(k), k, out);
        }
        styles.forEach((xml, name) -> out.append(xml.replace("@NAME@", name)).append('\n'));
        out.append("</office:automatic-styles>\n<office:master-styles>\n");
        for (PageStyles.Key k : pages.keys()) {
            masterPage(pages.names().get(k), k, doc, out);
        }
        out.append("</office:master-styles>\n<office:body><office:text>\n").append(body)
                .append("</office:text></office:body>\n</office:document>\n");
        return out.toString();
    }

    private static void pageLayout(String name, PageStyles.Key k, StringBuilder out) {
        String w = k.landscape() ? "29.7cm" : "21cm";
        String h = k.landscape() ? "21cm" : "29.7cm";
        String side = k.landscape() ? "13mm" : "20mm";
        out.append("<style:page-layout style:name=\"L").append(name).append("\"><style:page-layout-properties fo:page-width=\"")
                .append(w).append("\" fo:page-height=\"").append(h).append("\" style:print-orientation=\"")
                .append(k.landscape() ? "landscape" : "portrait").append("\" fo:margin-top=\"10mm\" fo:margin-bottom="
                        + "\"10mm\" fo:margin-left=\"").append(side).append("\" fo:margin-right=\"").append(side)
                .append("\"/><style:header-style><style:header-footer-properties fo:min-height=\"0mm\" "
                        + "fo:margin-bottom=\"6mm\"/></style:header-style><style:footer-style>"
                        + "<style:header-footer-properties fo:min-height=\"0mm\" fo:margin-top=\"6mm\"/>"
                        + "</style:footer-style></style:page-layout>\n");
    }

    private static void masterPage(String name, PageStyles.Key k, PackDocument doc, StringBuilder out) {
        out.append("<style:master-page style:name=\"").append(name).append("\" style:page-layout-name=\"L")
                .append(name).append("\">");
        out.append("<style:header><text:p text:style-name=\"Header\">")
                .append(k.header() == null ? "" : HtmlWriter.escape(k.header())).append("</text:p></style:header>");
        out.append("<style:footer>");
        if (doc.footerNote() != null) {
            out.append("<text:p text:style-name=\"Footer\">").append(HtmlWriter.escape(doc.footerNote()))
                    .append("</text:p>");
        }
        out.append("<text:p text:style-name=\"Footer\">Page <text:page-number "
                + "text:select-page=\"current\">1</text:page-number>");
        if (doc.footerTotal()) {
            out.append(" of <text:page-count>1</text:page-count>");
        }
        out.append("</text:p></style:footer></style:master-page>\n");
    }

    private void para(Para p, String breakTo, StringBuilder out) {
        out.append("<text:p text:style-name=\"").append(paraStyle(p, breakTo)).append("\">")
                .append(HtmlWriter.escape(p.text())).append("</text:p>\n");
    }

    private String paraStyle(Para p, String breakTo) {
        StringBuilder s = new StringBuilder("<style:style style:name=\"@NAME@\" style:family=\"paragraph\" "
                + "style:parent-style-name=\"Standard\"");
        if (breakTo != null) {
            s.append(" style:master-page-name=\"").append(breakTo).append('"');
        }
        s.append("><style:paragraph-properties fo:text-align=\"")
                .append(p.align() == PackDocument.Align.CENTRE ? "center" : "start").append("\" fo:margin-left=\"")
                .append(num(p.indent())).append("pt\" fo:margin-top=\"").append(num(p.spaceBefore())).append("pt\"")
                .append(p.keepWithNext() ? " fo:keep-with-next=\"always\"" : "")
                .append(breakTo != null ? " fo:break-before=\"page\"" : "")
                .append("/><style:text-properties fo:font-size=\"").append(num(p.size())).append("pt\"")
                .append(p.bold() ? " fo:font-weight=\"bold\"" : "").append("/></style:style>");
        return style(s.toString(), "P");
    }

    private String style(String xml, String prefix) {
        return styles.computeIfAbsent(xml, x -> prefix + styles.size());
    }

    private void table(Table t, String breakTo, double textWidth) {
        String name = "Table" + ++tables;
        StringBuilder ts = new StringBuilder("<style:style style:name=\"@NAME@\" style:family=\"table\"");
        if (breakTo != null) {
            ts.append(" style:master-page-name=\"").append(breakTo).append('"');
        }
        ts.append("><style:table-properties style:width=\"").append(num(textWidth)).append("mm\" table:align=\"left\" "
                + "fo:margin-top=\"").append(num(t.spaceBefore())).append("pt\"")
                .append(breakTo != null ? " fo:break-before=\"page\"" : "").append("/></style:style>");
        body.append("<table:table table:name=\"").append(name).append("\" table:style-name=\"")
                .append(style(ts.toString(), "T")).append("\">\n");
        for (double pct : t.percentages()) {
            String col = "<style:style style:name=\"@NAME@\" style:family=\"table-column\"><style:table-column-properties "
                    + "style:column-width=\"" + num(textWidth * pct / 100) + "mm\"/></style:style>";
            body.append("<table:table-column table:style-name=\"").append(style(col, "C")).append("\"/>\n");
        }
        if (t.header() != null) {
            body.append("<table:table-header-rows>");
            row(t, t.header(), true, false);
            body.append("</table:table-header-rows>\n");
        }
        List<Row> rows = t.rows();
        for (int r = 0; r < rows.size(); r++) {
            row(t, rows.get(r), false, r + 1 < rows.size() && rows.get(r + 1).joined());
        }
        body.append("</table:table>\n");
    }

    /** A row; ruled cells lose the rule above a joined row and below a row the next one joins. */
    private void row(Table t, Row row, boolean header, boolean split) {
        String line = "0.5pt solid #000000";
        String cell = "<style:style style:name=\"@NAME@\" style:family=\"table-cell\"><style:table-cell-properties "
                + "fo:padding-left=\"4pt\" fo:padding-right=\"4pt\" fo:padding-top=\""
                + (t.ruled() && !row.joined() ? "3pt" : "1pt") + "\" fo:padding-bottom=\"" + (t.ruled() ? "4pt" : "1pt")
                + "\"" + (header && t.shadedHeader() ? " fo:background-color=\"#d9d9d9\"" : "")
                + (t.ruled() ? " fo:border-left=\"" + line + "\" fo:border-right=\"" + line + "\" fo:border-top=\""
                        + (row.joined() ? "none" : line) + "\" fo:border-bottom=\"" + (split ? "none" : line) + "\""
                        : " fo:border=\"none\"")
                + "/></style:style>";
        String cellStyle = style(cell, "K");
        body.append("<table:table-row>");
        for (Cell c : row.cells()) {
            body.append("<table:table-cell table:style-name=\"").append(cellStyle).append("\" office:value-type=\"string\">");
            if (c.paras().isEmpty()) {
                body.append("<text:p/>");
            }
            for (Para p : c.paras()) {
                para(p, null, body);
            }
            body.append("</table:table-cell>");
        }
        body.append("</table:table-row>\n");
    }
}
