package org.boardpack.corpus.html;

import java.util.Locale;
import org.boardpack.corpus.html.PackDocument.Block;
import org.boardpack.corpus.html.PackDocument.Cell;
import org.boardpack.corpus.html.PackDocument.Para;
import org.boardpack.corpus.html.PackDocument.Row;
import org.boardpack.corpus.html.PackDocument.Section;
import org.boardpack.corpus.html.PackDocument.Table;

/**
 * A {@link PackDocument} as one HTML page with print CSS, for a browser's print-to-PDF: A4 pages,
 * a named page per orientation and running header ({@code @page page2 { size: A4 landscape }}),
 * the header and footer in page-margin boxes, a page break before every section, real tables
 * with borders where the pack rules them.
 */
public final class HtmlWriter {

    private static final String FONT = "Arial, Helvetica, \"Liberation Sans\", sans-serif";

    private HtmlWriter() {
    }

    public static String write(PackDocument doc) {
        PageStyles pages = PageStyles.of(doc);
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
                .append(escape(doc.title())).append("</title>\n<style>\n");
        css(doc, pages, out);
        out.append("</style>\n</head>\n<body>\n");
        for (int i = 0; i < doc.sections().size(); i++) {
            Section s = doc.sections().get(i);
            out.append("<section class=\"").append(pages.name(s)).append(i == 0 ? "" : " break").append("\">\n");
            for (Block b : s.blocks()) {
                switch (b) {
                    case Para p -> para(p, out);
                    case Table t -> table(t, out);
                }
            }
            out.append("</section>\n");
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static void css(PackDocument doc, PageStyles pages, StringBuilder out) {
        String footer = doc.footerTotal() ? "\"Page \" counter(page) \" of \" counter(pages)" : "\"Page \" counter(page)";
        if (doc.footerNote() != null) {
            // one margin box, two lines: CSS gives a box one content string, so the note ends with a newline
            footer = "\"" + cssString(doc.footerNote()) + "\\A\" " + footer;
        }
        out.append("@page { size: A4; margin: 22mm 20mm 20mm 20mm;\n  @bottom-center { content: ").append(footer)
                .append("; white-space: pre; font: 8pt ").append(FONT).append("; } }\n");
        for (PageStyles.Key k : pages.keys()) {
            String name = pages.names().get(k);
            out.append("@page ").append(name).append(" { size: A4").append(k.landscape() ? " landscape" : "");
            out.append(k.landscape() ? "; margin: 16mm 13mm 16mm 13mm" : "");
            if (k.header() != null) {
                out.append(";\n  @top-left { content: \"").append(cssString(k.header())).append("\"; font: 8pt ")
                        .append(FONT).append("; vertical-align: bottom; padding-bottom: 4mm; }");
            }
            out.append(" }\n.").append(name).append(" { page: ").append(name).append("; }\n");
        }
        out.append("body { font-family: ").append(FONT).append("; margin: 0; }\n")
                .append(".break { break-before: page; }\n")
                .append("p { margin: 0; line-height: 1.2; }\n")
                .append(".keep { break-after: avoid; }\n")
                .append("table { border-collapse: collapse; width: 100%; }\n")
                .append("td, th { vertical-align: top; text-align: left; padding: 2pt 4pt; font-weight: normal; }\n")
                .append("table.ruled td, table.ruled th { border: 0.5pt solid #000; padding: 3pt 4pt 5pt 4pt; }\n")
                .append("table.ruled tr.joined td { border-top: hidden; padding-top: 0; }\n")
                .append("table.ruled tr.split td { border-bottom: hidden; }\n")
                .append("table.plain td { padding: 1pt 4pt 1pt 0; }\n")
                .append("th.shade { background: #d9d9d9; }\n")
                .append("thead { display: table-header-group; }\n");
    }

    private static void para(Para p, StringBuilder out) {
        out.append("<p").append(p.keepWithNext() ? " class=\"keep\"" : "").append(" style=\"")
                .append(paraStyle(p)).append("\">").append(escape(p.text())).append("</p>\n");
    }

    private static String paraStyle(Para p) {
        StringBuilder s = new StringBuilder("font-size: ").append(num(p.size())).append("pt");
        if (p.bold()) {
            s.append("; font-weight: bold");
        }
        if (p.align() == PackDocument.Align.CENTRE) {
            s.append("; text-align: center");
        }
        if (p.indent() > 0) {
            s.append("; margin-left: ").append(num(p.indent())).append("pt");
        }
        if (p.spaceBefore() > 0) {
            s.append("; margin-top: ").append(num(p.spaceBefore())).append("pt");
        }
        return s.toString();
    }

    private static void table(Table t, StringBuilder out) {
        out.append("<table class=\"").append(t.ruled() ? "ruled" : "plain").append('"');
        if (t.spaceBefore() > 0) {
            out.append(" style=\"margin-top: ").append(num(t.spaceBefore())).append("pt\"");
        }
        out.append(">\n<colgroup>");
        for (double w : t.percentages()) {
            out.append("<col style=\"width: ").append(num(w)).append("%\"/>");
        }
        out.append("</colgroup>\n");
        if (t.header() != null) {
            out.append("<thead>\n<tr>");
            for (Cell c : t.header().cells()) {
                out.append(t.shadedHeader() ? "<th class=\"shade\">" : "<th>");
                cell(c, out);
                out.append("</th>");
            }
            out.append("</tr>\n</thead>\n");
        }
        out.append("<tbody>\n");
        for (int r = 0; r < t.rows().size(); r++) {
            Row row = t.rows().get(r);
            boolean split = r + 1 < t.rows().size() && t.rows().get(r + 1).joined();
            String cls = (row.joined() ? "joined" : "") + (split ? (row.joined() ? " " : "") + "split" : "");
            out.append(cls.isEmpty() ? "<tr>" : "<tr class=\"" + cls + "\">");
            for (Cell c : row.cells()) {
                out.append("<td>");
                cell(c, out);
                out.append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static void cell(Cell c, StringBuilder out) {
        for (Para p : c.paras()) {
            out.append("<p style=\"").append(paraStyle(p)).append("\">").append(escape(p.text())).append("</p>");
        }
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String cssString(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    static String num(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.2f", d);
    }
}
