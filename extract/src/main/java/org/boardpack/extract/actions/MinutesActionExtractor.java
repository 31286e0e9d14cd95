package org.boardpack.extract.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.extract.actions.ActionColumnParser.Entry;
import org.boardpack.extract.actions.MinutesGrid.Column;
import org.boardpack.extract.documents.DocumentSpan;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.tables.PageTableSource;
import org.boardpack.ingest.tables.TableFinder;

/**
 * Actions from the action column of minutes set as an {@code Item No. | Discussion | Action} table.
 * Each entry of the column ({@link ActionColumnParser}) belongs to the minute item it sits level
 * with or below — the last item number printed at or above it, on its page or an earlier one — and
 * takes that item's title (its bold heading, or its first line). An entry of bare initials has no
 * reference and no text of its own: the paragraph of the discussion it sits level with is what the
 * action is.
 */
public final class MinutesActionExtractor {

    private static final Pattern ITEM_NUMBER = Pattern.compile(
            "^(\\d{1,3}(?:\\.\\d{1,2})?[a-z]?\\.?|[A-Z]{2,6}/\\d{1,3}/\\d{1,3}\\.?)$");
    /** A paragraph number: the stem of its item, a point, the paragraph's own number. */
    private static final Pattern SUB_NUMBER = Pattern.compile("^(\\d{1,3})\\.\\d{1,2}\\.?$");
    /** An item number and its title may stand this far apart vertically (cell padding). */
    private static final float LEVEL = 3f;
    /** Lines of one paragraph (or of a wrapped title) follow at the line pitch; a break is wider. */
    private static final float PARAGRAPH_STEP = 1.25f;

    private final TableFinder finder;
    private final ActionColumnParser parser = new ActionColumnParser();

    public MinutesActionExtractor(TableFinder finder) {
        this.finder = finder;
    }

    /** A minute item: where its number stands and its title. */
    private record Item(int page, float top, String title) {
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
        Optional<MinutesGrid> found = MinutesGrid.find(doc, minutes, tables);
        if (found.isEmpty()) {
            return List.of();
        }
        MinutesGrid grid = found.get();
        List<Fragment> discussion = grid.column(Column.DISCUSSION);
        float step = PARAGRAPH_STEP * grid.linePitch();
        List<Item> items = items(grid.column(Column.NUMBER), discussion, step);
        List<List<Fragment>> paragraphs = paragraphs(discussion, grid.column(Column.NUMBER), step);
        List<Action> out = new ArrayList<>();
        for (Entry e : parser.parse(grid.column(Column.ACTION), step)) {
            String item = words.apply(itemOf(items, e).map(Item::title).orElse(null));
            String description = words.apply(e.keyed() ? e.text() : levelWith(paragraphs, e));
            out.add(new Action(ActionSource.MINUTES, meetingId, e.ref(), item, description, e.owner(), null,
                    meetingDate, null, null, null, null, e.page()));
        }
        return out;
    }

    /**
     * The minute items in reading order. A number under an item of its own stem ({@code 4.1},
     * {@code 4.2} after {@code 4.}) numbers a paragraph of that item, not an item: the action
     * it carries belongs to the item heading above.
     */
    private static List<Item> items(List<Fragment> numbers, List<Fragment> discussion, float step) {
        List<Item> out = new ArrayList<>();
        String stem = null;
        for (Fragment n : numbers) {
            String number = n.text().strip();
            if (!ITEM_NUMBER.matcher(number).matches()) {
                continue;
            }
            Matcher sub = SUB_NUMBER.matcher(number);
            if (stem != null && sub.matches() && sub.group(1).equals(stem)) {
                continue;
            }
            stem = number.replaceAll("\\.$", "");
            title(n, discussion, step).ifPresent(t -> out.add(new Item(n.page(), n.top(), t)));
        }
        return out;
    }

    /**
     * The title beside an item number: the bold run that starts level with it, continued over
     * following bold lines set as one heading; where nothing is bold, the line level with it.
     */
    private static Optional<String> title(Fragment number, List<Fragment> discussion, float step) {
        for (int i = 0; i < discussion.size(); i++) {
            Fragment f = discussion.get(i);
            if (f.page() != number.page() || f.bottom() < number.top() - LEVEL) {
                continue;
            }
            if (f.top() > number.bottom() + LEVEL) {
                return Optional.empty();
            }
            if (!f.startsBold()) {
                return Optional.of(f.text().strip());
            }
            StringBuilder title = new StringBuilder(f.boldPrefix());
            Fragment previous = f;
            for (int j = i + 1; j < discussion.size() && previous.allBold(); j++) {
                Fragment next = discussion.get(j);
                if (!next.allBold() || !sameParagraph(previous, next, step)) {
                    break;
                }
                title.append(' ').append(next.text());
                previous = next;
            }
            return Optional.of(title.toString().strip());
        }
        return Optional.empty();
    }

    private static Optional<Item> itemOf(List<Item> items, Entry e) {
        Item found = null;
        for (Item item : items) {
            if (item.page() < e.page() || item.page() == e.page() && item.top() <= e.top() + LEVEL) {
                found = item;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Discussion lines grouped into paragraphs by the space between them, by a change to or from
     * bold, and by a number printed level with a line: a numbered paragraph starts there however
     * tightly it is set under the one before.
     */
    private static List<List<Fragment>> paragraphs(List<Fragment> discussion, List<Fragment> numbers, float step) {
        List<List<Fragment>> out = new ArrayList<>();
        Fragment previous = null;
        for (Fragment f : discussion) {
            boolean numbered = numbers.stream().anyMatch(n -> n.page() == f.page() && Math.abs(n.top() - f.top()) <= LEVEL);
            if (previous == null || numbered || !sameParagraph(previous, f, step) || previous.allBold() != f.allBold()) {
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

    /** The paragraph an entry sits level with; failing that, the last one that starts above it. */
    private static String levelWith(List<List<Fragment>> paragraphs, Entry e) {
        List<Fragment> above = null;
        for (List<Fragment> p : paragraphs) {
            for (Fragment f : p) {
                if (f.page() == e.page() && f.top() <= e.bottom() && f.bottom() >= e.top()) {
                    return text(p);
                }
            }
            Fragment first = p.getFirst();
            if (first.before(e.page(), e.top() + LEVEL)) {
                above = p;
            }
        }
        return above == null ? null : text(above);
    }

    private static String text(List<Fragment> paragraph) {
        StringBuilder sb = new StringBuilder();
        for (Fragment f : paragraph) {
            String t = f.text().strip();
            if (sb.length() > 1 && sb.charAt(sb.length() - 1) == '-' && !t.isEmpty() && Character.isLowerCase(t.charAt(0))) {
                sb.append(t);
            } else {
                sb.append(sb.isEmpty() ? "" : " ").append(t);
            }
        }
        return sb.toString();
    }
}
