package org.boardpack.extract.actions;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An action label run on after the last sentence of a paragraph ({@code … presented at the next
 * meeting. ACTION: SP}, {@code … to the Board. (Action: Director of Finance)}): a word processor sets it on the paragraph's last line where the line has
 * room, a browser may wrap it onto a line of its own; either way it closes the paragraph as an
 * {@code ACTION: owner} line would. Only the label after a sentence's end, at the line's end, is
 * such a cue; whether its tail names an owner is the caller's test.
 */
final class RunInCue {

    /** The tail after the label is an owner's few words at most. */
    private static final int TAIL_CHARS = 40;

    /** The line's text before the cue (the paragraph's last words) and the cue itself. */
    record Split(String head, String cue) {
    }

    private final Pattern runIn;

    RunInCue(ActionVocabulary words) {
        String label = words.label().pattern().replace("(?i)", "");
        // the cue may be bracketed, as councils print it: "… to the Board. (Action: Director of Finance)"
        this.runIn = Pattern.compile("(?i)^(.*?[.!?])\\s+\\(?(" + label + "\\s*[:\\-–—]?\\s*[^\\s()][^()]{0,"
                + TAIL_CHARS + "}?)\\)?$");
    }

    Optional<Split> of(String line) {
        Matcher m = runIn.matcher(line.strip());
        return m.matches() ? Optional.of(new Split(m.group(1).strip(), m.group(2).strip())) : Optional.empty();
    }
}
