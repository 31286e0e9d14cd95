package org.boardpack.extract.minutes;

import org.boardpack.extract.documents.PaperArea;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.extract.layout.Cell;
import org.boardpack.extract.layout.CellSplitter;
import org.boardpack.extract.layout.LinePitch;
import org.boardpack.extract.layout.PageFurniture;
import org.boardpack.extract.text.Vocabulary;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;
import org.boardpack.extract.layout.CentredCells;

/**
 * Walks a set of minutes item by item, in the two layouts minutes come in:
 * <ul>
 * <li>a ruled table ({@code Item No. | Discussion | Action}): the widest column is the discussion,
 * columns to its left hold the item number, columns to its right the actions. A row with a number
 * starts an item; a row without one continues the item above (tables split across pages); a
 * header row (a non-number in the number column) is skipped;</li>
 * <li>prose under numbered headings, found by {@link HeadingFinder}: whole numbers, committee
 * minute references ({@code HWB/17/6.}), sub-headings ({@code 44.1}, {@code (a)}).</li>
 * </ul>
 * In a table, a short lettered line alone in the discussion ({@code a. Minutes}) heads a part of
 * the item ({@code 3a}). Lines before the first item (title block, attendance) belong to no item. Page numbers, running
 * headers and footers, and a table's header row repeated at the top of a page are left out so that
 * text flows across page breaks.
 * <p>
 * Minutes that number their paragraphs under each item ({@code 4.} heading, then {@code 4.1},
 * {@code 4.2} ... in plain type, as charity boards do) give each paragraph its own item with the
 * heading's number and title and the paragraph's number as its minute reference: a paragraph
 * number is how such minutes are cited.
 */
public final class MinutesWalker {

    /** Share of the page width beyond which a separate run of words is a margin column. */
    private static final float MARGIN_COLUMN = 0.68f;
    /** Words a lettered sub-heading in a table's discussion column may have. */
    private static final int TABLE_SUB_WORDS = 6;

    private final CellSplitter splitter;
    private final PageFurniture furniture;
    private final HeadingFinder headings = new HeadingFinder();

    public MinutesWalker(CellSplitter splitter, PageFurniture furniture) {
        this.splitter = splitter;
        this.furniture = furniture;
    }

    private record Placed(int page, TextLine line, CellSplitter.Row row, float pageWidth) {
    }

    public Minutes walk(ParsedDocument doc, DocumentSpan minutes) {
        return walk(doc, minutes, vocabularyOf(doc));
    }

