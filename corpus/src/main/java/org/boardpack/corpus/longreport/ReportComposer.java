package org.boardpack.corpus.longreport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.boardpack.corpus.Dates;
import org.boardpack.corpus.Rng;
import org.boardpack.corpus.longreport.ReportContent.Block;
import org.boardpack.corpus.longreport.ReportContent.Figures;
import org.boardpack.corpus.longreport.ReportContent.Kind;
import org.boardpack.corpus.longreport.ReportContent.Paragraph;
import org.boardpack.corpus.longreport.ReportContent.Section;
import org.boardpack.corpus.longreport.Vocabulary.ReportKind;

/**
 * Composes one long report's content a piece at a time, keeping what it composed. The PDFBox
 * writer asks for paragraphs until the report fills its page budget, which only its layout knows;
 * the composed {@link ReportContent} is what other producers print. The random draws happen in
 * the order the pieces are asked for, so a seed gives the same words however they are printed.
 */
public final class ReportComposer {

    /** Paragraphs every section gets before the page budget decides whether it needs more. */
    private static final int MIN_PARAGRAPHS = 2;

    private final LongReport report;
    private final Vocabulary vocab;
    private final Rng rng;
    private final Prose prose;
    private final List<String> headings;
    private final List<Section> sections = new ArrayList<>();
    private List<Block> blocks;
    private String heading;
    private Figures appendix;

    public ReportComposer(LongReport report, Vocabulary vocab, Rng rng) {
        this.report = report;
        this.vocab = vocab;
        this.rng = rng;
        this.prose = new Prose(vocab, rng, report.date());
        this.headings = vocab.titles().stream().filter(k -> report.title().startsWith(k.title())).findFirst()
                .orElse(vocab.titles().get(0)).sections();
    }

    public LongReport report() {
        return report;
    }

    public int sectionCount() {
        return headings.size();
    }

    /** Starts section {@code s} (0-based, in order) and returns its heading as printed. */
    public String section(int s) {
        close();
        heading = report.numbered() ? (s + 1) + ". " + headings.get(s) : headings.get(s);
        blocks = new ArrayList<>();
        return heading;
    }

    /** Whether the current section still needs paragraphs whatever the page budget says. */
    public boolean needsMore() {
        return paragraphs() < MIN_PARAGRAPHS;
    }

    /** The next paragraph of the current section, followed by a table in every other section's second one. */
    public List<Block> next() {
        int s = sections.size();
        int n = paragraphs() + 1;
        String text = prose.paragraph();
        List<Block> out = new ArrayList<>();
        out.add(new Paragraph(report.numbered() ? (s + 1) + "." + n : null, text));
        if (n == 2 && s % 2 == 1) {
            out.add(s % 4 == 1 ? performance() : finance());
        }
        blocks.addAll(out);
        return out;
    }

    /** The landscape dashboard, if the report has one: every indicator by month. Compose it after the body. */
    public Figures appendix() {
        close();
        if (!report.appendix() || appendix != null) {
            return appendix;
        }
        List<String> header = new ArrayList<>(List.of("Indicator", "Target"));
        for (int m = 11; m >= 0; m--) {
            header.add(Dates.logMonth(report.date().minusMonths(m + 1L)));
        }
        List<List<String>> rows = new ArrayList<>();
        int n = rng.between(18, 30);
        for (int i = 0; i < n; i++) {
            String metric = vocab.metrics().get(i % vocab.metrics().size()).replace(" (number)", "");
            String place = vocab.places().get(i / vocab.metrics().size() % vocab.places().size());
            List<String> row = new ArrayList<>(List.of(metric + " \u2013 " + place, rng.between(75, 95) + "%"));
            for (int m = 0; m < 12; m++) {
                row.add(prose.pct());
            }
            rows.add(row);
        }
        appendix = new Figures(Kind.DASHBOARD, "Appendix 1: " + report.title() + " \u2013 monthly dashboard",
                header, rows);
        return appendix;
    }

    /** Everything composed so far. */
    public ReportContent content() {
        close();
        return new ReportContent(report, sections, appendix);
    }

    private int paragraphs() {
        return (int) blocks.stream().filter(b -> b instanceof Paragraph).count();
    }

    private void close() {
        if (blocks != null) {
            sections.add(new Section(heading, blocks));
            blocks = null;
        }
    }

    /** Indicator, target, the last three months and a trend. */
    private Figures performance() {
        LocalDate date = report.date();
        String caption = "Table: key indicators, " + prose.month();
        List<String> header = List.of("Indicator", "Target", Dates.logMonth(date.minusMonths(3)),
                Dates.logMonth(date.minusMonths(2)), Dates.logMonth(date.minusMonths(1)), "Trend");
        List<List<String>> rows = new ArrayList<>();
        for (String m : rng.sample(vocab.metrics(), rng.between(5, Math.min(12, vocab.metrics().size())))) {
            boolean count = m.endsWith("(number)");
            rows.add(List.of(m.replace(" (number)", ""), count ? "-" : rng.between(75, 95) + "%",
                    count ? String.valueOf(rng.between(20, 900)) : prose.pct(),
                    count ? String.valueOf(rng.between(20, 900)) : prose.pct(),
                    count ? String.valueOf(rng.between(20, 900)) : prose.pct(),
                    rng.pick("Improving", "Stable", "Deteriorating", "Not yet known")));
        }
        return new Figures(Kind.PERFORMANCE, caption, header, rows);
    }

    /** Income and expenditure in £m, adverse variances in brackets. */
    private Figures finance() {
        List<List<String>> rows = new ArrayList<>();
        for (String line : vocab.financeLines()) {
            int budget = rng.between(5, 400);
            int ytd = budget * rng.between(4, 9) / 12;
            int actual = ytd + rng.between(-ytd / 10 - 1, ytd / 10 + 1);
            rows.add(List.of(line, tenths(budget), tenths(ytd), tenths(actual), variance(ytd - actual)));
        }
        return new Figures(Kind.FINANCE, "Table: income and expenditure to date (£m)",
                List.of("£m", "Annual budget", "Budget to date", "Actual to date", "Variance"), rows);
    }

    private static String tenths(int v) {
        return String.format("%d.%d", v / 10, Math.abs(v % 10));
    }

    private static String variance(int v) {
        return v < 0 ? "(" + tenths(-v) + ")" : tenths(v);
    }
}
