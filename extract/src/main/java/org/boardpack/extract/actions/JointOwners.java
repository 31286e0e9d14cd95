package org.boardpack.extract.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The owners an action's owner as printed names: joint owners are written {@code A/B},
 * {@code A & B}, {@code A + B}, {@code A, B}, {@code A; B} or {@code A and B}; anything else is one
 * owner. The one place joint owners are split.
 */
public final class JointOwners {

    private static final Pattern BETWEEN = Pattern.compile("\\s*(?:/|&|\\+|,|;|\\band\\b)\\s*");

    private JointOwners() {
    }

    /** Each owner as printed, trimmed: one for most owners, none for separators alone. */
    public static List<String> of(String printed) {
        List<String> out = new ArrayList<>();
        for (String part : BETWEEN.split(printed)) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
