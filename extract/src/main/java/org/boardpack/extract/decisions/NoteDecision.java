package org.boardpack.extract.decisions;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.extract.lexicon.Lexicon;
import org.boardpack.model.decisions.DecisionKind;

/**
 * A decision noted as a noun phrase in informal minutes: a unanimous vote, then the decision's noun
 * and what it was of ({@code Unanimous adoption of previous minutes}, {@code Unanimous approval of
 * the budget}). The noun gives the kind ({@code decision-nouns}); the vote word is required, since
 * the noun phrase alone ({@code Approval of the minutes}) is how agendas title an item.
 */
final class NoteDecision {

    private static final Map<String, DecisionKind> NOUNS = nouns();
    private static final Pattern NOTE = Pattern.compile("^(?i:unanimous|unanimously)\\s+(?<noun>(?i:"
            + String.join("|", NOUNS.keySet()) + "))\\s+(?i:of|to)\\s+\\S");

    private NoteDecision() {
    }

    /** The decision a sentence notes this way: the whole note its text, unanimous. */
    static Optional<DecisionCue> of(String sentence) {
        Matcher m = NOTE.matcher(sentence.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        DecisionKind kind = NOUNS.get(m.group("noun").toLowerCase(Locale.ROOT));
        return Optional.of(new DecisionCue(kind, sentence.strip(), DecisionCue.Form.STATES, true));
    }

    private static Map<String, DecisionKind> nouns() {
        Map<String, DecisionKind> out = new LinkedHashMap<>();
        for (String line : Lexicon.words("decision-nouns")) {
            String[] parts = line.strip().split("\\s+");
            out.put(parts[0].toLowerCase(Locale.ROOT), DecisionKind.valueOf(parts[1].toUpperCase(Locale.ROOT)));
        }
        return Map.copyOf(out);
    }
}