    /** @param vocabulary the whole document's ({@link #vocabularyOf}), built once for all its minutes */
    public Minutes walk(ParsedDocument doc, DocumentSpan minutes, Vocabulary vocabulary) {
        List<Placed> placed = place(doc, minutes);
        LinePitch pitch = pitchOf(placed);
        List<HeadingFinder.Line> lines = new ArrayList<>(placed.size());
        for (Placed p : placed) {
            lines.add(new HeadingFinder.Line(p.page(), p.line(), p.row().cells(), p.pageWidth(), p.row().ruled()));
        }
        List<HeadingFinder.Heading> found = headings.find(lines, pitch);
        List<ItemNumber> rowNumbers = rowNumbers(placed);
        List<MinutesItem> items = new ArrayList<>();
        ItemDraft current = null;
        ItemDraft heading = null;
        boolean inTable = false;
        boolean closed = false;
        boolean colonBefore = false;
        boolean listOpen = false;
        Placed previous = null;
        for (int i = 0; i < placed.size(); i++) {
            Placed p = placed.get(i);
            closed |= HeadingFinder.closesMeeting(p.line());
            if (p.row().ruled()) {
                List<Cell> cells = p.row().cells();
                int body = widest(cells);
                String number = joined(cells.subList(0, body));
                Cell discussion = cells.get(body);
                List<Cell> actions = cells.subList(body + 1, cells.size());
                if (!number.isEmpty()) {
                    Optional<ItemNumber> parsed = Optional.ofNullable(rowNumbers.get(i)).filter(MinutesWalker::opensRow);
                    if (parsed.isEmpty() || closed) {
                        inTable = true; // a header row (Item No. | Discussion | Action), or a wrapped item title
                        previous = p;
                        continue;
                    }
                    ItemNumber n = parsed.get();
                    // the item column may hold the item's title beside its number (BM 58/2122 Finance)
                    String title = n.rest().isEmpty() ? discussion.text() : n.rest();
                    if (heading != null && !discussion.bold() && n.rest().isEmpty() && n.isSubOf(heading.number())) {
                        flush(current, items);
                        current = heading.paragraph(n.printed(), p.page());
                        current.discussion.add(new MinutesLine(p.page(), discussion.line()));
                    } else {
                        flush(current, items);
                        boolean reference = n.level() == ItemNumber.Level.REFERENCE;
                        current = new ItemDraft(reference ? null : n.printed(), reference ? n.printed() : null,
                                title, p.page(), discussion.bold(), false, null, true);
                        heading = current;
                        if (!n.rest().isEmpty() && !discussion.isEmpty()) {
                            current.discussion.add(new MinutesLine(p.page(), discussion.line()));
                        }
                    }
                } else if (current == null && inTable && !discussion.isEmpty()) {
                    boolean bold = discussion.bold();
                    current = new ItemDraft(null, null, bold ? discussion.text() : null, p.page(), bold, false, null,
                            false);
                    if (!bold) {
                        current.discussion.add(new MinutesLine(p.page(), discussion.line()));
                    }
                } else if (current != null && !discussion.isEmpty()) {
                    // lettered points of a list a line ending with a colon introduces are text
                    boolean lettered = ItemNumber.parse(discussion.text())
                            .filter(n -> n.level() == ItemNumber.Level.LETTER).isPresent();
                    boolean gap = previous == null || previous.page() != p.page()
                            || pitch.breaksParagraph(p.line().bottom() - previous.line().bottom());
                    listOpen = colonBefore || listOpen && (lettered || !gap);
                    String sub = closed || listOpen ? null : letteredSubHeading(discussion, heading);
                    if (sub != null) {
                        flush(current, items);
                        String title = ItemNumber.parse(discussion.text()).orElseThrow().rest();
                        current = new ItemDraft(sub, null, title, p.page(), false, false, null, true);
                    } else {
                        addText(current, p, discussion, previous, pitch);
                    }
                }
                if (!discussion.isEmpty()) {
                    colonBefore = discussion.text().endsWith(":");
                }
                if (current != null) {
                    for (Cell a : actions) {
                        if (!a.isEmpty()) {
                            current.actions.add(new MinutesLine(p.page(), a.line()));
                        }
                    }
                }
                previous = p;
                continue;
            }
            HeadingFinder.Heading h = found.get(i);
            List<Cell> cells = p.row().cells();
            if (h != null && h.kind() == HeadingFinder.Kind.PARAGRAPH) {
                // "4.3  Agreed: ..." under heading 4: a numbered paragraph, not a heading
                flush(current, items);
                current = ItemDraft.of(h, p.page(), p.line().x0());
                cells = withoutLeadingWord(cells);
            } else if (h != null && h.textFrom() > 0) {
                // "47.3 Play Area: Cllr Rochford will …": the label heads the sub-item, the rest is its text
                flush(current, items);
                current = ItemDraft.of(h, p.page(), p.line().x0());
                heading = current;
                for (int k = 0; k <= h.textFrom(); k++) {
                    cells = withoutLeadingWord(cells);
                }
            } else if (h != null) {
                flush(current, items);
                current = ItemDraft.of(h, p.page(), p.line().x0());
                heading = current;
                previous = p;
                continue;
            }
            if (current != null) {
                int margin = marginColumn(cells, p.pageWidth());
                List<Word> words = new ArrayList<>();
                cells.subList(0, margin).forEach(c -> words.addAll(c.words()));
                for (Cell c : cells.subList(margin, cells.size())) {
                    current.actions.add(new MinutesLine(p.page(), c.line()));
                }
                if (!words.isEmpty()) {
                    addText(current, p, new Cell(words.getFirst().x0(), words.getLast().x1(), words), previous, pitch);
                }
            }
            previous = p;
        }
        flush(current, items);
        return new Minutes(items, pitch, vocabulary);
    }

    /**
     * The number of a lettered sub-heading standing alone in a table row's discussion
     * ({@code a. Minutes} under item 3 is item {@code 3a}), or {@code null}: a short capitalised title,
     * not a run-in lettered paragraph ({@code a. Monitor budget. The monitor had been provided …}).
     */
    private static String letteredSubHeading(Cell discussion, ItemDraft heading) {
        if (heading == null || heading.number() == null) {
            return null;
        }
        Optional<ItemNumber> n = ItemNumber.parse(discussion.text());
        if (n.isEmpty() || n.get().level() != ItemNumber.Level.LETTER || n.get().rest().isEmpty()) {
            return null;
        }
        String rest = n.get().rest();
        boolean title = Character.isUpperCase(rest.codePointAt(0)) && rest.split("\\s+").length <= TABLE_SUB_WORDS
                && !rest.endsWith(".") && !rest.endsWith("?");
        return title ? heading.number() + n.get().printed() : null;
    }

