package org.boardpack.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query parameters of one request, validated as they are read: a name the address does not
 * take, a value too long, a control character or a repeated single value is a 400 naming the
 * parameter. An empty value is no value (an empty form field).
 */
public final class Params {

    /** Longer than any query, name or id a person types. */
    static final int MAX_CHARS = 500;

    private final Map<String, List<String>> values;

    private Params(Map<String, List<String>> values) {
        this.values = values;
    }

    /** @param allowed the names this address takes; any other is refused */
    public static Params of(Map<String, List<String>> values, Set<String> allowed) {
        for (Map.Entry<String, List<String>> e : values.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw HttpProblem.badRequest("unknown parameter '" + clip(e.getKey()) + "'; this address takes "
                        + (allowed.isEmpty() ? "none" : String.join(", ", new TreeSet<>(allowed))));
            }
            for (String v : e.getValue()) {
                if (v.length() > MAX_CHARS) {
                    throw HttpProblem.badRequest(e.getKey() + ": longer than " + MAX_CHARS + " characters");
                }
                if (v.chars().anyMatch(c -> Character.isISOControl(c))) {
                    throw HttpProblem.badRequest(e.getKey() + ": contains a control character");
                }
            }
        }
        return new Params(values);
    }

    /** The value stripped, or null when absent or empty; given twice is a 400. */
    public String text(String name) {
        List<String> vs = nonEmpty(name);
        if (vs.size() > 1) {
            throw HttpProblem.badRequest(name + ": given " + vs.size() + " times; give it once");
        }
        return vs.isEmpty() ? null : vs.getFirst();
    }

    /** The value, which must be there. */
    public String required(String name) {
        String v = text(name);
        if (v == null) {
            throw HttpProblem.badRequest(name + ": missing; this address needs it");
        }
        return v;
    }

    /** Every value, each split at commas, lower-cased ({@code type=decision&type=action} = {@code type=decision,action}). */
    public Set<String> words(String name) {
        Set<String> words = new LinkedHashSet<>();
        for (String v : nonEmpty(name)) {
            for (String w : v.split(",")) {
                if (!w.isBlank()) {
                    words.add(w.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }

    /** A whole number in [min, max], or {@code fallback} when absent. */
    public int integer(String name, int fallback, int min, int max) {
        String v = text(name);
        if (v == null) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest(name + ": '" + clip(v) + "' is not a whole number");
        }
        if (n < min || n > max) {
            throw HttpProblem.badRequest(name + ": " + n + " is outside " + min + " to " + max);
        }
        return n;
    }

    /** One of {@code choices} (any case), or {@code fallback} when absent. */
    public String choice(String name, List<String> choices, String fallback) {
        String v = text(name);
        if (v == null) {
            return fallback;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (!choices.contains(lower)) {
            throw HttpProblem.badRequest(name + ": '" + clip(v) + "' is not one of " + String.join(", ", choices));
        }
        return lower;
    }

    /** A check box: absent is false; {@code 1}, {@code true}, {@code on} true; {@code 0}, {@code false} false. */
    public boolean flag(String name) {
        String v = text(name);
        if (v == null) {
            return false;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "1", "true", "on", "yes" -> true;
            case "0", "false", "off", "no" -> false;
            default -> throw HttpProblem.badRequest(name + ": '" + clip(v) + "' is not true or false");
        };
    }

    private List<String> nonEmpty(String name) {
        List<String> vs = new ArrayList<>();
        for (String v : values.getOrDefault(name, List.of())) {
            if (!v.isBlank()) {
                vs.add(v.strip());
            }
        }
        return vs;
    }

    /** A value quoted back in a message, cut short. */
    static String clip(String v) {
        return v.length() <= 60 ? v : v.substring(0, 60) + "…";
    }
}
