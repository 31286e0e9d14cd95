package org.boardpack.extract.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.boardpack.extract.documents.PaperArea;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;
import org.boardpack.model.actions.Action;
import org.boardpack.model.actions.ActionSource;
import org.boardpack.model.documents.DocumentSpan;

/**
 * A report table in minutes whose last column mixes notes with actions, one row per reporting
 * group or person ({@code Group | Reporting | Link | Key Issues & Actions Noted},
 * {@code Project | Lead | Notes and actions}): its entries carry no action label, so only their
 * wording tells the work still to do ({@code IDE needs example projects}, {@code meeting to be
 * held on March 30}, {@code intention to target …}) from the progress reported beside it; such an
 * entry is an action of the row's person. The table is found by its header row (a run naming the
 * mixed column, a run naming the reporting person left of it), read by the bands its headings
 * stand in, and ends at a numbered heading or a gap of several line pitches. An entry is a
 * bulleted point with the points set under it, or the whole cell where the cell has no bullets.
 */
final class MixedActionColumn {

    /** A gap of this many line pitches ends the table. */
    private static final float END_GAP = 3.5f;

    /** The bands of a header row: the row key's right edge, the person's band, the mixed column's left. */
    private record Bands(float keyRight, float personLeft, float personRight, float mixedLeft) {
    }

    /** One entry of the mixed column as it is gathered: its text and where it starts. */
    private static final class Entry {
        final StringBuilder text = new StringBuilder();
        final int page;
        final float top;
        final float markX;

        Entry(int page, float top, float markX) {
            this.page = page;
            this.top = top;
            this.markX = markX;
        }
    }

    private final ActionVocabulary words;

    MixedActionColumn(ActionVocabulary words) {
        this.words = words;
    }

    List<Action> read(ParsedDocument doc, DocumentSpan paper, ItemPlaces items, String meetingId, String meetingDate,
                      Dehyphenator dehyphenator, HeadingRoles roles) {
        List<Action> out = new ArrayList<>();
        for (int n = paper.firstPage(); n <= paper.lastPage(); n++) {
            Page page = PaperArea.page(doc, paper, n);
            List<TextLine> lines = page.bodyLines();
            for (int i = 0; i < lines.size(); i++) {
                Optional<Bands> bands = header(lines.get(i), roles);
                if (bands.isEmpty()) {
                    continue;
                }
                int end = end(lines, i + 1);
                for (Row row : rows(lines.subList(i + 1, end), bands.get(), n)) {
                    for (Entry e : row.entries) {
                        String text = dehyphenator.apply(e.text.toString().strip());
                        if (!row.person.toString().isBlank() && words.isWorkWording(text)) {
                            out.add(new Action(ActionSource.MINUTES, meetingId, null, items.itemAt(e.page, e.top), text,
                                    row.person.toString().strip(), null, meetingDate, null, null, null, null, e.page));
                        }
                    }
                }
                i = end - 1;
            }
        }
        return out;
    }

    /**
     * The bands of a header row: its last heading names a column of notes and actions together,
     * and a heading before it names the person who reports or leads ({@code Reporting},
     * {@code Lead}). Bands part at the middle of the gutter between headings.
     */
    private Optional<Bands> header(TextLine line, HeadingRoles roles) {
        if (!words.isMixedActionHeading(line.text())) {
            return Optional.empty(); // most lines: no need to cut them into runs
        }
        List<UnruledLogHeader.Heading> runs = UnruledLogHeader.runs(line);
        if (runs.size() < 2 || !words.isMixedActionHeading(runs.getLast().text())) {
            return Optional.empty();
        }
        for (int p = runs.size() - 2; p >= 0; p--) {
            String heading = runs.get(p).text();
            if (words.isReporterHeading(heading) || roles.role(heading) == LogHeader.Role.OWNER) {
                UnruledLogHeader.Heading key = runs.getFirst();
                float keyRight = runs.size() > 1 ? gutter(key, runs.get(1)) : key.x1();
                float personLeft = p == 0 ? 0f : gutter(runs.get(p - 1), runs.get(p));
                float personRight = gutter(runs.get(p), runs.get(p + 1));
                return Optional.of(new Bands(keyRight, personLeft, personRight,
                        gutter(runs.get(runs.size() - 2), runs.getLast())));
            }
        }
        return Optional.empty();
    }

    private static float gutter(UnruledLogHeader.Heading left, UnruledLogHeader.Heading right) {
        return (left.x1() + right.x0()) / 2;
    }

    /** Where the table's body ends (exclusive): at a numbered heading or after a wide gap. */
    private static int end(List<TextLine> lines, int start) {
        float pitch = UnruledLogReader.pitch(lines, start);
        for (int j = start; j < lines.size(); j++) {
            boolean far = j > start && lines.get(j).top() - lines.get(j - 1).top() > END_GAP * pitch;
            if (far || MinutesItemNumber.leading(lines.get(j).words().getFirst().text()).isPresent()) {
                return j;
            }
        }
        return lines.size();
    }

    /** A row of the table: its person as printed and the entries of its mixed column. */
    private static final class Row {
        final StringBuilder person = new StringBuilder();
        final List<Entry> entries = new ArrayList<>();
    }

    /** The body's rows: a row starts at a line with words in the key (first) column. */
    private static List<Row> rows(List<TextLine> body, Bands bands, int page) {
        List<Row> rows = new ArrayList<>();
        Row row = null;
        for (TextLine line : body) {
            List<Word> person = new ArrayList<>();
            List<Word> mixed = new ArrayList<>();
            boolean key = false;
            for (Word w : line.words()) {
                float mid = (w.x0() + w.x1()) / 2;
                key |= mid < bands.keyRight();
                if (mid >= bands.personLeft() && mid < bands.personRight()) {
                    person.add(w);
                } else if (mid >= bands.mixedLeft()) {
                    mixed.add(w);
                }
            }
            if (key || row == null) {
                row = new Row();
                rows.add(row);
            }
            WrappedText.append(row.person, TextLine.join(person));
            if (!mixed.isEmpty()) {
                add(row, mixed, page, line.top());
            }
        }
        return rows;
    }

    /** A line's part in the mixed column: a new entry at a top-level bullet, else more of the entry above. */
    private static void add(Row row, List<Word> mixed, int page, float top) {
        Word first = mixed.getFirst();
        boolean bullet = ListMarks.isBullet(first.text());
        List<Word> text = bullet ? mixed.subList(1, mixed.size()) : mixed;
        Entry last = row.entries.isEmpty() ? null : row.entries.getLast();
        // a bullet set further in than the row's first is a point under the entry above
        boolean under = last != null && bullet && first.x0() > last.markX + first.height();
        if (last == null || bullet && !under) {
            last = new Entry(page, top, bullet ? first.x0() : Float.MAX_VALUE);
            row.entries.add(last);
        }
        WrappedText.append(last.text, TextLine.join(text));
    }
}
