package org.boardpack.corpus.nhs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    /** The owner's column given to the action, which names the owner ({@link Variation#LOG_OWNER_IN_TEXT}). */
    private static final float[] WIDTHS_OWNER_IN_TEXT = {32f, 52f, 95f, 250f, 50f, 48f, 243f};
    private static final String OWNER = "Responsible";
    /** The headings a log set out by status prints over each of its tables. */
    private static final Map<String, String> SECTIONS = new LinkedHashMap<>();

    static {
        SECTIONS.put("Open", "Open actions");
        SECTIONS.put("Closing", "Actions proposed for closure");
        SECTIONS.put("Closed", "Closed actions");
    }

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
        boolean ownerInText = variations.has(Variation.LOG_OWNER_IN_TEXT);
        boolean deadlineWords = variations.has(Variation.LOG_DEADLINE_WORDS);
        List<String> columns = ownerInText ? COLUMNS.stream().filter(c -> !c.equals(OWNER)).toList() : COLUMNS;
        List<List<Para>> header = new ArrayList<>();
        for (String c : columns) {
            header.add(List.of(new Para(c, f.bold(9))));
        }
        List<Row> rows = new ArrayList<>();
        List<String> actions = new ArrayList<>();
        List<String> deadlines = new ArrayList<>();
        for (int i = 0; i < plan.log().size(); i++) {
            LogRow r = plan.log().get(i);
            List<Para> comments = new ArrayList<>();
            for (Update u : r.updates()) {
                comments.add(new Para(Dates.dotted(u.date()) + u.separator() + u.text(), cell));
            }
            String action = ownerInText ? LogCells.ownerInText(r.action(), r.responsible(), i) : r.action();
            String deadline = deadlineWords ? LogCells.deadlineInWords(r.due(), i) : Dates.logMonth(r.due());
            actions.add(action);
            deadlines.add(deadline);
            List<List<Para>> cells = new ArrayList<>(List.of(p(r.ref(), cell), p(Dates.logDate(r.raised()), cell),
                    p(r.item(), cell), p(action, cell), p(r.responsible(), cell), p(deadline, cell),
                    p(r.status(), cell), comments));
            if (ownerInText) {
                cells.remove(COLUMNS.indexOf(OWNER));
            }
            rows.add(Row.of(new Band(cells)));
        }
        float[] widths = ownerInText ? WIDTHS_OWNER_IN_TEXT : WIDTHS;
        int[] rowPages = variations.has(Variation.LOG_SECTIONS_NO_HEADER) ? sections(plan, rows, widths)
                : one(rows, new Band(header), widths);
        for (int i = 0; i < plan.log().size(); i++) {
            LogRow r = plan.log().get(i);
            List<ActionUpdate> updates = r.updates().stream()
                    .map(u -> new ActionUpdate(u.date().toString(), u.text())).toList();
            // a deadline in words has no date; a bare month is the month of the year it falls in
            String due = deadlineWords ? LogCells.dueOfWords(deadlines.get(i), r.due()) : Dates.isoMonth(r.due());
            answers.action(new Action(ActionSource.ACTION_LOG, Slug.meetingId(plan.body(), r.raised()), r.ref(),
                    r.item(), actions.get(i), r.responsible(), r.ownerName(), r.raised().toString(),
                    due, ActionStatus.valueOf(r.status().toUpperCase(Locale.ROOT)), r.status(),
                    updates, rowPages[i], deadlineWords ? deadlines.get(i) : null));
        }
        answers.document(DocumentType.ACTION_LOG, plan.body() + " Action Log", first, w.pageNumber(), plan.packMeetingId());
    }

    /** The log as one table under its header row; the page of each row. */
    private int[] one(List<Row> rows, Band header, float[] widths) {
        DrawnTable table = new RuledTableDrawer(w).draw(new Layout(PageWriter.LANDSCAPE_LEFT, widths, 3.5f, header,
                !variations.has(Variation.HEADER_NOT_REPEATED)), rows);
        answers.table(table.answer(null));
        int[] pages = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            pages[i] = table.rowPage(i);
        }
        return pages;
    }

    /**
     * The log as small boxed tables without a header row, one under a heading of its own for each
     * status in turn ({@link Variation#LOG_SECTIONS_NO_HEADER}); the page of each row.
     */
    private int[] sections(NhsPlan plan, List<Row> rows, float[] widths) {
        int[] pages = new int[rows.size()];
        for (String status : SECTIONS.keySet()) {
            List<Integer> in = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (plan.log().get(i).status().equals(status)) {
                    in.add(i);
                }
            }
            if (in.isEmpty()) {
                continue;
            }
            w.down(6);
            new TextFlow(w).line(SECTIONS.get(status), w.fonts().bold(10), PageWriter.LANDSCAPE_LEFT);
            w.down(4);
            DrawnTable table = RuledTableDrawer.boxed(w).draw(new Layout(PageWriter.LANDSCAPE_LEFT, widths, 3.5f, null,
                    false), in.stream().map(rows::get).toList());
            answers.table(table.answer(null));
            for (int k = 0; k < in.size(); k++) {
                pages[in.get(k)] = table.rowPage(k);
            }
        }
        return pages;
    }

    private static List<Para> p(String text, Style style) {
        return List.of(new Para(text, style));
    }
}
