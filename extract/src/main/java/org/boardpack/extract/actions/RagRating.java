package org.boardpack.extract.actions;

import org.boardpack.extract.lexicon.Lexicon;
import org.boardpack.model.actions.ActionStatus;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An action's RAG rating ({@code Red}, {@code Amber}, {@code Green}, BRAG's {@code Blue}; also
 * {@code Amber/Green}) read as the status it rates: by the paper's own key where it prints one
 * ({@code Green = Complete}, {@code Red – overdue}: action logs define their colours differently,
 * green is "complete" in some and "on track" in others), else by the {@code action-rag} vocabulary.
 * A cell holding anything but colours is no rating.
 */
public final class RagRating {

    private static final Map<String, ActionStatus> COLOURS = colours();
    private static final Pattern COLOUR = Pattern.compile("(?i)(?<!\\w)(" + String.join("|", COLOURS.keySet()) + ")(?!\\w)");
    /** A cell of colours only: {@code Green}, {@code Amber / Green}, {@code RED}. */
    private static final Pattern ONLY_COLOURS = Pattern.compile("(?i)\\s*(?:" + COLOUR.pattern()
            + "\\s*(?:[/&,-]|and|to)?\\s*)+[.]?\\s*");
    /** A key's entry: a colour, a dash, equals sign or colon, and what it means up to the next colour. */
    private static final String COLOURS_ALT = "(?:" + String.join("|", COLOURS.keySet()) + ")";
    private static final String KEY_SEP = "\\s*(?:=|:|–|—|-)\\s*";
    private static final Pattern KEY_ENTRY = Pattern.compile("(?i)[\\s;,|]*(?<!\\w)(" + COLOURS_ALT + ")" + KEY_SEP
            + "([^=:–—]+?)(?=[\\s;,|]*" + COLOURS_ALT + KEY_SEP + "|\\s*$)");
    /** What a key's line may open with: {@code Key:}, {@code RAG rating key –}. */
    private static final Pattern KEY_LABEL = Pattern.compile("(?i)^(?:(?:rag|brag)\\s+)?(?:rating\\s+|status\\s+)?key\\s*[:–—-]?\\s*");

    private final Map<String, ActionStatus> key;

    private RagRating(Map<String, ActionStatus> key) {
        this.key = Map.copyOf(key);
    }

    /** The ratings of a paper that prints no key. */
    public static RagRating standard() {
        return new RagRating(Map.of());
    }

    /**
     * The ratings as the paper's key lines define them ({@code Key: Green = Complete; Amber = On
     * track; Red = Overdue}); a colour the key leaves out, or defines in words of no status, keeps
     * the standard meaning.
     */
    public static RagRating keyed(Iterable<String> lines, ActionVocabulary words) {
        Map<String, ActionStatus> key = new HashMap<>();
        for (String line : lines) {
            // a key's line is entries only, perhaps after its label: not a sentence that names a colour
            Matcher m = KEY_ENTRY.matcher(KEY_LABEL.matcher(line.strip()).replaceFirst(""));
            for (int at = 0; m.find() && m.start() == at; at = m.end()) {
                ActionStatus meant = words.status(m.group(2));
                if (meant != null) {
                    key.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), meant);
                }
            }
        }
        return new RagRating(key);
    }

    /**
     * The status a cell of colours rates, or null when the cell is not a rating. Two colours
     * ({@code Amber/Green}, a rating moving between them) rate one status only when both agree.
     */
    public ActionStatus status(String cell) {
        if (cell == null || !ONLY_COLOURS.matcher(cell).matches()) {
            return null;
        }
        Set<ActionStatus> meant = EnumSet.noneOf(ActionStatus.class);
        Matcher m = COLOUR.matcher(cell);
        while (m.find()) {
            String colour = m.group(1).toLowerCase(Locale.ROOT);
            meant.add(key.getOrDefault(colour, COLOURS.get(colour)));
        }
        return meant.size() == 1 ? meant.iterator().next() : ActionStatus.OTHER;
    }

    private static Map<String, ActionStatus> colours() {
        Map<String, ActionStatus> out = new java.util.LinkedHashMap<>();
        for (String line : Lexicon.words("action-rag")) {
            int colon = line.indexOf(':');
            out.put(line.substring(colon + 1).strip().toLowerCase(Locale.ROOT),
                    ActionStatus.valueOf(line.substring(0, colon).strip().toUpperCase(Locale.ROOT)));
        }
        return out;
    }
}
