package org.boardpack.extract.decisions;

import org.boardpack.model.decisions.Decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.extract.layout.CellSplitter;
import org.boardpack.extract.layout.PageFurniture;
import org.boardpack.extract.minutes.Minutes;
import org.boardpack.extract.minutes.MinutesLine;
import org.boardpack.extract.minutes.ParagraphSplitter;
import org.boardpack.extract.text.SentenceSplitter;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.tables.DetectedTable;

/**
 * Decisions from a paper: its lines in reading order under the items its walk found
 * ({@link PaperLines}), read item by item as paragraphs and sentences ({@link ItemText},
 * {@link ItemReader}), and the decision grids among its tables ({@link DecisionTables}), whose
 * lines are left out of the running text and whose item is the one they sit under; small
 * borderless decision grids the table finder leaves unfound are read from their lines
 * ({@link UnruledDecisionGrids}); the lines of a list of the actions arising are no decision text
 * ({@link ActionListTables}); a decision on a group of items (a consent calendar) sits under none
 * of them ({@link GroupDecision}); minutes numbered by references of their own after their Order
 * of Business are placed by them ({@link OwnMinuteReferences}).
 */
public final class DecisionExtractor {

    private final ItemText text;
    private final PaperLines lines;
    private final DecisionCues cues = new DecisionCues();
    private final VoteReader votes = new VoteReader(cues.vocabulary());
    private final MotionReader motions = new MotionReader(cues.vocabulary(), votes);
    private final DecisionTables tableReader;
    private final UnruledDecisionGrids unruled = new UnruledDecisionGrids(CellSplitter.standard());
    private final ActionListTables actionLists = new ActionListTables();

    public DecisionExtractor(ParagraphSplitter paragraphs, SentenceSplitter sentences) {
        this.text = new ItemText(paragraphs, sentences, cues.vocabulary());
        this.tableReader = new DecisionTables(cues, sentences);
        this.lines = new PaperLines(CellSplitter.standard(), new PageFurniture());
    }

    /** The decisions of one paper, its meeting's body unknown. */
    public List<Decision> extract(ParsedDocument doc, DocumentSpan paper, Minutes walked, String meetingId) {
        return extract(doc, paper, walked, meetingId, null);
    }

    /**
     * The decisions of one paper, read from all its lines under the items its walk found.
     *
     * @param body the name of the body whose meeting the paper records, or {@code null}
     */
    public List<Decision> extract(ParsedDocument doc, DocumentSpan paper, Minutes walked, String meetingId, String body) {
        return extract(doc, paper, walked, meetingId, body, List.of(), List.of());
    }

