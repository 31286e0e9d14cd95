package org.boardpack.extract.actions;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The role each column heading names in an action log ({@link ActionVocabulary#logRole}),
 * remembered for one reading of one document: every row of every table, and every free line
 * under a possible unruled header, is asked whether it is a log's header, and the same cells
 * ({@code Action}, {@code Complete}, a name) come back row after row. Made afresh by each
 * extraction that reads headers, so nothing it remembers outlives the document (not thread-safe).
 */
final class HeadingRoles {

    private final ActionVocabulary words;
    private final Map<String, Optional<LogHeader.Role>> known = new HashMap<>();

    HeadingRoles(ActionVocabulary words) {
        this.words = words;
    }

    /** A fresh memory over the standard vocabulary. */
    static HeadingRoles standard() {
        return new HeadingRoles(ActionVocabulary.standard());
    }

    /** The role a heading names, or null. */
    LogHeader.Role role(String heading) {
        return known.computeIfAbsent(heading, h -> Optional.ofNullable(words.logRole(h))).orElse(null);
    }
}
