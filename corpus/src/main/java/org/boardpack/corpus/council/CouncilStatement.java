package org.boardpack.corpus.council;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.corpus.PackAnswers;
import org.boardpack.corpus.Rng;
import org.boardpack.corpus.pdf.DrawnTable;
import org.boardpack.corpus.pdf.PageWriter;
import org.boardpack.corpus.pdf.StatementDrawer;
import org.boardpack.corpus.pdf.StatementDrawer.Kind;
import org.boardpack.corpus.pdf.StatementDrawer.Line;
import org.boardpack.corpus.pdf.Style;
import org.boardpack.corpus.pdf.TextFlow;

/**
 * A report's financial statement as town and parish councils print it (variation
 * {@code ACCOUNTS_STATEMENT}): an unruled income and expenditure statement in sections parted by
 * blank space, with a "Reserve Movements" table stacked directly under it with headings of its own.
 * Both are answered as tables, each with the bold title above it as its caption.
 */
final class CouncilStatement {

    static final String TITLE = "Statement of income and expenditure";
    static final String RESERVES = "Reserve Movements";
    private static final List<String> SERVICES = List.of("Economic Development", "Cultural and Heritage",
            "Environmental Services", "Play and Recreation", "Town in Bloom", "Christmas Lights", "Community Grants",
            "Planning and Highways");
    private static final List<String> CENTRAL = List.of("Central Support Costs", "Civic and Democratic Costs",
            "Capital Expenditure", "Election Costs");
    private static final float LABEL = 72f;
    private static final float[] RIGHTS = {360f, 440f, 520f};

    private final PageWriter w;
    private final PackAnswers answers;

    CouncilStatement(PageWriter w, PackAnswers answers) {
        this.w = w;
        this.answers = answers;
    }

    void draw(TextFlow flow, Rng rng) {
        Style plain = w.fonts().regular(10);
        Style bold = w.fonts().bold(10);
        List<Line> lines = new ArrayList<>();
        long[] totals = new long[3];
        section(lines, "DIRECT SERVICES", rng.sample(SERVICES, rng.between(3, 5)), rng, plain, totals);
        section(lines, "CENTRAL COSTS", rng.sample(CENTRAL, rng.between(2, 3)), rng, plain, totals);
        lines.add(new Line("Net expenditure", amounts(totals), Kind.TOTAL));
        // both tables and their titles on one page
        w.ensure((lines.size() + 12) * plain.leading() + 120);
        flow.gap(10);
        flow.line(TITLE, bold, LABEL);
        flow.gap(4);
        StatementDrawer drawer = new StatementDrawer(w);
        DrawnTable statement = drawer.draw(LABEL, RIGHTS, List.of("Budget", "Actual", "Variance"), lines, plain, bold);
        answers.table(statement.answer(TITLE));
        // the reserves table follows at once: its title and headings are all that part the two
        flow.gap(2);
        flow.line(RESERVES, bold, (RIGHTS[0] + RIGHTS[2]) / 2 - bold.width(RESERVES) / 2 - 40);
        flow.gap(2);
        long general = rng.between(200, 1_400) * 1_000L + rng.between(0, 999);
        long earmarked = rng.between(20, 900) * 1_000L + rng.between(0, 999);
        long moveGeneral = -totals[1] / 4;
        long moveEarmarked = totals[1] / 5;
        List<Line> reserves = List.of(
                new Line("General Fund", List.of(money(general), money(moveGeneral), money(general + moveGeneral)),
                        Kind.ITEM),
                new Line("Earmarked Reserves", List.of(money(earmarked), money(moveEarmarked),
                        money(earmarked + moveEarmarked)), Kind.ITEM),
                new Line("Total reserves", List.of(money(general + earmarked), money(moveGeneral + moveEarmarked),
                        money(general + earmarked + moveGeneral + moveEarmarked)), Kind.TOTAL));
        answers.table(drawer.draw(LABEL, RIGHTS, List.of("Opening", "Movement", "Closing"), reserves, plain, bold)
                .answer(RESERVES));
        flow.gap(10);
    }

    private static void section(List<Line> lines, String heading, List<String> items, Rng rng, Style plain,
                                long[] totals) {
        lines.add(new Line(heading, List.of("", "", ""), Kind.HEADING));
        for (String item : items) {
            int thousands = rng.between(2, 180);
            long budget = thousands * 1_000L;
            long actual = rng.chance(0.15) ? 0 : budget + rng.between(-thousands * 150, thousands * 120);
            long[] row = {budget, actual, budget - actual};
            for (int c = 0; c < 3; c++) {
                totals[c] += row[c];
            }
            lines.add(new Line(item, amounts(row), Kind.ITEM));
        }
    }

    private static List<String> amounts(long[] values) {
        List<String> out = new ArrayList<>();
        for (long v : values) {
            out.add(money(v));
        }
        return out;
    }

    /** As accounts print money: thousands commas, negatives in brackets, nil as a dash. */
    static String money(long v) {
        if (v == 0) {
            return "-";
        }
        String digits = String.format(java.util.Locale.ROOT, "%,d", Math.abs(v));
        return v < 0 ? "(" + digits + ")" : digits;
    }
}
