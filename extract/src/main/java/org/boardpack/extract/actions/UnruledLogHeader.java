package org.boardpack.extract.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.boardpack.extract.actions.LogHeader.Role;
import org.boardpack.ingest.FilledArea;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;

/**
 * The header row of an action log set without rulings: a line whose runs of words, set apart by
 * gaps wider than a word space, read as a log's headings ({@link LogHeader}). A heading wrapped
 * onto a second line ({@code Action} / {@code owner}, {@code Date} / {@code raised}) is read
 * whole: a line right under the header, set like it (bold under bold, or on the same shading),
 * whose runs each stand under one heading, belongs to the header.
 *
 * @param headings the column headings, left to right, each with its extent
 * @param lines    how many printed lines the header takes
 * @param key      the column whose text starts a row: the reference, else the date raised, else the first
 * @param keyIsNumbered whether a key cell holds a number or date (so a heading across the table is no key)
 */
record UnruledLogHeader(LogHeader header, List<Heading> headings, int lines, int key, boolean keyIsNumbered) {

    /** A gap between words wider than this many line heights separates two headings. */
    private static final float HEADING_GAP = 0.8f;
    /**
     * A wrapped heading's next line follows within this many line heights: heights are glyph
     * boxes, well under the font size, so a line pitch is about two of them.
     */
    private static final float WRAP_STEP = 2.6f;
    private static final int MAX_WRAPS = 2;

    /** A heading of the header row: its text and extent. */
    record Heading(String text, float x0, float x1) {
    }

    UnruledLogHeader {
        headings = List.copyOf(headings);
    }

    /** The header that starts at line {@code i}, if that line reads as a log's header row. */
    static Optional<UnruledLogHeader> at(Page page, List<TextLine> lines, int i, HeadingRoles roles) {
        List<Heading> headings = runs(lines.get(i));
        if (headings.size() < 3) {
            return Optional.empty();
        }
        int used = 1;
        while (used <= MAX_WRAPS && i + used < lines.size()
                && wraps(page, lines.get(i), lines.get(i + used - 1), lines.get(i + used), headings)) {
            headings = merged(headings, runs(lines.get(i + used)));
            used++;
        }
        Optional<LogHeader> header = LogHeader.of(headings.stream().map(Heading::text).toList(), roles);
        if (header.isEmpty() && used > 1) {
            // the line below was not a wrapped heading after all: read the first line alone
            headings = runs(lines.get(i));
            used = 1;
            header = LogHeader.of(headings.stream().map(Heading::text).toList(), roles);
        }
        if (header.isEmpty()) {
            return Optional.empty();
        }
        LogHeader h = header.get();
        Role keyRole = h.has(Role.REF) ? Role.REF : h.has(Role.RAISED) ? Role.RAISED : null;
        int key = keyRole == null ? 0 : h.columns().get(keyRole);
        return Optional.of(new UnruledLogHeader(h, headings, used, key, keyRole != null));
    }

    /** The same columns: a header repeated at the top of a continuation page. */
    boolean sameColumns(UnruledLogHeader other) {
        return header.columns().equals(other.header.columns());
    }

    /** Runs of a line's words set apart by gaps wider than a word space. */
    static List<Heading> runs(TextLine line) {
        List<Heading> out = new ArrayList<>();
        List<Word> run = new ArrayList<>();
        Word previous = null;
        for (Word w : line.words()) {
            float height = Math.max(w.height(), previous == null ? 0 : previous.height());
            if (previous != null && w.x0() - previous.x1() > HEADING_GAP * height) {
                out.add(heading(run));
                run = new ArrayList<>();
            }
            run.add(w);
            previous = w;
        }
        out.add(heading(run));
        return out;
    }

    private static Heading heading(List<Word> run) {
        return new Heading(TextLine.join(run), run.getFirst().x0(), run.getLast().x1());
    }

    private static boolean wraps(Page page, TextLine header, TextLine above, TextLine line, List<Heading> headings) {
        float height = header.bottom() - header.top();
        if (line.top() - above.top() > WRAP_STEP * height) {
            return false;
        }
        boolean setAlike = header.bold() && line.bold() || sameShading(page, header, line);
        if (!setAlike) {
            return false;
        }
        for (Heading run : runs(line)) {
            if (under(run, headings) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameShading(Page page, TextLine a, TextLine b) {
        for (FilledArea f : page.fills()) {
            if (f.gray() < 1f && f.contains((a.x0() + a.x1()) / 2, (a.top() + a.bottom()) / 2)
                    && f.contains((b.x0() + b.x1()) / 2, (b.top() + b.bottom()) / 2)) {
                return true;
            }
        }
        return false;
    }

    /** The one heading a run stands under (overlapping it), or -1. */
    private static int under(Heading run, List<Heading> headings) {
        int found = -1;
        for (int k = 0; k < headings.size(); k++) {
            Heading h = headings.get(k);
            if (run.x0() < h.x1() && run.x1() > h.x0()) {
                if (found >= 0) {
                    return -1;
                }
                found = k;
            }
        }
        return found;
    }

    private static List<Heading> merged(List<Heading> headings, List<Heading> below) {
        List<Heading> out = new ArrayList<>(headings);
        for (Heading run : below) {
            int k = under(run, out);
            Heading h = out.get(k);
            out.set(k, new Heading(h.text() + " " + run.text(), Math.min(h.x0(), run.x0()), Math.max(h.x1(), run.x1())));
        }
        return out;
    }
}
