package org.boardpack.extract.decisions;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording that marks a decision in English minutes:
 * <ul>
 * <li>labels at the start of a paragraph: {@code Agreed: That ...}, {@code Agreed that ...},
 * {@code RESOLVED that ...}, {@code RESOLVED} or {@code Agreed:} alone above the decision,
 * {@code Decision: ...}, {@code NOTED the presentation.} (a capitalised verb as label);</li>
 * <li>in running text: {@code It was agreed that ...}, and a body deciding in the active voice,
 * {@code The Board approved / endorsed / adopted / ratified / supported / noted ...}.</li>
 * </ul>
 * Passives without the body as agent ({@code the plan was noted}, {@code agreed by the A&E Board})
 * and other speakers ({@code Members noted}, {@code Partners noted}) are discussion, not decisions.
 */
final class DecisionCues {

    private static final String VERBS = "agreed|resolved|approved|endorsed|noted|ratified|adopted|decided|supported|accepted";
    private static final Pattern LABEL = Pattern.compile(
            "^(?<label>" + VERBS + "|decision|resolution)\\b\\s*(?<unan>unanimously\\b)?\\s*(?<sep>[:\\-–—])?\\s*(?<rest>.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern IT_WAS = Pattern.compile(
            "^It was (?<adv>(?:(?:also|further|therefore|then|subsequently|unanimously|formally|duly)\\s+)*)"
                    + "(?<verb>agreed|resolved|approved|endorsed|decided|ratified|adopted)\\b(?!\\s+by\\b)\\s*:?\\s*(?<rest>.*)$",
            Pattern.DOTALL);
    private static final Pattern BODY_VERB = Pattern.compile(
            "^(?:The|the)\\s+(?:(?:[A-Z][\\w&'’-]*|and|of|for)\\s+){0,7}?"
                    + "(?:Board|Committee|Sub-Committee|Panel|Cabinet|Council|Forum|Partnership|Executive|Assembly|Trust)\\s+"
                    + "(?<adv>(?:(?:also|further|formally|then|unanimously|duly|therefore)\\s+)*)(?<verb>" + VERBS + ")\\b",
            Pattern.DOTALL);
    /** Lines that open a decision paragraph, for paragraph splitting. */
    static final Pattern OPENER = Pattern.compile(
            "^(?:(?i:agreed|resolved|decision|resolution)\\b\\s*(?i:unanimously\\b)?\\s*(?::|[–—]|-(?=\\s)|(?i:that)\\b|$)"
                    + "|(?:AGREED|RESOLVED|NOTED|APPROVED|ENDORSED|RATIFIED|ADOPTED|DECISION)\\b:?)");
    private static final Pattern STARTS_THAT_OR_TO = Pattern.compile("^(?i:that|to)\\b");

    /** A decision label at the start of a paragraph. */
    Optional<DecisionCue> label(String text) {
        Matcher m = LABEL.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String label = m.group("label");
        String rest = m.group("rest").strip();
        boolean upper = label.equals(label.toUpperCase(Locale.ROOT));
        boolean separated = m.group("sep") != null;
        boolean strong = switch (label.toLowerCase(Locale.ROOT)) {
            case "agreed", "resolved", "decision", "decided", "resolution" -> true;
            default -> false;
        };
        boolean capitalised = Character.isUpperCase(label.charAt(0));
        boolean accepted = capitalised && (separated || rest.isEmpty() || STARTS_THAT_OR_TO.matcher(rest).find()
                || upper && !rest.isEmpty());
        if (!accepted || (rest.isEmpty() && !separated && !upper && !strong)) {
            return Optional.empty();
        }
        return Optional.of(new DecisionCue(kindOf(label), rest, rest.isEmpty(), strong, m.group("unan") != null));
    }

    /** A decision stated inside a paragraph's sentence. */
    Optional<DecisionCue> inSentence(String sentence) {
        String s = sentence.strip();
        Optional<DecisionCue> label = label(s);
        if (label.isPresent() && !label.get().alone()) {
            return label;
        }
        Matcher it = IT_WAS.matcher(s);
        if (it.matches() && !it.group("rest").isBlank()) {
            return Optional.of(new DecisionCue(kindOf(it.group("verb")), it.group("rest").strip(), false, true,
                    it.group("adv").contains("unanimously")));
        }
        Matcher body = BODY_VERB.matcher(s);
        if (body.find()) {
            return Optional.of(new DecisionCue(kindOf(body.group("verb")), s, false, true,
                    body.group("adv").contains("unanimously")));
        }
        return Optional.empty();
    }

    /** The kinds the format names; a verb it does not name (adopted, ratified, supported) is other. */
    static DecisionKind kindOf(String verb) {
        return switch (verb.toLowerCase(Locale.ROOT)) {
            case "agreed" -> DecisionKind.AGREED;
            case "resolved", "resolution" -> DecisionKind.RESOLVED;
            case "approved" -> DecisionKind.APPROVED;
            case "noted" -> DecisionKind.NOTED;
            case "endorsed" -> DecisionKind.ENDORSED;
            default -> DecisionKind.OTHER;
        };
    }
}
