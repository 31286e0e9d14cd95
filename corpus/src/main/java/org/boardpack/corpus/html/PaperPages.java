package org.boardpack.corpus.html;

import java.util.HashMap;
import java.util.Map;
import org.boardpack.corpus.council.CouncilPlan;
import org.boardpack.model.PackRecord;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;

/**
 * The first and last page of each paper the council agenda's Page Nos. column names ({@code
 * minutes}, {@code report<item>}, {@code workprogramme}), read from a pack's answers: the PDFBox
 * pages on a first rendering, the producer's own pages once the answers are repaginated.
 */
record PaperPages(Map<String, int[]> spans) {

    static PaperPages of(CouncilPlan plan, PackRecord answers) {
        Map<String, int[]> spans = new HashMap<>();
        DocumentSpan wp = null;
        for (DocumentSpan d : answers.documents()) {
            if (d.type() == DocumentType.MINUTES) {
                spans.put("minutes", new int[] {d.firstPage(), d.lastPage()});
            } else if (d.type() == DocumentType.REPORT && d.title().equals("Work Programme " + plan.municipalYear())) {
                wp = d;
            } else if (d.type() == DocumentType.APPENDIX && wp != null) {
                spans.put("workprogramme", new int[] {wp.firstPage(), d.lastPage()});
            } else if (d.type() == DocumentType.REPORT) {
                for (CouncilPlan.Report r : plan.reports()) {
                    if (r.title().equals(d.title())) {
                        spans.put("report" + r.agendaNumber(), new int[] {d.firstPage(), d.lastPage()});
                    }
                }
            }
        }
        return new PaperPages(Map.copyOf(spans));
    }

    /** {@code 13 - 158}, or null for an item without a paper. */
    String column(String paper) {
        if (paper == null) {
            return null;
        }
        int[] span = spans.get(paper);
        if (span == null) {
            throw new IllegalStateException("no pages for paper " + paper);
        }
        return span[0] + " - " + span[1];
    }
}
