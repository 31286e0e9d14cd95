package org.boardpack.extract.attendance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.extract.lexicon.Lexicon;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;
import org.boardpack.extract.layout.ColumnGap;

/**
 * A label that opens an attendance list ({@code PRESENT:}, {@code Apologies for Absence:},
 * {@code In attendance}, {@code Present (7):}, {@code Present (voting):}, {@code Clerked by}), from the
 * {@code attendance-labels} vocabulary: its kind, the role it names (if any) and the words after
 * it. A label counts at the start of a line or of a column, followed by a colon or semicolon, a
 * printed count, a column gap or nothing; followed straight by prose it is a sentence
 * ({@code Apologies were received from ...}), not a label. A roll call's own text may start with
 * a further label ({@code ROLL CALL  Present: ...}): the inner label is the one read.
 */
record AttendanceLabel(Kind kind, String role, List<Word> rest, float x) {

    /** What a label says about the people under it; see the vocabulary's header. */
    enum Kind { PRESENT, ATTENDEES, ATTENDING, IN_ATTENDANCE, APOLOGIES, ABSENT, NONE, ROLL_CALL }

    private record Entry(String label, Kind kind, String role) {
    }

    private static final List<Entry> ENTRIES = entries();
    private static final Pattern COUNT = Pattern.compile("^\\(\\d+\\)[:;]?$");
    /** A date printed in the list's text (a stray cell of a grid header): not part of any name. */
    private static final Pattern DATE = Pattern.compile("^\\d{1,2}/\\d{1,2}/\\d{2,4}$");
    /** A column gap, in ems of the font size: wider than any word space. */
    private static final float COLUMN_GAP_EMS = ColumnGap.EMS;
    /** The longest bracketed qualifier of a label, in words: "(in person)", "(via Microsoft Teams)". */
    private static final int QUALIFIER_MAX_WORDS = 4;

    /** The label at the start of these words (a line, or a column of it), if one is there. */
    static Optional<AttendanceLabel> at(List<Word> words) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String text = TextLine.join(words).toLowerCase(Locale.ROOT);
        for (Entry e : ENTRIES) {
            if (!text.startsWith(e.label())) {
                continue;
            }
            int n = e.label().split(" ").length;
            if (n > words.size()) {
                continue;
            }
            String last = words.get(n - 1).text().toLowerCase(Locale.ROOT);
            String lastLabelWord = e.label().substring(e.label().lastIndexOf(' ') + 1);
            String tail = last.substring(Math.min(last.length(), lastLabelWord.length()));
            if (!last.startsWith(lastLabelWord) || !tail.matches("[:;]?")) {
                continue;
            }
            boolean colon = !tail.isEmpty();
            List<Word> rest = new ArrayList<>(words.subList(n, words.size()));
            rest.removeIf(w -> DATE.matcher(w.text()).matches());
            while (!rest.isEmpty() && (rest.getFirst().text().matches("[:;–-]") || COUNT.matcher(rest.getFirst().text()).matches())) {
                colon = true;
                rest.removeFirst();
            }
            int qualifier = qualifierWords(rest);
            if (qualifier > 0) {
                colon = true;
                rest.subList(0, qualifier).clear();
                if (!rest.isEmpty() && rest.getFirst().text().matches("[:;]")) {
                    rest.removeFirst();
                }
            }
            boolean gap = !rest.isEmpty()
                    && rest.getFirst().x0() - words.get(n - 1).x1() > COLUMN_GAP_EMS * rest.getFirst().fontSize();
            if (!rest.isEmpty() && !colon && !gap && !(Character.isUpperCase(words.getFirst().text().charAt(0))
                    && startsList(TextLine.join(rest)))) {
                // "Apologies for absence were received ..." is prose, not a label
                return Optional.empty();
            }
            AttendanceLabel label = new AttendanceLabel(e.kind(), e.role(), rest, words.getFirst().x0());
            if (e.kind() == Kind.ROLL_CALL) {
                Optional<AttendanceLabel> inner = at(rest);
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return Optional.of(label);
        }
        return Optional.empty();
    }

