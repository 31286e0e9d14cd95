package org.boardpack.extract.minutes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.extract.documents.DocumentSpan;
import org.boardpack.extract.layout.Cell;
import org.boardpack.extract.layout.CellSplitter;
import org.boardpack.extract.layout.LinePitch;
import org.boardpack.extract.layout.PageFurniture;
import org.boardpack.extract.text.Vocabulary;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;

/**
 * Walks a set of minutes item by item, in the two layouts minutes come in:
 * <ul>
 * <li>a ruled table ({@code Item No. | Discussion | Action}): the widest column is the discussion,
 * columns to its left hold the item number, columns to its right the actions. A row with a number
 * starts an item; a row without one continues the item above (tables split across pages); a
 * header row (a non-number in the number column) is skipped;</li>
 * <li>prose under headings: a council minute reference ({@code HWB/17/6.  Joint Strategic ...}) or
 * a bold numbered heading ({@code 5. Finance Update}) starts an item.</li>
 * </ul>
 * Lines before the first item (title block, attendance) belong to no item. Page numbers, running
 * headers and footers, and a table's header row repeated at the top of a page are left out so that
 * text flows across page breaks.
 * <p>
 * Minutes that number their paragraphs under each item ({@code 4.} heading, then {@code 4.1},
 * {@code 4.2} ... in plain type, as charity boards do) give each paragraph its own item with the
 * heading's number and title and the paragraph's number as its minute reference: a paragraph
 * number is how such minutes are cited.
 */
public final class MinutesWalker {

