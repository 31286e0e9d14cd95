package org.boardpack.corpus.council;

import static org.boardpack.corpus.council.CouncilAgendaRenderer.LEFT;
import static org.boardpack.corpus.council.CouncilAgendaRenderer.RIGHT;
import static org.boardpack.corpus.council.CouncilAgendaRenderer.SECOND;

import java.util.List;
import org.boardpack.corpus.Rng;
import org.boardpack.corpus.pdf.PageWriter;
import org.boardpack.corpus.pdf.Style;
import org.boardpack.corpus.pdf.TextFlow;
import org.boardpack.corpus.pdf.TextWrap;

/**
 * What a report lays out in columns that is no table (variation {@code NON_TABLE_COLUMNS}), as
 * the annotation guide reads it: an unruled label/value block of report details, a bulleted
 * list with hanging indents, and a paragraph set in two columns side by side. Nothing is
 * answered: a reader that emits any of them as a table loses precision.
 */
final class CouncilNonTables {

    static final String DETAILS = "Report details";
    private static final List<String> BULLETS = List.of(
            "the number of people supported to return home within seven days of a hospital discharge",
            "waiting times for assessment in the community teams, which have fallen for three quarters",
            "the uptake of personal budgets among carers and the people they care for",
            "the reach of the falls prevention service into sheltered housing schemes",
            "delayed transfers of care attributed to social care, now below the regional average");
    private static final List<String> PROSE = List.of(
            "Responses to the consultation came from residents, carers, providers and the voluntary sector. Most "
                    + "respondents supported the direction of travel and asked for clearer information about how "
                    + "services would be reached outside the town centres.",
            "Providers welcomed the longer contract terms but raised the cost of recruiting care workers in rural "
                    + "areas. The voluntary sector asked to be involved earlier when services are redesigned, and "
                    + "this has been reflected in the proposals.");
    private static final float GUTTER = 20f;
    private static final float BULLET_INDENT = 14f;

    private final PageWriter w;

    CouncilNonTables(PageWriter w) {
        this.w = w;
    }

    void draw(TextFlow flow, Rng rng) {
        Style plain = w.fonts().regular(10);
        Style bold = w.fonts().bold(10);
        flow.gap(10);
        flow.line(DETAILS, bold, LEFT);
        flow.gap(4);
        // councils print the labels with a colon or without one
        boolean colon = rng.chance(0.5);
        for (String[] pair : details(rng)) {
            flow.pair(colon ? pair[0] + ":" : pair[0], bold, LEFT, pair[1], plain, SECOND);
        }
        flow.gap(10);
        flow.paragraph("The indicators the Board will follow this year are:", plain, LEFT, RIGHT);
        flow.gap(4);
        for (String item : rng.sample(BULLETS, rng.between(3, BULLETS.size()))) {
            flow.labelled("\u2022", plain, LEFT, item + ";", plain, LEFT + BULLET_INDENT, RIGHT);
        }
        flow.gap(10);
        columns(PROSE, plain);
        flow.gap(10);
    }

    private static List<String[]> details(Rng rng) {
        return List.of(new String[] {"Wards affected", rng.pick("All wards", "All", "Town centre wards")},
                new String[] {"Key decision", rng.pick("No", "Yes")},
                new String[] {"Forward plan reference", "FP/" + rng.between(2015, 2024) + "/" + rng.between(10, 99)},
                new String[] {"Background papers", rng.pick("None", "None published")});
    }

    /** Each text wrapped in its own column, side by side from the same top, kept on one page. */
    private void columns(List<String> texts, Style style) {
        float width = (RIGHT - LEFT - GUTTER * (texts.size() - 1)) / texts.size();
        int most = 0;
        for (String t : texts) {
            most = Math.max(most, TextWrap.wrap(t, style, width, w.look().hyphenate()).size());
        }
        w.ensure(most * style.leading());
        float top = w.y();
        for (int c = 0; c < texts.size(); c++) {
            w.setY(top);
            float x = LEFT + c * (width + GUTTER);
            for (String line : TextWrap.wrap(texts.get(c), style, width, w.look().hyphenate())) {
                w.down(style.size());
                w.text(line, style, x, w.y());
                w.down(style.leading() - style.size());
            }
        }
        w.setY(top - most * style.leading());
    }
}