    /**
     * The decisions of one paper, read from all its lines under the items its walk found, and from
     * the decision grids among its tables.
     *
     * @param body    the name of the body whose meeting the paper records, or {@code null}
     * @param tables  the document's tables, joined across pages
     * @param perPage each page's tables, for the boxes a grid covers
     */
    public List<Decision> extract(ParsedDocument doc, DocumentSpan paper, Minutes walked, String meetingId, String body,
                                  List<DetectedTable> tables, List<List<DetectedTable>> perPage) {
        List<DetectedTable> grids = new ArrayList<>(tables.stream()
                .filter(t -> paper.contains(t.page(), t.top()) && grids().decisionColumn(t) >= 0).toList());
        List<PaperLines.Box> boxes = new ArrayList<>();
        for (DetectedTable g : unruled.find(doc, paper, tables)) {
            // a borderless grid the table finder left unfound counts only where its decision column decides
            if (!grids().read(g, body).isEmpty()) {
                grids.add(g);
                boxes.add(new PaperLines.Box(g.page(), g.x0(), g.top(), g.x1(), g.bottom()));
            }
        }
        List<DetectedTable> covered = new ArrayList<>(grids);
        tables.stream().filter(t -> paper.contains(t.page(), t.top()) && actionLists.isActionList(t)).forEach(covered::add);
        for (DetectedTable g : covered) {
            for (int p = g.page(); p <= g.lastPage() && p <= perPage.size() && tables.contains(g); p++) {
                for (DetectedTable t : perPage.get(p - 1)) {
                    if (t.columns() == g.columns()) {
                        boxes.add(new PaperLines.Box(p, t.x0(), t.top(), t.x1(), t.bottom()));
                    }
                }
            }
        }
        List<PaperLines.Box> dataTables = new ArrayList<>();
        for (List<DetectedTable> onPage : perPage) {
            onPage.stream().filter(t -> paper.contains(t.page(), t.top()))
                    .forEach(t -> dataTables.add(new PaperLines.Box(t.page(), t.x0(), t.top(), t.x1(), t.bottom())));
        }
        List<PaperLines.Passage> passages = OwnMinuteReferences.place(lines.read(doc, paper, walked, boxes), walked);
        boolean minuteNumbers = minuteNumbers(walked);
        ProseLeading pitch = ProseLeading.of(passages, walked.pitch());
        List<Decision> out = new ArrayList<>();
        int i = 0;
        while (i < passages.size()) {
            PaperLines.Passage first = passages.get(i);
            int j = i + 1;
            while (j < passages.size() && Objects.equals(passages.get(j).item(), first.item())
                    && Objects.equals(passages.get(j).minuteRef(), first.minuteRef())) {
                j++;
            }
            List<ItemText.Para> paras = text.read(passages.subList(i, j), pitch, walked.vocabulary(), dataTables);
            int before = out.size();
            new ItemReader(cues, votes, motions, first.item(), first.minuteRef(), meetingId, body, minuteNumbers, paras, out)
                    .read();
            String title = title(walked, first);
            for (int k = before; k < out.size(); k++) {
                out.set(k, GroupDecision.place(out.get(k), title, n -> titleOf(walked, n)));
            }
            i = j;
        }
        for (DetectedTable g : grids) {
            PaperLines.Passage under = passageBefore(passages, g.page(), g.top());
            for (DecisionTables.Found f : grids().read(g, body)) {
                String item = f.item() != null ? f.item() : under == null ? null : under.item();
                String ref = under == null || under.minuteRef() == null ? minuteNumbers ? item : null : under.minuteRef();
                out.add(new Decision(meetingId, item, ref, f.kind(), ItemReader.clean(f.text()), votes.read(f.text()), g.page(),
                        f.context().isBlank() ? null : f.context()));
            }
        }
        return out;
    }

    private DecisionTables grids() {
        return tableReader;
    }

    /**
     * Whether the paper numbers its items as minutes: its first numbered heading is not 1 (a parish
     * or town council numbers its minutes on through the year, {@code 136. MINUTES}; an agenda's
     * items, and minutes that follow them, start at 1), or it prints year/sequence minute numbers
     * ({@code 23/04}), which are minute numbers by their form.
     */
    private static boolean minuteNumbers(Minutes walked) {
        return walked.items().stream().filter(i -> i.heading() && i.number() != null && i.number().matches("\\d{1,4}(?:/\\d{2,4})?"))
                .findFirst().map(i -> i.number().contains("/") || Integer.parseInt(i.number()) > 1).orElse(false);
    }

    /** The title of the item a passage sits under, as the walk read it, or {@code null}. */
    private static String title(Minutes walked, PaperLines.Passage passage) {
        return walked.items().stream().filter(it -> Objects.equals(it.number(), passage.item()))
                .sorted(java.util.Comparator.comparing(it -> !Objects.equals(it.minuteRef(), passage.minuteRef())))
                .map(it -> it.title()).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The title of the paper's item with a number, as the walk read it, or {@code null}. */
    private static String titleOf(Minutes walked, String number) {
        return walked.items().stream().filter(it -> it.heading() && number.equals(it.number())).map(it -> it.title())
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The passage a point of a page follows: the item a table there sits under. */
    private static PaperLines.Passage passageBefore(List<PaperLines.Passage> passages, int page, float top) {
        PaperLines.Passage found = null;
        for (PaperLines.Passage p : passages) {
            for (MinutesLine l : p.lines()) {
                if (l.page() < page || l.page() == page && l.line().bottom() <= top) {
                    found = p;
                }
            }
        }
        return found;
    }
}
