package org.boardpack.extract.actions;

import org.boardpack.model.actions.Action;
import org.boardpack.model.actions.ActionSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.boardpack.extract.actions.ActionColumnParser.Entry;
import org.boardpack.extract.actions.MinutesGrid.Column;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.tables.PageTableSource;
import org.boardpack.ingest.tables.TableFinder;

/**
 * Actions from the action column of minutes set as a table ({@code Item No. | Discussion | Action},
 * {@code | Item | Notes | Action}, with a header row or without one). Each entry of the column
 * ({@link ActionColumnParser}) belongs to the minute item it sits level with or below — the last
 * item number printed at or above it, on its page or an earlier one — and takes that item's
 * number ({@code 6}, {@code BM 55/2122}); a paragraph number under an item of its own stem
 * ({@code 4.2} under {@code 4.}) is the item's. An entry that names only its owner has no text
 * of its own: the discussion level with it is what the action is ({@link BesideText}).
 */
public final class MinutesActionExtractor {

    /** An item number and its first line may stand this far apart vertically (cell padding). */
    private static final float LEVEL = 3f;
    /** Lines of one paragraph (or of a wrapped title) follow at the line pitch; a break is wider. */
    private static final float PARAGRAPH_STEP = 1.25f;

    private final TableFinder finder;
    private final ActionColumnParser parser = new ActionColumnParser(ActionVocabulary.standard());
    private final DueBeside dueBeside = new DueBeside();
    private final TaskColumn tasks = new TaskColumn(ActionVocabulary.standard());

    public MinutesActionExtractor(TableFinder finder) {
        this.finder = finder;
    }

    /** A minute item: where its number stands and the number. */
    private record Item(int page, float top, String number) {
    }

    public List<Action> extract(ParsedDocument doc, DocumentSpan minutes, String meetingId, String meetingDate) {
        return extract(doc, minutes, meetingId, meetingDate, Dehyphenator.of(doc), finder);
    }

    /**
     * @param words  the document's vocabulary, built once for all its extractors
     * @param tables the document's tables, found once for all its extractors
     */
    public List<Action> extract(ParsedDocument doc, DocumentSpan minutes, String meetingId, String meetingDate,
            Dehyphenator words, PageTableSource tables) {
        return grid(doc, minutes, tables, HeadingRoles.standard()).map(g -> extract(g, ItemPlaces.none(), meetingId, meetingDate, words))
                .orElse(List.of());
    }

    /**
     * The minutes' table, if they are set as one.
     *
     * @param roles the roles of headings read so far in this document
     */
    Optional<MinutesGrid> grid(ParsedDocument doc, DocumentSpan minutes, PageTableSource tables, HeadingRoles roles) {
        return MinutesGrid.find(doc, minutes, tables, roles);
    }

    /**
     * @param headings where the minutes' numbered headings stand: the items of a table whose number
     *                 column prints none (an action column beside prose minutes)
     */
    List<Action> extract(MinutesGrid grid, ItemPlaces headings, String meetingId, String meetingDate,
                         Dehyphenator words) {
        List<Fragment> printed = grid.column(Column.DISCUSSION);
        float step = PARAGRAPH_STEP * grid.linePitch();
        List<Item> items = items(grid.column(Column.NUMBER));
        // a discussion column holding the paragraph numbers too (a margin column beside prose
        // minutes) is read without them: they label the paragraphs an entry stands beside
        List<Fragment> discussion = printed.stream().map(ParagraphNumbers::strip).toList();
        java.util.Map<Fragment, Fragment> stripped = new java.util.IdentityHashMap<>();
        for (int i = 0; i < printed.size(); i++) {
            stripped.put(printed.get(i), discussion.get(i));
        }
        List<List<Fragment>> paragraphs = paragraphs(printed, grid.column(Column.NUMBER), step).stream()
                .map(p -> p.stream().map(stripped::get).toList()).toList();
        List<Action> out = new ArrayList<>();
        // a task column with its owners' column beside it: every cell is an action, its owner beside it
        List<TaskColumn.Task> taskCells = grid.hasOwnerColumn() ? tasks.parse(grid, step) : List.of();
        List<Entry> entries = grid.hasOwnerColumn() ? taskCells.stream().map(TaskColumn.Task::entry).toList()
                : parser.parse(grid.column(Column.ACTION), step);
        List<Optional<DueBeside.Found>> dues = new ArrayList<>();
        for (int k = 0; k < entries.size(); k++) {
            dues.add(dueBeside.of(grid.deadlines(), entries, k, grid.linePitch(), meetingDate));
        }
        if (grid.hasOwnerColumn()) {
            // the tasks of one row share its deadline cell
            dues = TaskColumn.sharedInRow(dues, taskCells.stream().map(TaskColumn.Task::row).toList());
        }
        for (int k = 0; k < entries.size(); k++) {
            Entry e = entries.get(k);
            Optional<DueBeside.Found> due = dues.get(k);
            String item = items.isEmpty() ? headings.itemAt(e.page(), e.top())
                    : itemOf(items, e).map(Item::number).orElse(null);
            String description = e.text() != null ? e.text() : e.keyed() ? null
                    : beside(paragraphs, discussion, step, e, rowEnd(items, entries, e));
            out.add(new Action(ActionSource.MINUTES, meetingId, e.ref(), item, words.apply(description), e.owner(),
                    null, meetingDate, due.map(DueBeside.Found::due).orElse(null), null, null, null, e.page(),
                    due.map(DueBeside.Found::text).orElse(null)));
        }
        return out;
    }

