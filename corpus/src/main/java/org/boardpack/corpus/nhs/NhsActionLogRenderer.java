package org.boardpack.corpus.nhs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.boardpack.corpus.Dates;
import org.boardpack.corpus.PackAnswers;
import org.boardpack.corpus.Variation;
import org.boardpack.corpus.Variations;
import org.boardpack.corpus.Slug;
import org.boardpack.corpus.nhs.NhsPlan.LogRow;
import org.boardpack.corpus.nhs.NhsPlan.Update;
import org.boardpack.corpus.pdf.DrawnTable;
import org.boardpack.corpus.pdf.Fonts;
import org.boardpack.corpus.pdf.PageWriter;
import org.boardpack.corpus.pdf.RuledTableDrawer;
import org.boardpack.corpus.pdf.Style;
import org.boardpack.corpus.pdf.Table.Band;
import org.boardpack.corpus.pdf.Table.Layout;
import org.boardpack.corpus.pdf.Table.Para;
import org.boardpack.corpus.pdf.Table.Row;
import org.boardpack.corpus.pdf.TextFlow;
import org.boardpack.model.actions.Action;
import org.boardpack.model.actions.ActionSource;
import org.boardpack.model.actions.ActionStatus;
import org.boardpack.model.actions.ActionUpdate;
import org.boardpack.model.documents.DocumentType;

/**
 * The action log on A4 landscape: eight ruled columns, header repeated on each page (printed on
 * the first page only under {@link Variation#HEADER_NOT_REPEATED}).
 */
public final class NhsActionLogRenderer {

    public static final List<String> COLUMNS = List.of("Ref", "Date", "Item", "Action", "Responsible", "Deadline",
            "Status", "Comments");
    private static final float[] WIDTHS = {32f, 52f, 95f, 165f, 85f, 50f, 48f, 243f};

    private final PageWriter w;
    private final PackAnswers answers;
    private final Variations variations;

    public NhsActionLogRenderer(PageWriter w, PackAnswers answers) {
        this(w, answers, Variations.NONE);
    }

    public NhsActionLogRenderer(PageWriter w, PackAnswers answers, Variations variations) {
        this.w = w;
        this.answers = answers;
        this.variations = variations;
    }

    public void render(NhsPlan plan) {
        Fonts f = w.fonts();
        Style cell = f.regular(8.5f);
        w.newPage(true, null);
        int first = w.pageNumber();
        String title = plan.body() + " Action Log - Updated " + Dates.paddedDayMonthYear(plan.logUpdated());
        new TextFlow(w).line(title, f.bold(12), PageWriter.LANDSCAPE_LEFT);
        w.down(8);
        List<List<Para>> header = new ArrayList<>();
        for (String c : COLUMNS) {
            header.add(List.of(new Para(c, f.bold(9))));
        }
        List<Row> rows = new ArrayList<>();
        for (LogRow r : plan.log()) {
            List<Para> comments = new ArrayList<>();
            for (Update u : r.updates()) {
                comments.add(new Para(Dates.dotted(u.date()) + u.separator() + u.text(), cell));
            }
            rows.add(Row.of(Band.of(p(r.ref(), cell), p(Dates.logDate(r.raised()), cell), p(r.item(), cell),
                    p(r.action(), cell), p(r.responsible(), cell), p(Dates.logMonth(r.due()), cell),
                    p(r.status(), cell), comments)));
        }
        DrawnTable table = new RuledTableDrawer(w).draw(
                new Layout(PageWriter.LANDSCAPE_LEFT, WIDTHS, 3.5f, new Band(header),
                        !variations.has(Variation.HEADER_NOT_REPEATED)), rows);
        answers.table(table.answer(null));
        for (int i = 0; i < plan.log().size(); i++) {
            LogRow r = plan.log().get(i);
            List<ActionUpdate> updates = r.updates().stream()
                    .map(u -> new ActionUpdate(u.date().toString(), u.text())).toList();
            answers.action(new Action(ActionSource.ACTION_LOG, Slug.meetingId(plan.body(), r.raised()), r.ref(),
                    r.item(), r.action(), r.responsible(), r.ownerName(), r.raised().toString(),
                    Dates.isoMonth(r.due()), ActionStatus.valueOf(r.status().toUpperCase(Locale.ROOT)), r.status(),
                    updates, table.rowPage(i)));
        }
        answers.document(DocumentType.ACTION_LOG, plan.body() + " Action Log", first, w.pageNumber(), plan.packMeetingId());
    }

    private static List<Para> p(String text, Style style) {
        return List.of(new Para(text, style));
    }
}
