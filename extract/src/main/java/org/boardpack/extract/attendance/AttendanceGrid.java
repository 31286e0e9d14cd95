package org.boardpack.extract.attendance;

import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.attendance.AttendanceStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.boardpack.extract.lexicon.Lexicon;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;
import org.boardpack.extract.layout.ColumnGap;

/**
 * An attendance grid at the head of minutes: one row per member (name, perhaps a type column),
 * one column per meeting of the year headed by its date, cells holding codes explained by a
 * legend ({@code P – Present  S – Sanctioned  A – Absent  L – Late arrival}). The column of the
 * meeting the minutes record says each member's status; a member with no code there (resigned,
 * not yet appointed, another committee's member) is not listed. The date headers are often set
 * sideways, and then their printed position is no guide: a date printed over a column of codes
 * heads it; otherwise the column is found by the meeting date's rank among the header dates, the
 * grid's marked columns being its meetings in order.
 * Codes mean what the legend's words mean ({@code attendance-codes}); a role comes from a column
 * headed {@code Type} or the like ({@code attendance-grid-headers}). Names printed in capitals
 * take the mixed case the paper prints them in elsewhere, else title case.
 */
final class AttendanceGrid {

    private static final Pattern DATE = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})$");
    private static final Pattern LEGEND = Pattern.compile("\\b([A-Z][A-Za-z]?)\\s*[–—=:-]\\s*(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Ll}+)?)");
    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Za-z]?$");
    private static final Map<String, AttendanceStatus> MEANINGS = meanings();
    private static final Set<String> ROLE_HEADERS = Lexicon.words("attendance-grid-headers").stream()
            .map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    /** Rows needed before a block of name-and-code lines is a grid. */
    private static final int MIN_ROWS = 3;

    /** One member's row: the name as printed, its words, and the line. */
    private record Row(String name, TextLine line, int page) {
    }

    private AttendanceGrid() {
    }

    /** The grid's members with a code in the meeting's column; empty when there is no grid. */
    static List<Attendance> read(List<AttendanceZone.ZoneLine> zone, LocalDate meeting, String meetingId,
                                 List<TextLine> document) {
        if (meeting == null) {
            return List.of();
        }
        Map<String, AttendanceStatus> codes = legend(zone);
        List<Row> rows = new ArrayList<>();
        for (AttendanceZone.ZoneLine z : zone) {
            if (z.allowed() && !z.heading()) {
                row(z.line(), codes).ifPresent(name -> rows.add(new Row(name, z.line(), z.page())));
            }
        }
        if (rows.size() < MIN_ROWS) {
            return List.of();
        }
        List<Float> columns = columns(rows, codes);
        int gridPage = rows.getFirst().page();
        List<LocalDate> dates = headerDates(zone, gridPage, codes);
        int k = dates.indexOf(meeting);
        Optional<Float> above = columnUnder(zone, gridPage, meeting, columns);
        if (above.isEmpty() && (k < 0 || k >= columns.size())) {
            return List.of();
        }
        float column = above.orElseGet(() -> columns.get(k));
        Optional<float[]> roleColumn = roleColumn(zone, gridPage);
        List<Attendance> out = new ArrayList<>();
        for (Row r : rows) {
            for (Word w : r.line().words()) {
                float centre = (w.x0() + w.x1()) / 2;
                if (codes.containsKey(w.text()) && Math.abs(centre - column) <= w.fontSize()) {
                    String role = roleColumn.map(c -> cell(r.line(), c, codes)).orElse(null);
                    out.add(new Attendance(meetingId, mixedCase(r.name(), document), null, role, null,
                            codes.get(w.text()), r.page()));
                }
            }
        }
        return out;
    }

    /** The member a line names, when the line is a grid row: a name first, then codes. */
    private static Optional<String> row(TextLine line, Map<String, AttendanceStatus> codes) {
        List<TextLine> segments = line.segments(ColumnGap.EMS);
        if (segments.size() < 2 || line.words().stream().noneMatch(w -> codes.containsKey(w.text()))) {
            return Optional.empty();
        }
        String name = segments.getFirst().text().strip();
        String probe = name.equals(name.toUpperCase(Locale.ROOT)) ? titleCase(name) : name;
        return PersonName.parse(probe).map(p -> name);
    }

    /** Whether a line starts with a person's name (a member's row, whatever its cells). */
    private static boolean namesFirst(TextLine line) {
        String first = line.segments(ColumnGap.EMS).getFirst().text().strip();
        return PersonName.parse(first.equals(first.toUpperCase(Locale.ROOT)) ? titleCase(first) : first).isPresent();
    }

    private static List<Float> columns(List<Row> rows, Map<String, AttendanceStatus> codes) {
        List<float[]> found = new ArrayList<>();
        for (Row r : rows) {
            for (Word w : r.line().words().subList(1, r.line().words().size())) {
                if (codes.containsKey(w.text())) {
                    float centre = (w.x0() + w.x1()) / 2;
                    found.stream().filter(c -> Math.abs(c[0] / c[1] - centre) <= w.fontSize()).findFirst()
                            .ifPresentOrElse(c -> { c[0] += centre; c[1]++; }, () -> found.add(new float[] {centre, 1}));
                }
            }
        }
        return found.stream().map(c -> c[0] / c[1]).sorted().toList();
    }

    /** The column the meeting's date is printed over, when the header is set upright above the codes. */
    private static Optional<Float> columnUnder(List<AttendanceZone.ZoneLine> zone, int page, LocalDate meeting,
                                              List<Float> columns) {
        for (AttendanceZone.ZoneLine z : zone) {
            if (z.page() != page || namesFirst(z.line())) {
                continue;
            }
            for (Word w : z.line().words()) {
                if (date(w.text()).filter(meeting::equals).isPresent()) {
                    float centre = (w.x0() + w.x1()) / 2;
                    Optional<Float> under = columns.stream().filter(c -> Math.abs(c - centre) <= w.fontSize()).findFirst();
                    if (under.isPresent()) {
                        return under;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The meeting dates heading the grid's columns, in date order. */
    private static List<LocalDate> headerDates(List<AttendanceZone.ZoneLine> zone, int page,
                                               Map<String, AttendanceStatus> codes) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (AttendanceZone.ZoneLine z : zone) {
            if (z.page() != page || namesFirst(z.line())) {
                continue;
            }
            for (Word w : z.line().words()) {
                date(w.text()).ifPresent(dates::add);
            }
        }
        return new ArrayList<>(dates);
    }

    private static Optional<LocalDate> date(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(3));
        try {
            return Optional.of(LocalDate.of(year < 100 ? 2000 + year : year, Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The legend's codes and what they mean; the usual letters where the paper prints none. */
    private static Map<String, AttendanceStatus> legend(List<AttendanceZone.ZoneLine> zone) {
        Map<String, AttendanceStatus> out = new HashMap<>();
        for (AttendanceZone.ZoneLine z : zone) {
            Matcher m = LEGEND.matcher(z.line().text());
            while (m.find()) {
                AttendanceStatus s = MEANINGS.get(m.group(2).toLowerCase(Locale.ROOT));
                if (s == null) {
                    s = MEANINGS.get(m.group(2).toLowerCase(Locale.ROOT).split(" ")[0]);
                }
                if (s != null) {
                    out.put(m.group(1), s);
                }
            }
        }
        if (out.isEmpty()) {
            MEANINGS.forEach((k, v) -> {
                if (k.startsWith("code:")) {
                    out.put(k.substring(5), v);
                }
            });
        }
        out.keySet().removeIf(k -> !CODE.matcher(k).matches());
        return out;
    }

    /** The x-range of a column headed "Type" (or the like) on the grid's page. */
    private static Optional<float[]> roleColumn(List<AttendanceZone.ZoneLine> zone, int page) {
        for (AttendanceZone.ZoneLine z : zone) {
            if (z.page() != page) {
                continue;
            }
            for (TextLine s : z.line().segments(ColumnGap.EMS)) {
                if (ROLE_HEADERS.contains(s.text().strip().toLowerCase(Locale.ROOT))) {
                    return Optional.of(new float[] {s.x0(), s.x1()});
                }
            }
        }
        return Optional.empty();
    }

    /** The text of a row's cell under the role header: its column's words, codes and dates left out. */
    private static String cell(TextLine line, float[] column, Map<String, AttendanceStatus> codes) {
        List<TextLine> segments = line.segments(ColumnGap.EMS);
        for (TextLine s : segments.subList(1, segments.size())) {
            if (s.x0() <= column[1] && s.x1() >= column[0]) {
                String text = s.words().stream().map(Word::text)
                        .filter(w -> !codes.containsKey(w) && date(w).isEmpty()).collect(Collectors.joining(" "));
                return text.isBlank() ? null : text;
            }
        }
        return null;
    }

    /** What a legend word or a note means ({@code Sanctioned}, {@code excused}), or {@code null}. */
    static AttendanceStatus meaning(String word) {
        return MEANINGS.get(word.strip().toLowerCase(Locale.ROOT));
    }

    /** A name printed in capitals, in the case the paper prints it elsewhere, else title case. */
    static String mixedCase(String name, List<TextLine> document) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        Pattern same = Pattern.compile("(?i)\\b" + Pattern.quote(name).replace(" ", "\\E\\s+\\Q") + "\\b");
        for (TextLine line : document) {
            Matcher m = same.matcher(line.text());
            while (m.find()) {
                String found = m.group();
                if (!found.equals(found.toUpperCase(Locale.ROOT))) {
                    return found.replaceAll("\\s+", " ");
                }
            }
        }
        return titleCase(name);
    }

    private static String titleCase(String name) {
        StringBuilder sb = new StringBuilder();
        Matcher m = Pattern.compile("\\p{L}+|[^\\p{L}]+").matcher(name);
        while (m.find()) {
            String t = m.group();
            sb.append(Character.isLetter(t.charAt(0)) ? t.charAt(0) + t.substring(1).toLowerCase(Locale.ROOT) : t);
        }
        return sb.toString();
    }

    private static Map<String, AttendanceStatus> meanings() {
        Map<String, AttendanceStatus> out = new HashMap<>();
        for (String line : Lexicon.words("attendance-codes")) {
            String[] parts = line.split("=");
            String key = parts[0].strip();
            out.put(key.startsWith("code:") ? key : key.toLowerCase(Locale.ROOT),
                    AttendanceStatus.valueOf(parts[1].strip().toUpperCase(Locale.ROOT)));
        }
        return out;
    }
}
