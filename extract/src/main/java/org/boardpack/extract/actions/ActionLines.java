package org.boardpack.extract.actions;

import org.boardpack.extract.documents.PaperArea;
import org.boardpack.model.actions.Action;
import org.boardpack.model.actions.ActionSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.extract.layout.LinePitch;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;

/**
 * Actions minutes print as lines of their own in the discussion, each opening with an action
 * label ({@code action-labels}), perhaps after a bullet:
 * <ul>
 * <li>{@code Action HP: Respond to Ming Moon} — the owner (or the action's number,
 * {@code Action 29: …}) before the colon, the task after it;</li>
 * <li>{@code Action: write to the council (Clerk)}, {@code Action: circulate the paper – JB},
 * {@code Action: Clerk to write …} — the owner in the task's text, or none;</li>
 * <li>{@code ACTION: MH/CC} or {@code ACTION JB} alone, closing a piece of discussion — the task
 * is what the item said above the line, since its heading or the action line before;</li>
 * <li>{@code Actions:} over a short list of {@code JB to circulate …} entries;</li>
 * <li>{@code Outstanding action from 12 March: …} ({@code action-carried-labels}) — an earlier
 * meeting's action printed again, raised on the date the label gives.</li>
 * </ul>
 * A task wrapped onto the lines below goes on while they keep to its indent; a deeper bullet right
 * under it that reads as a status ({@code Action complete}, {@code Action carried forward}) is the
 * action's status. The item is the number of the item the line sits under ({@link ItemPlaces});
 * a list under a heading of its own ({@code action-list-headings}) after the last item sits under
 * none.
 */
final class ActionLines {

    /** A cue in the right margin stands this far across the page, this many ems clear of the text. */
    private static final float MARGIN = 0.6f;
    private static final float MARGIN_GAP_EMS = 2f;
    /** How many lines below an action line its owner may close it. */
    private static final int OWNER_LOOKAHEAD = 3;
    /** A status line is a few words. */
    private static final int STATUS_WORDS = 5;
    /** A continuation line or list entry follows within this many line pitches, baseline to baseline. */
    private static final float WRAP_STEP = 1.5f;
    /** How many wrap steps below a list heading its first entry may stand ({@code <h3>} then a list: about two lines). */
    private static final float HEADING_SPACE = 2f;

    private final ActionVocabulary words;
    private final OwnerText owners;
    private final MinutesTableHeaders headers;
    private final RunInCue runIns;
    private final ActionDates dates = new ActionDates();
    private final StatusNormaliser statuses = new StatusNormaliser();
    private final Pattern ownerLabel;
    private final Pattern plainLabel;
    private final Pattern bareLabel;
    private final Pattern carried;
    /** A line ending in part of a word broken by a hyphen. */
    private static final Pattern BROKEN_WORD = Pattern.compile("\\p{Ll}-$");
    /** A paragraph's number printed before its text: {@code 4.2}, {@code 12.}, {@code 3.1.4}. */
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("\\d{1,3}(?:\\.\\d{1,2}){0,2}\\.?");
    private final Pattern refOwner = Pattern.compile("^(\\d{1,4}[a-z]?)\\s*[:.\\-–—]?\\s*(.*)$");

    ActionLines(ActionVocabulary words) {
        this.words = words;
        this.owners = new OwnerText(words);
        this.headers = new MinutesTableHeaders(words);
        this.runIns = new RunInCue(words);
        String label = words.label().pattern().replace("(?i)", "");
        this.ownerLabel = Pattern.compile("(?i)^" + label + "\\s+(?!to\\b)([^:]{1,40}?)\\s*:\\s*(.+)$");
        this.plainLabel = Pattern.compile("(?i)^" + label + "\\s*[:\\-–—]\\s*(.*)$");
        this.bareLabel = Pattern.compile("(?i)^" + label + "\\s+(\\S.{0,40})$");
        this.carried = Pattern.compile("(?i)^" + words.carriedLabel().pattern().replace("(?i)", "")
                + "\\s*(.*?)\\s*:\\s*(.+)$");
    }

    /**
     * One printed line of the paper, its bullet taken off.
     *
     * @param textRight where the line's text ends, initials or a cue set apart in the right margin aside
     * @param inTable   part of a minutes table whose action column is read elsewhere
     */
    private record Line(int page, TextLine line, String text, float textX, boolean bulleted, boolean margin,
                        float textRight, boolean inTable) {
    }

