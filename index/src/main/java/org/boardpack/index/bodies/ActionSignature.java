package org.boardpack.index.bodies;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.boardpack.model.actions.ActionRefs;

/**
 * An action as evidence of the body whose papers list it: its reference ({@code 31} =
 * {@code Action 31}, {@link ActionRefs}) with its wording (case, punctuation and spacing aside).
 * Two bodies' packs do not list the same numbered action in the same words, so two names whose
 * papers in different folders both list one are one body's, if the names can be (an acronym and
 * its expansion, a short and a formal name). A wording of fewer than {@link #MIN_WORDS} words
 * ({@code Noted}, {@code See minutes}) is too common to tell bodies apart and gives no signature.
 */
public final class ActionSignature {

    /** Wordings shorter than this are too common to be evidence. */
    static final int MIN_WORDS = 4;

    private ActionSignature() {
    }

    /** The signature of an action printed with {@code ref} and {@code description}; null when it has none. */
    public static String of(String ref, String description) {
        String key = ActionRefs.key(ref);
        if (key == null || description == null) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (String w : description.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words.size() < MIN_WORDS ? null : key + "|" + String.join(" ", words);
    }
}