    /**
     * How many words at the start of a label's rest are a bracketed qualifier of the label
     * ({@code Present (voting):}, {@code In attendance (officers):}, {@code Present (in person):}):
     * a short bracket closed by a colon, or ending the line. A bracket followed by names without a
     * colon is not taken: it may be the first person's role.
     */
    private static int qualifierWords(List<Word> rest) {
        if (rest.isEmpty() || !rest.getFirst().text().startsWith("(")) {
            return 0;
        }
        for (int k = 0; k < Math.min(rest.size(), QUALIFIER_MAX_WORDS); k++) {
            String w = rest.get(k).text();
            if (w.matches(".*\\)[:;]")
                    || w.endsWith(")") && (k + 1 == rest.size() || rest.get(k + 1).text().matches("[:;]"))) {
                return k + 1;
            }
            if (w.contains(")")) {
                return 0;
            }
        }
        return 0;
    }

    /** Whether text opens with an honorific or an office title: "PRESENT Cllrs Smith, ..." with no colon. */
    private static boolean startsList(String text) {
        return PersonName.startsWithHonorific(text) || ListWords.pluralHonorific(text).isPresent()
                || ListWords.rolePrefix(text).isPresent();
    }

    /** The label of a line: at its start, or at the start of one of its columns. */
    static Optional<AttendanceLabel> in(TextLine line) {
        List<AttendanceLabel> all = all(line);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getFirst());
    }

    /**
     * Every label of a line, at its start or at the start of its columns, each with the words up
     * to the next label ({@code Chaired by  Paul Evemy   Clerked by  Pete Osborne}).
     */
    static List<AttendanceLabel> all(TextLine line) {
        List<AttendanceLabel> out = new ArrayList<>();
        List<Word> words = line.words();
        java.util.Set<Integer> columnStarts = new java.util.HashSet<>();
        int from = 0;
        for (TextLine column : line.segments(COLUMN_GAP_EMS)) {
            columnStarts.add(from);
            from += column.words().size();
        }
        for (int k = 0; k < words.size(); k++) {
            boolean column = columnStarts.contains(k);
            // "ROLL CALL: Present: A, B; Absent: C": a label after a semicolon or full stop needs its colon
            boolean afterStop = k > 0 && words.get(k - 1).text().matches(".*[;.]$");
            if (!column && !afterStop) {
                continue;
            }
            List<Word> tail = words.subList(k, words.size());
            Optional<AttendanceLabel> label = at(tail);
            if (label.isEmpty() || !column && !TextLine.join(tail.subList(0, Math.min(tail.size(), 5))).contains(":")) {
                continue;
            }
            if (!out.isEmpty() && out.getLast().x() == label.get().x()) {
                continue;
            }
            if (!out.isEmpty()) {
                AttendanceLabel before = out.removeLast();
                float next = label.get().x();
                out.add(new AttendanceLabel(before.kind(), before.role(),
                        before.rest().stream().filter(w -> w.x0() < next).toList(), before.x()));
            }
            out.add(label.get());
        }
        return out;
    }

    /** Whether a line starts with a label, however it goes on: the end of the list before it. */
    static boolean startsWithLabelWord(TextLine line) {
        String text = line.text().toLowerCase(Locale.ROOT);
        for (Entry e : ENTRIES) {
            if (text.startsWith(e.label() + ":") || text.startsWith(e.label() + " :") || text.equals(e.label())) {
                return true;
            }
        }
        return false;
    }

    private static List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        for (String line : Lexicon.words("attendance-labels")) {
            Matcher m = Pattern.compile("^(.+?)\\s*=\\s*(\\w+)\\s*(?:\\|\\s*(.+))?$").matcher(line);
            if (!m.matches()) {
                throw new IllegalStateException("attendance-labels: cannot read '" + line + "'");
            }
            out.add(new Entry(m.group(1).toLowerCase(Locale.ROOT), Kind.valueOf(m.group(2).toUpperCase(Locale.ROOT)),
                    m.group(3) == null ? null : m.group(3).strip()));
        }
        // longer labels first: "apologies for absence" before "apologies"
        out.sort(Comparator.comparingInt((Entry e) -> e.label().length()).reversed());
        return List.copyOf(out);
    }
}