    /**
     * A number that starts a table row: alone in its column, or before a title
     * ({@code FGB 98/2122 Finance}); not a figure before a date or amount ({@code 5 11/09/2019}).
     */
    /**
     * The item numbers of a ruled table's rows (the cells left of the discussion), year/sequence
     * numbers settled over the whole column as headings' are ({@link SequenceNumbers}); {@code null}
     * for other lines.
     */
    private static List<ItemNumber> rowNumbers(List<Placed> placed) {
        List<ItemNumber> numbers = new ArrayList<>(placed.size());
        for (Placed p : placed) {
            List<Cell> cells = p.row().cells();
            String number = p.row().ruled() ? joined(cells.subList(0, widest(cells))) : "";
            numbers.add(number.isEmpty() ? null : ItemNumber.parse(number).orElse(null));
        }
        return SequenceNumbers.settleNumbers(numbers);
    }

    private static boolean opensRow(ItemNumber n) {
        String rest = n.rest();
        return rest.isEmpty() || Character.isUpperCase(rest.codePointAt(0));
    }

    private List<Placed> place(ParsedDocument doc, DocumentSpan minutes) {
        List<Placed> placed = new ArrayList<>();
        Set<String> earlierPages = new HashSet<>();
        for (int n = minutes.firstPage(); n <= minutes.lastPage(); n++) {
            Page page = PaperArea.page(doc, minutes, n);
            Set<String> thisPage = new HashSet<>();
            boolean top = true;
            // a grid whose cells are centred prints an item's number beside the middle of its cell
            for (TextLine line : CentredCells.lifted(page.bodyLines())) {
                if (furniture.isFurniture(page, line)) {
                    continue;
                }
                String text = line.text().strip();
                thisPage.add(text);
                CellSplitter.Row row = splitter.row(page, line);
                // a table's header row (several columns) printed again above its continuation; a
                // one-column line that recurs (RESOLVED) is text
                if (top && n > minutes.firstPage() && earlierPages.contains(text)
                        && row.cells().stream().filter(c -> !c.isEmpty()).count() > 1) {
                    continue;
                }
                top = false;
                placed.add(new Placed(n, line, row, page.width()));
            }
            earlierPages.addAll(thisPage);
        }
        return placed;
    }

    /** A line of an item's column: more of its wrapped heading, else discussion. */
    private static void addText(ItemDraft current, Placed p, Cell text, Placed previous, LinePitch pitch) {
        if (previous != null && current.continuesTitle(p.page(), p.line().bottom(), text, previous.page(),
                previous.line().bottom(), pitch)) {
            current.appendTitle(text.text());
        } else {
            current.discussion.add(new MinutesLine(p.page(), text.line()));
        }
    }

    /**
     * Where an unruled action column starts on a line: the first cell set apart by a wide gap in the
     * right part of the page ({@code ... the ICS.      Action 31 MT}); prose never leaves such a gap.
     */
    private static int marginColumn(List<Cell> cells, float pageWidth) {
        for (int i = 1; i < cells.size(); i++) {
            if (cells.get(i).left() > pageWidth * MARGIN_COLUMN) {
                return i;
            }
        }
        return cells.size();
    }

    /** The cells of a line without its first word (a paragraph number). */
    private static List<Cell> withoutLeadingWord(List<Cell> cells) {
        List<Cell> out = new ArrayList<>();
        boolean dropped = false;
        for (Cell c : cells) {
            if (!dropped && !c.isEmpty()) {
                dropped = true;
                if (c.words().size() > 1) {
                    List<Word> rest = c.words().subList(1, c.words().size());
                    out.add(new Cell(rest.getFirst().x0(), c.right(), rest));
                }
                continue;
            }
            out.add(c);
        }
        return out;
    }

    private static void flush(ItemDraft draft, List<MinutesItem> out) {
        if (draft != null) {
            out.add(draft.build());
        }
    }

    private static int widest(List<Cell> cells) {
        int best = 0;
        for (int i = 1; i < cells.size(); i++) {
            if (cells.get(i).width() > cells.get(best).width()) {
                best = i;
            }
        }
        return best;
    }

    private static String joined(List<Cell> cells) {
        StringBuilder sb = new StringBuilder();
        for (Cell c : cells) {
            if (!c.isEmpty()) {
                sb.append(sb.isEmpty() ? "" : " ").append(c.text());
            }
        }
        return sb.toString();
    }

    /** The words of every line of the document: its own dictionary for line-break hyphens. */
    public static Vocabulary vocabularyOf(ParsedDocument doc) {
        List<String> lines = new ArrayList<>();
        for (Page page : doc.pages()) {
            page.lines().forEach(l -> lines.add(l.text()));
        }
        return Vocabulary.of(lines);
    }

    private static LinePitch pitchOf(List<Placed> placed) {
        List<float[]> pairs = new ArrayList<>();
        for (int i = 1; i < placed.size(); i++) {
            if (placed.get(i).page() == placed.get(i - 1).page()) {
                pairs.add(new float[] {placed.get(i - 1).line().bottom(), placed.get(i).line().bottom()});
            }
        }
        return LinePitch.of(pairs);
    }
}
