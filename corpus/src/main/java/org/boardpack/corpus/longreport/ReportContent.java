package org.boardpack.corpus.longreport;

import java.util.List;

/**
 * The words and figures of a long report, as {@link ReportComposer} composed them while the PDFBox
 * pack was drawn. Every producer prints a long report from this record, so the reports of a pack
 * rendered by LibreOffice or Chromium say exactly what the PDFBox pack's answers were made from.
 *
 * @param appendix the landscape monthly dashboard, or null
 */
public record ReportContent(LongReport report, List<Section> sections, Figures appendix) {

    public ReportContent {
        sections = List.copyOf(sections);
    }

    /** A heading as printed ({@code 3. Cancer} when numbered) and what follows it. */
    public record Section(String heading, List<Block> blocks) {

        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    /** What a section holds. */
    public sealed interface Block permits Paragraph, Figures {
    }

    /** A paragraph of prose; {@code number} ({@code 2.3}) is null in unnumbered reports. */
    public record Paragraph(String number, String text) implements Block {
    }

    /** Which table: each producer sets its column widths by it. */
    public enum Kind { PERFORMANCE, FINANCE, DASHBOARD }

    /** A ruled table of figures under a bold caption; the header row repeats on every page it spans. */
    public record Figures(Kind kind, String caption, List<String> header, List<List<String>> rows) implements Block {

        public Figures {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