    /**
     * The minute items in reading order. A number under an item of its own stem ({@code 4.1},
     * {@code 4.2} after {@code 4.}) numbers a paragraph of that item, not an item: the action
     * it carries belongs to the item heading above. A number misprinted with a stray digit is
     * read as its sequence's ({@link ItemSequence}).
     */
    private static List<Item> items(List<Fragment> numbers) {
        List<Item> out = new ArrayList<>();
        String stem = null;
        for (Fragment n : numbers) {
            Optional<String> number = MinutesItemNumber.leading(n.text());
            if (number.isEmpty()) {
                continue;
            }
            String paragraphOf = MinutesItemNumber.stemOf(number.get());
            if (stem != null && stem.equals(paragraphOf)) {
                continue;
            }
            stem = number.get();
            out.add(new Item(n.page(), n.top(), number.get()));
        }
        List<String> repaired = ItemSequence.repaired(out.stream().map(Item::number).toList());
        for (int i = 0; i < out.size(); i++) {
            out.set(i, new Item(out.get(i).page(), out.get(i).top(), repaired.get(i)));
        }
        return out;
    }

    /**
     * The last item whose number stands at or above the entry's middle: a row whose cells are
     * centred vertically prints its number level with the middle of a wrapped entry, below its
     * first line.
     */
    private static Optional<Item> itemOf(List<Item> items, Entry e) {
        Item found = null;
        float middle = (e.top() + e.bottom()) / 2;
        for (Item item : items) {
            if (item.page() < e.page() || item.page() == e.page() && item.top() <= Math.max(e.top() + LEVEL, middle)) {
                found = item;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Discussion lines grouped into paragraphs by the space between them, by a change to or from
     * bold, by an item number printed level with a line, and by a list entry's lettering or
     * bullet ({@code c. Caretaker's hours …}, {@code 2) SEND Visit}, {@code ●}): a numbered
     * paragraph or list entry starts there however tightly it is set under the one before.
     */
    private static List<List<Fragment>> paragraphs(List<Fragment> discussion, List<Fragment> numbers, float step) {
        List<List<Fragment>> out = new ArrayList<>();
        Fragment previous = null;
        for (Fragment f : discussion) {
            boolean numbered = numbers.stream().anyMatch(n -> n.page() == f.page()
                    && Math.abs(n.top() - f.top()) <= LEVEL && MinutesItemNumber.leading(n.text()).isPresent());
            if (previous == null || numbered || ParagraphNumbers.setApart(f.words()) || ListMarks.opensEntry(f.text())
                    || !sameParagraph(previous, f, step) || previous.allBold() != f.allBold()) {
                out.add(new ArrayList<>());
            }
            out.getLast().add(f);
            previous = f;
        }
        return out;
    }

    private static boolean sameParagraph(Fragment above, Fragment below, float step) {
        return above.page() == below.page() && below.top() - above.top() <= step;
    }

    /**
     * Where the row of an entry ends: at the next item number or the next entry of the column,
     * whichever comes first.
     */
    private static Predicate<Fragment> rowEnd(List<Item> items, List<Entry> entries, Entry e) {
        int page = Integer.MAX_VALUE;
        float top = 0f;
        for (Item i : items) {
            if ((i.page() > e.page() || i.page() == e.page() && i.top() > e.top() + LEVEL)
                    && (i.page() < page || i.page() == page && i.top() < top)) {
                page = i.page();
                top = i.top();
            }
        }
        for (Entry o : entries) {
            if ((o.page() > e.page() || o.page() == e.page() && o.top() > e.bottom())
                    && (o.page() < page || o.page() == page && o.top() < top)) {
                page = o.page();
                top = o.top();
            }
        }
        int endPage = page;
        float endTop = top - LEVEL;
        return f -> !f.before(endPage, endTop);
    }

    /**
     * The discussion an owner-only entry refers to: the text of the paragraph it sits level with,
     * as {@link BesideText} reads it — the row's discussion under it where that paragraph is the
     * row's title ({@link TitleRow}); failing that, the last paragraph that starts above it.
     */
    private static String beside(List<List<Fragment>> paragraphs, List<Fragment> discussion, float step, Entry e,
                                 Predicate<Fragment> rowEnd) {
        List<Fragment> above = null;
        for (int i = 0; i < paragraphs.size(); i++) {
            List<Fragment> p = paragraphs.get(i);
            List<Fragment> level = p.stream()
                    .filter(f -> f.page() == e.page() && f.top() <= e.bottom() && f.bottom() >= e.top()).toList();
            if (!level.isEmpty() && TitleRow.isTitle(p)) {
                String body = TitleRow.body(TitleRow.under(paragraphs, i, rowEnd), e.owner());
                if (body != null) {
                    return body;
                }
            }
            if (!level.isEmpty()) {
                return BesideText.of(discussion, p, level, step, e.owner());
            }
            if (p.getFirst().before(e.page(), e.top() + LEVEL)) {
                above = p;
            }
        }
        return above == null ? null : BesideText.of(discussion, above, List.of(above.getLast()), step, e.owner());
    }
}
