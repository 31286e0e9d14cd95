package org.boardpack.extract.decisions;

import org.boardpack.model.decisions.DecisionKind;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.boardpack.extract.lexicon.Lexicon;

/**
 * The words decisions are read by, loaded once from the lexicon: decision verbs and the kind each
 * gives ({@code decision-verbs}), what a motion moves ({@code motion-verbs}), the nouns that name
 * the meeting as a subject ({@code decision-bodies}), adverbs allowed before a verb, the words that
 * say a decision was not taken now ({@code decision-not-taken}), deferral wording, the phrases that
 * make a confirmation a minutes approval, verbs that report speech and conjunctions that subordinate
 * ({@code decision-reporting}, {@code decision-subordinators}), the verbs that approve minutes only
 * beside such a phrase ({@code decision-record-verbs}), how votes are reported
 * ({@code motion-outcomes}, {@code vote-labels}).
 */
final class DecisionVocabulary {

    private static final DecisionVocabulary STANDARD = new DecisionVocabulary();
    /** The side of a vote label that says everyone voted one way. */
    private static final String UNANIMOUS = "unanimous";

    private final Map<String, DecisionKind> verbs = new LinkedHashMap<>();
    private final Set<String> refusals;
    private final Set<String> perEntry;
    private final Set<String> labelOnly;
    private final Set<String> subjectOnly;
    private final Map<String, DecisionKind> motionVerbs = new LinkedHashMap<>();
    private final Map<String, Boolean> outcomes = new LinkedHashMap<>();
    private final Map<String, String> voteSides = new LinkedHashMap<>();
    private final Set<String> afterAll;
    private final Set<String> notTaken;
    private final Set<String> adverbs;
    private final Pattern verbPattern;
    private final String bodies;
    private final String adverbAlternation;
    private final Pattern deferral;
    private final Pattern recordPhrase;
    private final Pattern recordVerb;
    private final String reporting;
    private final String subordinators;
    private final String voteHeadings;

