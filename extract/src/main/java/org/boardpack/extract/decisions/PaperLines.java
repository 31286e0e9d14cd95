package org.boardpack.extract.decisions;

import org.boardpack.extract.documents.PaperArea;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Collections;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.extract.layout.Cell;
import org.boardpack.extract.layout.CellSplitter;
import org.boardpack.extract.layout.PageFurniture;
import org.boardpack.extract.minutes.Minutes;
import org.boardpack.extract.minutes.MinutesItem;
import org.boardpack.extract.minutes.MinutesLine;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;

/**
 * Every line of a paper's text in reading order, each under the item it sits under. The minutes'
 * walk into numbered items gives the item of the lines it reads, and its columns (the discussion
 * of a ruled Item | Notes | Action table without the number and action columns); but a decision
 * can sit where the walk reads no item (minutes with unnumbered headings, text before the first
 * numbered heading, a heading line that is itself a resolution), so the lines the walk leaves out
 * are kept too, under the item read last: a ruled row by its widest cell (its discussion column),
 * any other line whole. Action-column cells, page numbers and running headers are left out. A
 * line that is an item's heading is a passage of its own, so that it never runs into the text
 * below it.
 */
public final class PaperLines {

    private final CellSplitter splitter;
    private final PageFurniture furniture;

    public PaperLines(CellSplitter splitter, PageFurniture furniture) {
        this.splitter = splitter;
        this.furniture = furniture;
    }

    /** Consecutive lines under one item: the item's heading, or a run of its text. */
    public record Passage(String item, String minuteRef, boolean heading, List<MinutesLine> lines) {

        public Passage {
            lines = List.copyOf(lines);
        }
    }

    public List<Passage> read(ParsedDocument doc, DocumentSpan paper, Minutes walked) {
        return read(doc, paper, walked, List.of());
    }

    /** A box on a page whose lines are read elsewhere (a decision grid, read cell by cell). */
    public record Box(int page, float x0, float top, float x1, float bottom) {

        boolean holds(int onPage, TextLine line) {
            float middle = (line.top() + line.bottom()) / 2;
            return onPage == page && middle >= top && middle <= bottom && line.x1() > x0 && line.x0() < x1;
        }
    }

    /** @param skipped boxes whose lines are left out */
    public List<Passage> read(ParsedDocument doc, DocumentSpan paper, Minutes walked, List<Box> skipped) {
        List<MinutesItem> items = walked.items();
        Map<Word, int[]> owner = new IdentityHashMap<>(); // word -> {item, line within the item}
        Set<Word> actionWords = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < items.size(); i++) {
            List<MinutesLine> discussion = items.get(i).discussion();
            for (int k = 0; k < discussion.size(); k++) {
                for (Word w : discussion.get(k).line().words()) {
                    owner.put(w, new int[] {i, k});
                }
            }
            for (MinutesLine a : items.get(i).actions()) {
                actionWords.addAll(a.line().words());
            }
        }
        Builder out = new Builder(items);
        Set<String> earlierPages = new HashSet<>();
        for (int n = paper.firstPage(); n <= paper.lastPage() && n <= doc.pageCount(); n++) {
            Page page = PaperArea.page(doc, paper, n);
            Set<String> thisPage = new HashSet<>();
            for (TextLine line : page.bodyLines()) {
                if (furniture.isFurniture(page, line)) {
                    continue;
                }
                String printed = line.text().strip();
                thisPage.add(printed);
                int pageNumber = n;
                if (skipped.stream().anyMatch(b -> b.holds(pageNumber, line))) {
                    continue;
                }
                List<int[]> walkedParts = line.words().stream().map(owner::get).filter(o -> o != null)
                        .distinct().sorted(Comparator.<int[]>comparingInt(o -> o[0]).thenComparingInt(o -> o[1])).toList();
                if (!walkedParts.isEmpty()) {
                    for (int[] part : walkedParts) {
                        out.walked(part[0], items.get(part[0]).discussion().get(part[1]));
                    }
                    continue;
                }
                if (earlierPages.contains(printed) && splitter.row(page, line).cells().stream().filter(c -> !c.isEmpty()).count() > 1) {
                    continue; // a table's header row printed again above its continuation
                }
                List<Word> words = textWords(page, line, actionWords);
                if (!words.isEmpty()) {
                    out.unwalked(new MinutesLine(n, new TextLine(words)));
                }
            }
            earlierPages.addAll(thisPage);
        }
        return out.passages();
    }

    /** A line the walk left out: a ruled row's discussion (widest) cell, else the line without action cells. */
    private List<Word> textWords(Page page, TextLine line, Set<Word> actionWords) {
        CellSplitter.Row row = splitter.row(page, line);
        if (row.ruled()) {
            Cell widest = row.cells().stream().max(Comparator.comparingDouble(Cell::width)).orElseThrow();
            return widest.words();
        }
        return line.words().stream().filter(w -> !actionWords.contains(w)).toList();
    }

    /** Groups lines into passages as they come, tracking the item read last. */
    private static final class Builder {
        private final List<MinutesItem> items;
        private final List<Passage> passages = new ArrayList<>();
        private final Set<MinutesLine> emitted = Collections.newSetFromMap(new IdentityHashMap<>());
        private int current = -1;
        private boolean runIsHeading;
        private List<MinutesLine> run = new ArrayList<>();

        Builder(List<MinutesItem> items) {
            this.items = items;
        }

        void walked(int item, MinutesLine line) {
            if (!emitted.add(line)) {
                return;
            }
            if (item != current || runIsHeading) {
                flush();
                current = item;
            }
            run.add(line);
        }

        void unwalked(MinutesLine line) {
            int heading = headingOf(line.text());
            if (heading >= 0) {
                if (heading != current || !runIsHeading) {
                    flush();
                    current = heading;
                    runIsHeading = true;
                }
            } else if (runIsHeading) {
                flush();
            }
            run.add(line);
        }

        /**
         * The item whose heading a line the walk left out prints: the next items' titles (the walk
         * keeps a heading's text as the title, not as a line of its discussion).
         */
        private int headingOf(String text) {
            String t = text.strip();
            for (int j = Math.max(current, 0); j < items.size() && j <= current + 2; j++) {
                String title = items.get(j).title();
                if (title == null || title.isBlank() || t.length() < 3) {
                    continue;
                }
                String head = title.strip();
                if (t.endsWith(head) || head.contains(t) && (j != current || runIsHeading)) {
                    return j;
                }
            }
            return -1;
        }

        private void flush() {
            if (!run.isEmpty()) {
                MinutesItem item = current < 0 ? null : items.get(current);
                passages.add(new Passage(item == null ? null : itemNumber(item), item == null ? null : item.minuteRef(),
                        runIsHeading, run));
            }
            run = new ArrayList<>();
            runIsHeading = false;
        }

        /**
         * The number of the agenda item a line sits under (annotation guide, Agenda items): the
         * agenda number the walk read, else, for a heading whose only number is a committee minute
         * number ({@code BM 58/2122}, {@code HWB/16/16}), that number, as the minutes' own item
         * headings are numbered (the same rule the minutes' agenda items follow).
         */
        private static String itemNumber(MinutesItem item) {
            return item.number() != null ? item.number() : item.heading() ? item.minuteRef() : null;
        }

        List<Passage> passages() {
            flush();
            return List.copyOf(passages);
        }
    }
}