    /**
     * @param table lines of a minutes table whose action column is read elsewhere (page, line): of
     *              them only an earlier meeting's action carried over into the discussion is read
     *              here, as the column holds this meeting's actions
     */
    List<Action> read(ParsedDocument doc, DocumentSpan paper, ItemPlaces items, LinePitch pitch,
            BiPredicate<Integer, TextLine> table, String meetingId, String meetingDate, Dehyphenator dehyphenator) {
        List<Line> lines = lines(doc, paper, table);
        float step = WRAP_STEP * pitch.pitch();
        List<Action> out = new ArrayList<>();
        int since = 0; // the first line of the discussion the next closing line refers back to
        String lastItem = null;
        boolean inList = false;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            String item = items.itemAt(l.page(), l.line().top());
            if (!java.util.Objects.equals(item, lastItem)) {
                lastItem = item;
                inList = false;
                since = i + 1;
            }
            if (isStatus(l.text())) {
                continue;
            }
            boolean listHeading = words.isListHeading(l.text());
            inList |= listHeading && !itemFollows(lines, items, item);
            Optional<Cue> cue = listHeading ? Optional.of(new Cue(null, null, null, null, true)) : cue(l.text());
            // "… at the next meeting. ACTION: SP": the paragraph's last words, then its closing cue
            Optional<RunInCue.Split> runIn = cue.isPresent() ? Optional.empty() : runIns.of(l.text())
                    .filter(r -> cue(r.cue()).filter(c -> c.task() == null && c.owner() != null).isPresent());
            if (runIn.isPresent()) {
                cue = cue(runIn.get().cue());
            }
            if (cue.isEmpty() || l.inTable() && !carried.matcher(l.text()).matches()) {
                continue;
            }
            Cue c = cue.get();
            int end = i;
            String task = c.task();
            if (task != null) {
                while (end + 1 < lines.size()
                        && continues(lines.get(end), lines.get(end + 1), l, step, rightEdge(lines, l.page()))) {
                    end++;
                    task = WrappedText.join(List.of(task, lines.get(end).text()));
                }
                if (c.owner() == null) {
                    int closed = ownerBelow(lines, end, task, l, step);
                    for (int k = end + 1; k <= closed; k++) {
                        task = WrappedText.join(List.of(task, lines.get(k).text()));
                    }
                    end = closed;
                }
            }
            List<Cue> found = new ArrayList<>();
            if (c.opensList()) {
                end = entries(lines, i, step, found);
            } else if (task == null && c.owner() != null) {
                String above = text(lines.subList(Math.min(since, i), i));
                found.add(new Cue(c.ref(), c.owner(), runIn.map(r -> WrappedText.join(List.of(above, r.head())))
                        .orElse(above), null, false));
            } else if (end > i && c.owner() == null) {
                // the owner in the text closes the task where it ends: "… con-" / "tact details (JC)"
                found.add(task(c.ref(), task, c.raised()));
            } else {
                found.add(new Cue(c.ref(), c.owner(), task, c.raised(), false));
            }
            String[] status = status(lines, l, end);
            for (Cue f : found) {
                if (f.task() == null || f.task().isBlank()) {
                    continue;
                }
                String raised = f.raised() != null ? f.raised() : meetingDate;
                out.add(new Action(ActionSource.MINUTES, meetingId, f.ref(), inList ? null : item,
                        dehyphenator.apply(f.task().strip()), f.owner(), null, raised, null,
                        statuses.normalise(status[0]), status[0], null, l.page()));
            }
            i = Math.max(i, status[1] == null ? end : Integer.parseInt(status[1]));
            since = i + 1;
        }
        return out;
    }

    /**
     * Whether a later item heading follows the item a list sits under: then the list ({@code
     * Actions:} over each item's entries) is that item's, while a list after the last item
     * ({@code Summary of actions} closing the minutes) sits under none.
     */
    private static boolean itemFollows(List<Line> lines, ItemPlaces items, String item) {
        Line last = lines.getLast();
        return item != null && !item.equals(items.itemAt(last.page(), last.line().top()));
    }

    /**
     * What an action line says: its reference, owner and task, the date an earlier meeting raised
     * it, or that it opens a list of entries ({@code Actions:}).
     */
    private record Cue(String ref, String owner, String task, String raised, boolean opensList) {
    }

    private Optional<Cue> cue(String text) {
        Matcher m = carried.matcher(text);
        if (m.matches()) {
            String raised = dates.ofCell(m.group(1)).map(ActionDates.Token::iso).orElse(null);
            return Optional.of(task(null, m.group(2), raised));
        }
        m = ownerLabel.matcher(text);
        if (m.matches()) {
            String before = m.group(1).strip();
            Matcher r = refOwner.matcher(before);
            if (r.matches() && (r.group(2).isEmpty() || owners.isOwner(r.group(2)))) {
                Cue inText = task(r.group(1), m.group(2), null);
                return Optional.of(r.group(2).isEmpty() ? inText
                        : new Cue(r.group(1), r.group(2), m.group(2).strip(), null, false));
            }
            if (owners.isOwner(before)) {
                return Optional.of(new Cue(null, before, m.group(2).strip(), null, false));
            }
        }
        m = plainLabel.matcher(text);
        if (m.matches()) {
            String rest = m.group(1).strip();
            if (rest.isEmpty()) {
                return Optional.of(new Cue(null, null, null, null, true));
            }
            if (words.isNone(rest) || words.isRequest(rest)) {
                return Optional.empty();
            }
            if (owners.isOwner(rest)) {
                return Optional.of(new Cue(null, rest.replaceAll("[.;]+$", ""), null, null, false));
            }
            return Optional.of(task(null, rest, null));
        }
        m = bareLabel.matcher(text);
        if (m.matches()) {
            String rest = m.group(1).strip();
            Matcher r = refOwner.matcher(rest);
            if (r.matches() && !r.group(2).isEmpty() && owners.isOwner(r.group(2))) {
                return Optional.of(new Cue(r.group(1), r.group(2), null, null, false));
            }
            if (owners.isOwner(rest)) {
                return Optional.of(new Cue(null, rest, null, null, false));
            }
        }
        return Optional.empty();
    }

    /** A task whose owner, if any, is named in its text ({@code … (Clerk)}, {@code Clerk to …}). */
    private Cue task(String ref, String text, String raised) {
        String t = text.strip();
        Optional<OwnerText.Split> trailing = owners.trailing(t);
        if (trailing.isPresent()) {
            return new Cue(ref, trailing.get().owner(), trailing.get().task(), raised, false);
        }
        return new Cue(ref, owners.leading(t).map(OwnerText.Split::owner).orElse(null), t, raised, false);
    }

    /** The entries of a list opened by {@code Actions:}: each line with its owner in its text. */
    private int entries(List<Line> lines, int heading, float step, List<Cue> found) {
        int end = heading;
        for (int j = heading + 1; j < lines.size(); j++) {
            Line e = lines.get(j);
            Line previous = lines.get(j - 1);
            // a heading keeps space below it (a larger size, space after): its first entry may stand further down
            float gap = j == heading + 1 ? HEADING_SPACE * step : step;
            if (e.page() != previous.page() || e.line().bottom() - previous.line().bottom() > gap) {
                break;
            }
            Optional<OwnerText.Split> split = owners.within(e.text());
            if (split.isEmpty()) {
                break;
            }
            found.add(new Cue(null, split.get().owner(), e.text(), null, false));
            end = j;
        }
        return end;
    }

    /**
     * Whether {@code next} carries on the task of {@code first}'s action: set under it as a wrapped
     * line is ({@link #follows}), and wrapped there — its first word would not have fitted at the
     * end of the line above, within the right edge of the page's text ({@code right}).
     */
    private boolean continues(Line above, Line next, Line first, float step, float right) {
        org.boardpack.ingest.Word word = next.line().words().getFirst();
        float space = word.height() / 2;
        // a word broken at the line's end runs on below, however short its rest ("con-" / "tact")
        boolean wrapped = above.textRight() + space + word.width() > right || BROKEN_WORD.matcher(above.text()).find();
        return wrapped && follows(above, next, first, step);
    }

    /** Close under the line above, at the task's indent, and no action, status or list heading of its own. */
    private boolean follows(Line above, Line next, Line first, float step) {
        return next.page() == above.page() && next.line().bottom() - above.line().bottom() <= step
                && !next.bulleted() && next.line().x0() >= first.textX() - 2 && cue(next.text()).isEmpty()
                && !isStatus(next.text()) && !words.isListHeading(next.text());
    }

    /**
     * The last line of a task whose owner closes it on a line below ({@code Action: … with the
     * new} / {@code cyber security risk (RH)}): in a narrow column the page's right edge says
     * nothing of where the task wrapped, but the bracketed owner does. {@code end} where no line
     * within a few below closes the task so, or the task has ended its sentence.
     */
    private int ownerBelow(List<Line> lines, int end, String task, Line first, float step) {
        if (owners.trailing(task).isPresent() || task.endsWith(".")) {
            return end;
        }
        String joined = task;
        for (int k = end + 1; k < lines.size() && k <= end + OWNER_LOOKAHEAD; k++) {
            if (!follows(lines.get(k - 1), lines.get(k), first, step)) {
                break;
            }
            joined = WrappedText.join(List.of(joined, lines.get(k).text()));
            if (owners.trailing(joined).isPresent()) {
                return k;
            }
        }
        return end;
    }

    /** {status text, index of the line it is on} of the deeper bullet under an action, or {null, null}. */
    private String[] status(List<Line> lines, Line action, int end) {
        for (int j = end + 1; j < lines.size(); j++) {
            Line s = lines.get(j);
            if (s.page() != action.page() && j > end + 1 || s.line().x0() <= action.line().x0() + 2) {
                break;
            }
            if (isStatus(s.text())) {
                return new String[] {s.text().replaceAll("[.;]+$", ""), String.valueOf(j)};
            }
        }
        return new String[] {null, null};
    }

    /** A short line that reads as a status ({@code Action complete}): no action of its own. */
    private boolean isStatus(String text) {
        return text.split("\\s+").length <= STATUS_WORDS && words.status(text) != null
                && !ownerLabel.matcher(text).matches();
    }

    /** The right edge of the text on a page: where its longest lines end, cues in the margin aside. */
    private static float rightEdge(List<Line> lines, int page) {
        float right = 0;
        for (Line l : lines) {
            if (l.page() == page && !l.margin()) {
                right = Math.max(right, l.textRight());
            }
        }
        return right;
    }

    /** The text of the paragraphs a closing {@code ACTION: RC} stands for, without their numbers ({@link ParagraphNumbers}). */
    private static String text(List<Line> lines) {
        return WrappedText.join(lines.stream().map(ActionLines::withoutNumber).toList());
    }

    private static String withoutNumber(Line l) {
        List<Word> words = l.line().words();
        if (l.bulleted() || !ParagraphNumbers.setApart(words)) {
            return l.text();
        }
        return TextLine.join(words.subList(1, words.size())).strip();
    }

    /**
     * The paper's lines, bullets taken off. A line that ends in the right margin with an action
     * cue set apart from its text ({@code … the budget was approved.      ACTION: JB}) is two: the
     * text, then the cue, so that the cue closes the text it stands beside.
     */
    private List<Line> lines(ParsedDocument doc, DocumentSpan paper, BiPredicate<Integer, TextLine> table) {
        List<Line> out = new ArrayList<>();
        for (int n = paper.firstPage(); n <= paper.lastPage(); n++) {
            Page page = PaperArea.page(doc, paper, n);
            for (TextLine line : page.bodyLines()) {
                if (line.words().isEmpty() || headers.test(line)) {
                    continue;
                }
                boolean inTable = table.test(n, line);
                List<TextLine> parts = line.segments(MARGIN_GAP_EMS);
                TextLine last = parts.getLast();
                if (parts.size() > 1 && last.x0() >= MARGIN * page.width() && cue(last.text().strip()).isPresent()) {
                    List<org.boardpack.ingest.Word> text = line.words().subList(0,
                            line.words().size() - last.words().size());
                    TextLine before = new TextLine(text);
                    out.add(line(n, before, false, before.x1(), inTable));
                    out.add(line(n, last, true, last.x1(), inTable));
                } else {
                    // initials in the right margin beside the text are no part of the text's width
                    boolean aside = parts.size() > 1 && last.x0() >= MARGIN * page.width();
                    out.add(line(n, line, false, aside ? parts.get(parts.size() - 2).x1() : line.x1(), inTable));
                }
            }
        }
        return out;
    }

    private Line line(int page, TextLine line, boolean margin, float textRight, boolean inTable) {
        boolean bullet = ListMarks.isBullet(line.words().getFirst().text()) && line.words().size() > 1;
        // a numbered paragraph that is an action line: "4.2  Action: arrange the training (Chair)"
        boolean numbered = !bullet && line.words().size() > 1 && PARAGRAPH_NUMBER.matcher(line.words().getFirst().text()).matches()
                && cue(TextLine.join(line.words().subList(1, line.words().size())).strip()).isPresent();
        List<Word> rest = bullet || numbered ? line.words().subList(1, line.words().size()) : line.words();
        return new Line(page, line, TextLine.join(rest).strip(), rest.getFirst().x0(), bullet, margin, textRight,
                inTable);
    }
}
