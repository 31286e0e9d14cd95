package org.boardpack.extract.agenda;

import org.boardpack.extract.documents.PaperArea;
import org.boardpack.model.agenda.AgendaItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.extract.dates.TimeParser;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.extract.layout.Cell;
import org.boardpack.extract.layout.CellSplitter;
import org.boardpack.extract.layout.CentredCells;
import org.boardpack.extract.layout.LinePitch;
import org.boardpack.extract.layout.PageFurniture;
import org.boardpack.extract.minutes.HeadingFinder;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.extract.layout.RowRules;
import org.boardpack.ingest.TextLine;

/**
 * The items of an agenda paper set as a table ({@code Item | Lead | Timings},
 * {@code Item | Subject | Page Nos.}); an agenda without a header row is read as numbered lines
 * ({@link NumberedAgenda}). An item starts at its number
 * ({@code 5.}, {@code 5a.}, {@code 3.b}, or a number alone in its own column); its title is the
 * rest of the line and, when the title is set in bold, the bold lines that wrap it, or when plain,
 * the lines below a title that filled its cell up to the next column (its next word did not fit);
 * other plain lines below it are its description and are left out. Lettered lines under an item ({@code a. ...})
 * are its sub-items, numbered {@code 5a}, {@code 5b}, and take the item's lead and time unless
 * they have their own. An unnumbered bold row with a lead or a time ({@code Welcome | Chair}) is an
 * item without a number; one without (a section heading) is not an item.
 */