    private DecisionVocabulary() {
        List<String[]> verbEntries = pairs("decision-verbs");
        verbEntries.forEach(e -> verbs.put(e[0], kind(e[1])));
        refusals = verbEntries.stream().filter(e -> e.length > 2 && e[2].equals("refusal")).map(e -> e[0])
                .collect(Collectors.toUnmodifiableSet());
        perEntry = verbEntries.stream().filter(e -> e.length > 2 && e[2].equals("each")).map(e -> e[0])
                .collect(Collectors.toUnmodifiableSet());
        labelOnly = verbEntries.stream().filter(e -> e.length > 2 && e[2].equals("label")).map(e -> e[0])
                .collect(Collectors.toUnmodifiableSet());
        subjectOnly = verbEntries.stream().filter(e -> e.length > 2 && e[2].equals("subject")).map(e -> e[0])
                .collect(Collectors.toUnmodifiableSet());
        pairs("motion-verbs").forEach(e -> motionVerbs.put(e[0], kind(e[1])));
        pairs("motion-outcomes").forEach(e -> outcomes.put(e[0], e[1].equals("carried")));
        List<String[]> labelEntries = pairs("vote-labels");
        labelEntries.forEach(e -> voteSides.put(e[0], e[1]));
        afterAll = labelEntries.stream().filter(e -> e.length > 2 && e[2].equals("all")).map(e -> e[0])
                .collect(Collectors.toUnmodifiableSet());
        notTaken = Set.copyOf(Lexicon.words("decision-not-taken").stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
        adverbs = Set.copyOf(Lexicon.words("decision-adverbs").stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
        verbPattern = Pattern.compile("\\b(?:" + alternationOf(verbs.keySet()) + ")\\b", Pattern.CASE_INSENSITIVE);
        bodies = Lexicon.alternation("decision-bodies");
        adverbAlternation = Lexicon.alternation("decision-adverbs");
        deferral = Pattern.compile("\\b" + Lexicon.alternation("decision-deferrals") + "\\b", Pattern.CASE_INSENSITIVE);
        reporting = Lexicon.alternation("decision-reporting");
        subordinators = Lexicon.alternation("decision-subordinators");
        voteHeadings = Lexicon.alternation("vote-headings");
        recordVerb = Pattern.compile("\\b(?:" + Lexicon.alternation("decision-record-verbs") + ")\\b", Pattern.CASE_INSENSITIVE);
        recordPhrase = Pattern.compile("\\b" + Lexicon.alternation("decision-record-phrases") + "\\b",
                Pattern.CASE_INSENSITIVE);
    }

    static DecisionVocabulary standard() {
        return STANDARD;
    }

    /** Any decision verb, case-insensitive, as a whole word. */
    Pattern verbs() {
        return verbPattern;
    }

    /** The kind a decision verb gives, or {@code null} for a word that is not one. */
    DecisionKind kindOf(String verb) {
        return verbs.get(normal(verb));
    }

    boolean refuses(String verb) {
        return refusals.contains(normal(verb));
    }

    /** Whether a list the verb introduces holds one decision per entry ({@code the following were elected:}). */
    boolean decidesEachEntry(String verb) {
        return perEntry.contains(normal(verb));
    }

    /** Whether the verb decides only as a label heading its paragraph ({@code RECOMMENDED to Council that …}). */
    boolean decidesOnlyAsLabel(String verb) {
        return labelOnly.contains(normal(verb));
    }

    /**
     * Whether the verb decides only said by the meeting itself or impersonally ({@code The Sub-Committee
     * determined to grant}, {@code it was determined that}): passive or clipped it says something else
     * ({@code the Chair was determined to}, {@code applications determined under delegated powers}).
     */
    boolean decidesOnlyWithSubject(String verb) {
        return subjectOnly.contains(normal(verb));
    }

    /** The kind a carried motion gives by the verb it moves, or {@code null}. */
    DecisionKind motionKind(String verb) {
        return motionVerbs.get(normal(verb));
    }

    String motionVerbAlternation() {
        return alternationOf(motionVerbs.keySet());
    }

    /** Whether an outcome word says the motion carried ({@code true}), was lost ({@code false}), or {@code null}. */
    Boolean carried(String outcome) {
        return outcomes.get(normal(outcome));
    }

    String outcomeAlternation() {
        return alternationOf(outcomes.keySet());
    }

    /** {@code for}, {@code against} or {@code abstain} for a vote label, or {@code null}. */
    String voteSide(String label) {
        return voteSides.get(normal(label));
    }

    /** The labels of a counted side ({@code for}, {@code against}, {@code abstain}), as an alternation. */
    String voteLabelAlternation() {
        return alternationOf(voteSides.entrySet().stream().filter(e -> !e.getValue().equals(UNANIMOUS))
                .map(Map.Entry::getKey).collect(Collectors.toSet()));
    }

    /** The words that alone say a vote was unanimous ({@code unanimously}, {@code unanimous}), as an alternation. */
    String unanimityAlternation() {
        return alternationOf(voteSides.entrySet().stream().filter(e -> e.getValue().equals(UNANIMOUS))
                .map(Map.Entry::getKey).collect(Collectors.toSet()));
    }

    /** The labels that say a vote was unanimous after {@code all} ({@code All in favour}), as an alternation. */
    String afterAllAlternation() {
        return alternationOf(afterAll);
    }

    /** Words that may head a division line ({@code Voting:}), as an alternation. */
    String voteHeadingAlternation() {
        return voteHeadings;
    }

    boolean notTaken(String word) {
        return notTaken.contains(normal(word));
    }

    boolean adverb(String word) {
        return adverbs.contains(normal(word));
    }

    /** An alternation of the nouns that name the meeting ({@code Board}, {@code Members}). */
    String bodies() {
        return bodies;
    }

    String adverbs() {
        return adverbAlternation;
    }

    /** An alternation of the verbs that report speech ({@code advised}, {@code pointed out}). */
    String reporting() {
        return reporting;
    }

    /** An alternation of the conjunctions that open a subordinate clause ({@code before}, {@code until}). */
    String subordinators() {
        return subordinators;
    }

    boolean defers(String text) {
        return deferral.matcher(text).find();
    }

    /** A verb that approves minutes only beside a record phrase ({@code signed}, {@code decision-record-verbs}). */
    Pattern recordVerbs() {
        return recordVerb;
    }

    boolean namesARecord(String text) {
        return recordPhrase.matcher(text).find();
    }

    private static String normal(String word) {
        return word.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static List<String[]> pairs(String vocabulary) {
        return Lexicon.words(vocabulary).stream().map(w -> {
            // the last words are the columns; a form may itself be two words ("in agreement")
            String[] parts = w.split("\\s+");
            String last = parts[parts.length - 1];
            int columns = last.equals("refusal") || last.equals("each") || last.equals("all")
                    || last.equals("label") || last.equals("subject") ? 2 : 1;
            String form = String.join(" ", List.of(parts).subList(0, parts.length - columns));
            String[] out = new String[columns + 1];
            out[0] = form.toLowerCase(Locale.ROOT);
            System.arraycopy(parts, parts.length - columns, out, 1, columns);
            return out;
        }).toList();
    }

    private static DecisionKind kind(String name) {
        return DecisionKind.valueOf(name.toUpperCase(Locale.ROOT));
    }

    private static String alternationOf(Set<String> forms) {
        return forms.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(f -> Pattern.quote(f).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
    }
}
