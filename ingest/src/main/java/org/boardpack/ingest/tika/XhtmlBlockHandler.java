package org.boardpack.ingest.tika;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.boardpack.ingest.TextNormaliser;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects paragraphs, headings and tables (with their col- and rowspans) from the XHTML that Tika
 * produces for Word, OpenDocument, RTF and HTML documents. Nested tables are flattened into the
 * enclosing cell's text; bold comes from {@code b}/{@code strong} and from header cells.
 */
final class XhtmlBlockHandler extends DefaultHandler {

    private final List<Block> blocks = new ArrayList<>();
    private final Deque<TableBuilder> tables = new ArrayDeque<>();
    private List<Block.Run> paragraph = new ArrayList<>();
    private int level;
    private int boldDepth;
    private int skipDepth;
    private StringBuilder text = new StringBuilder();

    private static final class TableBuilder {
        final List<List<Block.Cell>> rows = new ArrayList<>();
        List<Block.Cell> row;
        List<List<Block.Run>> cellParagraphs;
        int colspan;
        int rowspan;
        boolean header;
    }

    List<Block> blocks() {
        flushParagraph();
        return List.copyOf(blocks);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = localName.isEmpty() ? qName : localName;
        switch (name.toLowerCase(Locale.ROOT)) {
            case "script", "style", "head", "title" -> skipDepth++;
            case "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6" -> {
                flushParagraph();
                level = name.matches("h[1-6]") ? name.charAt(1) - '0' : 0;
            }
            case "br" -> flushParagraph();
            case "b", "strong", "th" -> {
                flushRun();
                boldDepth++;
                if (name.equals("th")) {
                    startCell(atts, true);
                }
            }
            case "table" -> {
                flushParagraph();
                if (!tables.isEmpty()) {
                    // a table inside a cell: its text stays in the cell
                    tables.push(null);
                } else {
                    tables.push(new TableBuilder());
                }
            }
            case "tr" -> {
                TableBuilder t = tables.peek();
                if (t != null) {
                    t.row = new ArrayList<>();
                }
            }
            case "td" -> startCell(atts, false);
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
        switch (name.toLowerCase(Locale.ROOT)) {
            case "script", "style", "head", "title" -> skipDepth--;
            case "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6" -> flushParagraph();
            case "b", "strong" -> {
                flushRun();
                boldDepth--;
            }
            case "th" -> {
                endCell();
                boldDepth--;
            }
            case "td" -> endCell();
            case "tr" -> {
                TableBuilder t = tables.peek();
                if (t != null && t.row != null) {
                    if (!t.row.isEmpty()) {
                        t.rows.add(List.copyOf(t.row));
                    }
                    t.row = null;
                }
            }
            case "table" -> {
                flushParagraph();
                TableBuilder t = tables.pop();
                if (t != null && !t.rows.isEmpty()) {
                    blocks.add(new Block.Table(List.copyOf(t.rows)));
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipDepth == 0) {
            text.append(ch, start, length);
        }
    }

    private void startCell(Attributes atts, boolean header) {
        TableBuilder t = tables.peek();
        if (t == null || t.row == null) {
            return;
        }
        flushParagraph();
        t.cellParagraphs = new ArrayList<>();
        t.colspan = span(atts.getValue("colspan"));
        t.rowspan = span(atts.getValue("rowspan"));
        t.header = header;
    }

    private void endCell() {
        TableBuilder t = tables.peek();
        if (t == null || t.row == null || t.cellParagraphs == null) {
            return;
        }
        flushParagraph();
        t.row.add(new Block.Cell(List.copyOf(t.cellParagraphs), t.colspan, t.rowspan, t.header));
        t.cellParagraphs = null;
    }

    private static int span(String value) {
        try {
            return value == null ? 1 : Math.max(1, Math.min(50, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private void flushRun() {
        // normalised once here, so no-break spaces are spaces before the white space is collapsed
        String s = TextNormaliser.normalise(text.toString()).replaceAll(" {2,}", " ");
        text = new StringBuilder();
        if (!s.isBlank()) {
            paragraph.add(new Block.Run(s, boldDepth > 0));
        }
    }

    private void flushParagraph() {
        flushRun();
        if (paragraph.isEmpty()) {
            return;
        }
        TableBuilder t = tables.peek();
        if (t != null && t.cellParagraphs != null) {
            t.cellParagraphs.add(List.copyOf(paragraph));
        } else if (tables.isEmpty() || t == null) {
            if (tables.isEmpty()) {
                blocks.add(new Block.Paragraph(List.copyOf(paragraph), level));
            } else {
                // text of a nested table: kept in the enclosing cell, if any
                TableBuilder outer = tables.stream().filter(x -> x != null).findFirst().orElse(null);
                if (outer != null && outer.cellParagraphs != null) {
                    outer.cellParagraphs.add(List.copyOf(paragraph));
                }
            }
        }
        paragraph = new ArrayList<>();
        level = 0;
    }
}
