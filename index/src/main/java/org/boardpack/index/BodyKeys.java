package org.boardpack.index;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.boardpack.model.meetings.Meeting;

/**
 * The exact terms a body is filtered by: its name in lower case and its slug. The slug is indexed
 * both as the meeting id has it and as made from the name, so {@code --body} matches what a user
 * copies from either the human output (the name) or the JSON (the id).
 */
final class BodyKeys {

    private BodyKeys() {
    }

    /** Keys indexed for the meeting's body. */
    static Set<String> of(Meeting meeting) {
        Set<String> keys = new LinkedHashSet<>();
        if (meeting.body() != null && !meeting.body().isBlank()) {
            keys.add(lower(meeting.body()));
            keys.add(slug(meeting.body()));
        }
        int slash = meeting.id() == null ? -1 : meeting.id().indexOf('/');
        if (slash > 0) {
            keys.add(meeting.id().substring(0, slash));
        }
        keys.remove("");
        return keys;
    }

    /** Keys any of which a body named {@code given} (a name or a slug, any case) is indexed under. */
    static Set<String> ofQuery(String given) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(lower(given));
        keys.add(slug(given));
        keys.remove("");
        return keys;
    }

    private static String lower(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** {@code Northfield Carers' Trust Board} → {@code northfield-carers-trust-board}. */
    static String slug(String s) {
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT)
                .replaceAll("['’]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
    }
}