    /** {@code HWB/17/6.}, {@code PB/20/45}: letters, then numbers separated by slashes. */
    private static final Pattern MINUTE_REF = Pattern.compile("^([A-Z][A-Za-z&]{0,11}(?:/\\d{1,4}){2,3})\\.?(?:\\s+(.*))?$");
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,2})?[a-z]?)[.)]?\\s+(\\S.*)$");
    private static final Pattern ITEM_NUMBER = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,2})?[a-z]?)[.)]?$");

    /** Share of the page width beyond which a separate run of words is a margin column. */
    private static final float MARGIN_COLUMN = 0.68f;

    private final CellSplitter splitter;
    private final PageFurniture furniture;

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
        List<Placed> placed = new ArrayList<>();
        Set<String> earlierPages = new HashSet<>();
        for (int n = minutes.firstPage(); n <= minutes.lastPage(); n++) {
            Page page = doc.pages().get(n - 1);
            Set<String> thisPage = new HashSet<>();
            boolean top = true;
            for (TextLine line : page.bodyLines()) {
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
        LinePitch pitch = pitchOf(placed);
        List<MinutesItem> items = new ArrayList<>();
        Builder current = null;
        boolean inTable = false;
        Placed previous = null;
        for (Placed p : placed) {
            if (p.row().ruled()) {
                List<Cell> cells = p.row().cells();
                int body = widest(cells);
                String number = joined(cells.subList(0, body));
                Cell discussion = cells.get(body);
                List<Cell> actions = cells.subList(body + 1, cells.size());
                if (!number.isEmpty()) {
                    Matcher m = ITEM_NUMBER.matcher(number);
                    if (!m.matches()) {
                        inTable = true; // a header row: Item No. | Discussion | Action
                        previous = p;
                        continue;
                    }
                    if (current != null && current.numbersParagraph(m.group(1), discussion.bold())) {
                        Builder parent = current;
                        flush(current, items);
                        current = parent.paragraph(m.group(1), p.page());
                        current.discussion.add(new MinutesLine(p.page(), discussion.line()));
                    } else {
                        current = flush(current, items);
                        current = new Builder(m.group(1), null, discussion.text(), p.page(), discussion.bold());
                    }
                } else if (current == null && inTable && !discussion.isEmpty()) {
                    boolean heading = discussion.bold();
                    current = new Builder(null, null, heading ? discussion.text() : null, p.page(), heading);
                    if (!heading) {
                        current.discussion.add(new MinutesLine(p.page(), discussion.line()));
                    }
                } else if (current != null && !discussion.isEmpty()) {
                    if (current.continuesTitle(p, discussion, previous, pitch)) {
                        current.title = current.title + " " + discussion.text();
                    } else {
                        current.discussion.add(new MinutesLine(p.page(), discussion.line()));
                    }
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
            List<Cell> cells = p.row().cells();
            String paragraphNumber = current == null ? null : current.paragraphNumber(p.line());
            Builder heading = null;
            if (paragraphNumber != null) {
                // "4.3  Agreed: ..." under heading 4: a numbered paragraph, not a heading
                Builder parent = current;
                flush(current, items);
                current = parent.paragraph(paragraphNumber, p.page());
                cells = withoutLeadingWord(cells);
            } else {
                heading = heading(p);
            }
            if (heading != null) {
                current = flush(current, items);
                current = heading;
            } else if (current != null) {
                int margin = marginColumn(cells, p.pageWidth());
                List<Word> words = new ArrayList<>();
                cells.subList(0, margin).forEach(c -> words.addAll(c.words()));
                for (Cell c : cells.subList(margin, cells.size())) {
                    current.actions.add(new MinutesLine(p.page(), c.line()));
                }
                if (!words.isEmpty()) {
                    Cell text = new Cell(words.getFirst().x0(), words.getLast().x1(), words);
                    if (current.continuesTitle(p, text, previous, pitch)) {
                        current.title = current.title + " " + text.text();
                    } else {
                        current.discussion.add(new MinutesLine(p.page(), text.line()));
                    }
                }
            }
            previous = p;
        }
        flush(current, items);
        return new Minutes(items, pitch, vocabulary);
    }

    /** A minute reference, or a numbered heading set in bold or apart from its number. */
    private static Builder heading(Placed p) {
        String text = p.line().text().strip();
        Matcher ref = MINUTE_REF.matcher(text);
        if (ref.matches()) {
            String title = ref.group(2) == null ? "" : ref.group(2).strip();
            return new Builder(null, ref.group(1), title, p.page(), p.line().bold() || !title.isEmpty());
        }
        Matcher numbered = NUMBERED_HEADING.matcher(text);
        if (numbered.matches() && Character.isUpperCase(numbered.group(2).charAt(0))) {
            List<Cell> cells = p.row().cells();
            boolean apart = cells.size() > 1 && ITEM_NUMBER.matcher(cells.getFirst().text()).matches();
            if (p.line().bold() || apart) {
                return new Builder(numbered.group(1), null, numbered.group(2).strip(), p.page(), true);
            }
        }
        return null;
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

    private static Builder flush(Builder b, List<MinutesItem> out) {
        if (b != null) {
            out.add(new MinutesItem(b.number, b.minuteRef, b.title == null || b.title.isBlank() ? null : b.title.strip(),
                    b.page, b.discussion, b.actions));
        }
        return null;
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

    /** An item being read. */
    private static final class Builder {
        private final String number;
        private final String minuteRef;
        private String title;
        private final int page;
        private final boolean boldHeading;
        private final List<MinutesLine> discussion = new ArrayList<>();
        private final List<MinutesLine> actions = new ArrayList<>();

        Builder(String number, String minuteRef, String title, int page, boolean boldHeading) {
            this.number = number;
            this.minuteRef = minuteRef;
            this.title = title;
            this.page = page;
            this.boldHeading = boldHeading;
        }

        /**
         * Whether a number in plain type is the number of a paragraph of this item: it extends the
         * item's number ({@code 4.3} under {@code 4}). A bold one is a sub-item's heading.
         */
        boolean numbersParagraph(String paragraphNumber, boolean bold) {
            return !bold && number != null && paragraphNumber.startsWith(number + ".")
                    && paragraphNumber.length() > number.length() + 1;
        }

        /**
         * The paragraph number a plain line of prose opens with ({@code 4.3 The Board ...}), or null.
         * A paragraph starts with a capital: a wrapped line that starts with a figure
         * ({@code 4.2 million was ...}) goes on with the sentence above.
         */
        String paragraphNumber(TextLine line) {
            Matcher m = NUMBERED_HEADING.matcher(line.text().strip());
            if (!m.matches() || line.words().getFirst().bold() || !Character.isUpperCase(m.group(2).charAt(0))) {
                return null;
            }
            String n = line.words().getFirst().text().replaceFirst("[.)]$", "");
            return n.equals(m.group(1)) && numbersParagraph(n, false) ? n : null;
        }

        /** A numbered paragraph of this item: the item's number and title, the paragraph's number as reference. */
        Builder paragraph(String paragraphNumber, int paragraphPage) {
            return new Builder(number, paragraphNumber, title, paragraphPage, false);
        }

        /** A bold heading wrapped onto the next line, at the leading of its first line. */
        boolean continuesTitle(Placed p, Cell cell, Placed previous, LinePitch pitch) {
            return boldHeading && title != null && discussion.isEmpty() && previous != null
                    && previous.page() == p.page() && cell.bold()
                    && !pitch.breaksParagraph(p.line().bottom() - previous.line().bottom());
        }
    }
}