public final class AgendaItemExtractor {

    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})?(?:\\.?[a-z])?)([.)])?\\s+(\\S.*)$");
    private static final Pattern NUMBER_ALONE = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})?(?:\\.?[a-z])?[.)]?$");
    private static final Pattern SUB_ITEM = Pattern.compile("^\\(?([a-z]|[ivx]{1,4})[.)]\\s+(\\S.*)$");

    private final CellSplitter splitter;
    private final PageFurniture furniture;
    private final TimeParser times;
    private final NumberedAgenda numbered;

    public AgendaItemExtractor(CellSplitter splitter, PageFurniture furniture, TimeParser times) {
        this.splitter = splitter;
        this.furniture = furniture;
        this.times = times;
        this.numbered = new NumberedAgenda(times);
    }

    private record Placed(int page, TextLine line, List<Cell> cells, float pageWidth, Page source) {
    }

    /**
     * One row's cells sorted by role; where the item text ends ({@code itemX1}), where the first
     * cell right of it starts ({@code nextX0}, NaN if none), and the width of the item text's first
     * word with the space and cell padding after it, an em and a half of its type ({@code firstWord}): what tells a title wrapped in its cell.
     */
    private record Roles(String item, boolean itemBold, float itemX0, String lead, String time,
                         float itemX1, float nextX0, float firstWord) {
    }

    public List<AgendaItem> extract(ParsedDocument doc, DocumentSpan agenda, String meetingId) {
        List<Placed> placed = new ArrayList<>();
        for (int n = agenda.firstPage(); n <= agenda.lastPage(); n++) {
            Page page = PaperArea.page(doc, agenda, n);
            // a row whose cells are centred prints its number beside the middle of a wrapped title
            for (TextLine line : CentredCells.lifted(page.lines())) {
                if (!furniture.isFurniture(page, line)) {
                    placed.add(new Placed(n, line, splitter.row(page, line).cells(), page.width(), page));
                }
            }
        }
        int start = firstHeader(placed);
        LinePitch pitch = pitchOf(placed);
        if (start < 0) {
            List<HeadingFinder.Line> lines = placed.stream()
                    .map(p -> new HeadingFinder.Line(p.page(), p.line(), p.cells(), p.pageWidth())).toList();
            return numbered.read(lines, pitch, meetingId);
        }
        AgendaColumns columns = AgendaColumns.unknown();
        ItemList items = new ItemList();
        Placed previous = null;
        Roles above = null;
        float cellEnd = Float.NaN;
        for (int i = Math.max(0, start); i < placed.size(); i++) {
            Placed p = placed.get(i);
            Optional<AgendaColumns> header = AgendaColumns.header(p.cells(), p.pageWidth());
            if (header.isPresent()) {
                columns = header.get();
                previous = p;
                continue;
            }
            if (previous != null && AgendaColumns.header(previous.cells(), previous.pageWidth()).isPresent()
                    && AgendaColumns.isHeaderTail(p.cells())) {
                previous = p;
                continue;
            }
            Roles roles = roles(p.cells(), columns);
            boolean gap = previous == null || previous.page() != p.page()
                    || pitch.breaksParagraph(p.line().bottom() - previous.line().bottom());
            // the title cell ends where the row's next cell starts; a line whose first word would not
            // have fitted after the text above it is that text wrapped
            boolean wrapped = above != null && !Float.isNaN(cellEnd) && !Float.isNaN(above.itemX1())
                    && cellEnd - above.itemX1() < roles.firstWord();
            cellEnd = Float.isNaN(roles.nextX0()) ? cellEnd : roles.nextX0();
            read(p, roles, gap, sameCell(previous, p), wrapped, items);
            previous = p;
            above = roles;
        }
        return items.build(meetingId, times);
    }

    /**
     * Whether a ruled table's row goes on from the line above into this one: both on a ruled page,
     * with no horizontal rule between them across the line.
     */
    private static boolean sameCell(Placed previous, Placed p) {
        Page page = p.source();
        if (previous == null || previous.page() != p.page() || page.rulings().isEmpty()) {
            return false;
        }
        float above = previous.line().bottom();
        float below = p.line().top();
        boolean inGrid = page.rulings().stream().anyMatch(r -> r.vertical() && r.top() <= above && r.bottom() >= below
                && r.x0() >= p.line().x0() - 1 && r.x0() <= p.line().x1() + 1);
        return inGrid && !RowRules.ruledBetween(page, previous.line(), p.line());
    }

    private void read(Placed p, Roles roles, boolean gap, boolean sameCell, boolean wrapped, ItemList items) {
        String text = roles.item();
        Matcher numbered = NUMBERED.matcher(text);
        boolean apart = !p.cells().isEmpty() && NUMBER_ALONE.matcher(p.cells().getFirst().text()).matches();
        if (numbered.matches() && (numbered.group(2) != null || apart) && !Character.isDigit(numbered.group(3).charAt(0))) {
            String rest = numbered.group(3);
            Matcher sub = SUB_ITEM.matcher(rest);
            if (sub.matches()) { // "7. a. Executive Lead Update": the item is only its sub-items
                items.startItem(numbered.group(1), null, p.page(), roles.itemBold(), roles.itemX0());
                items.startSub(sub.group(1), sub.group(2), p.page(), roles.itemX0());
            } else {
                items.startItem(numbered.group(1), rest, p.page(), roles.itemBold(), roles.itemX0());
            }
            items.lead(roles.lead(), true);
            items.time(roles.time());
            return;
        }
        if (numbered.matches() && items.isSubNumber(numbered.group(1)) && !Character.isDigit(numbered.group(3).charAt(0))) {
            // "5.1 Operational performance" in the title column under item 5: a sub-item by its own number
            if (sameCell) {
                items.leadGoesOn(roles.lead());
            }
            items.startNumberedSub(numbered.group(1), numbered.group(3), p.page(), roles.itemX0());
            if (!sameCell) {
                items.lead(roles.lead(), true);
            }
            items.time(roles.time());
            return;
        }
        Matcher sub = SUB_ITEM.matcher(text);
        if (items.inItem() && sub.matches()) {
            items.startSub(sub.group(1), sub.group(2), p.page(), roles.itemX0());
            items.lead(roles.lead(), true);
            items.time(roles.time());
            return;
        }
        if (!text.isEmpty() && roles.itemBold() && (roles.lead() != null || roles.time() != null)) {
            items.startItem(null, text, p.page(), true, roles.itemX0());
            items.lead(roles.lead(), true);
            items.time(roles.time());
            return;
        }
        if (!text.isEmpty()) {
            items.continueTitle(text, roles.itemBold(), roles.itemX0(), gap, wrapped);
        }
        // a lead goes on over the lines of its row, not over a paragraph's gap (a footer under the table)
        if (!gap || sameCell) {
            items.lead(roles.lead(), false);
        }
        items.time(roles.time());
    }

    private static Roles roles(List<Cell> cells, AgendaColumns columns) {
        StringBuilder item = new StringBuilder();
        StringBuilder lead = new StringBuilder();
        StringBuilder time = new StringBuilder();
        boolean bold = true;
        float x0 = Float.NaN;
        float x1 = Float.NaN;
        float next = Float.NaN;
        float firstWord = Float.NaN;
        boolean first = true;
        for (Cell c : cells.stream().flatMap(c -> columns.split(c).stream()).toList()) {
            if (c.isEmpty()) {
                continue;
            }
            AgendaColumns.Role role = columns.roleOf(c, first);
            first = false;
            switch (role) {
                case ITEM -> {
                    item.append(item.isEmpty() ? "" : " ").append(c.text());
                    bold &= c.bold();
                    if (Float.isNaN(x0)) {
                        x0 = c.words().getFirst().x0();
                        var w = c.words().getFirst();
                        firstWord = w.x1() - w.x0() + 1.5f * w.fontSize();
                    }
                    x1 = c.words().getLast().x1();
                }
                case LEAD -> lead.append(lead.isEmpty() ? "" : " ").append(c.text());
                case TIME -> time.append(time.isEmpty() ? "" : " ").append(c.text());
                case PAGE, OTHER -> { }
            }
            if (role != AgendaColumns.Role.ITEM && !Float.isNaN(x1) && Float.isNaN(next)) {
                next = c.words().getFirst().x0();
            }
        }
        return new Roles(item.toString(), bold && !item.isEmpty(), x0,
                lead.isEmpty() ? null : lead.toString(), time.isEmpty() ? null : time.toString(), x1, next, firstWord);
    }

    private static int firstHeader(List<Placed> placed) {
        for (int i = 0; i < placed.size(); i++) {
            if (AgendaColumns.header(placed.get(i).cells(), placed.get(i).pageWidth()).isPresent()) {
                return i;
            }
        }
        return -1;
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
