package org.boardpack.extract.meetings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.boardpack.ingest.TextLine;

/**
 * A key-value header as charities and trusts print it at the top of agendas and minutes:
 * {@code Title of meeting | Trustee Board meeting}, {@code Date | Tuesday 20 July 2021},
 * {@code Place | Zoom}, {@code Attendees | Name (XX), Name (YY), ...} — labels in a left-hand
 * column, values beside them, long values wrapping under themselves.
 */
public record KeyValueHeader(Map<String, Entry> entries) {

    /** One value with the lines it was read from (the first holds the label). */
    public record Entry(String label, String value, List<TextLine> lines, float valueX) {
    }

    private static final Pattern LABEL = Pattern.compile(
            "(?i)^(title of meeting|meeting title|meeting|date|time|place|venue|location|attendees|attendance|present"
                    + "|members present|in attendance|invited|also in attendance|apologies|apologies received|absent|chair"
                    + "|minute taker|minutes)\\s*:?$");
    private static final float COLUMN_GAP_EMS = 1.5f;

    /** Reads label-value rows from the given lines; empty when fewer than two rows are found. */
    public static Optional<KeyValueHeader> read(List<TextLine> lines) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        Entry current = null;
        for (TextLine line : lines) {
            List<TextLine> segments = line.segments(COLUMN_GAP_EMS);
            String first = segments.getFirst().text().strip();
            if (segments.size() > 1 && LABEL.matcher(first).matches()) {
                String label = first.replaceFirst(":$", "").strip().toLowerCase(Locale.ROOT);
                TextLine valueStart = segments.get(1);
                String value = join(segments.subList(1, segments.size()));
                current = new Entry(label, value, new ArrayList<>(List.of(line)), valueStart.x0());
                entries.putIfAbsent(label, current);
            } else if (current != null && line.x0() >= current.valueX() - 2 && isNextLine(current, line)) {
                List<TextLine> ls = new ArrayList<>(current.lines());
                ls.add(line);
                Entry grown = new Entry(current.label(), current.value() + " " + line.text().strip(), ls, current.valueX());
                entries.put(current.label(), grown);
                current = grown;
            } else if (current != null) {
                current = null;
            }
        }
        return entries.size() >= 2 ? Optional.of(new KeyValueHeader(Map.copyOf(entries))) : Optional.empty();
    }

    public Optional<Entry> get(String... labels) {
        for (String l : labels) {
            Entry e = entries.get(l);
            if (e != null) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static boolean isNextLine(Entry current, TextLine line) {
        TextLine last = current.lines().getLast();
        return line.bottom() - last.bottom() < 1.8f * line.fontSize();
    }

    private static String join(List<TextLine> segments) {
        StringBuilder sb = new StringBuilder();
        for (TextLine s : segments) {
            sb.append(sb.isEmpty() ? "" : " ").append(s.text().strip());
        }
        return sb.toString();
    }
}
