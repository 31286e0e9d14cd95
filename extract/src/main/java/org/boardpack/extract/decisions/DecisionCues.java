package org.boardpack.extract.decisions;

import org.boardpack.model.decisions.DecisionKind;

import org.boardpack.extract.lexicon.Lexicon;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording that marks a decision in English minutes (annotation guide, Decisions):
 * <ul>
 * <li>labels at the start of a paragraph: {@code RESOLVED that ...}, {@code Agreed: ...},
 * {@code DECISION: ...}, {@code NOTED the presentation.}, or a label alone ({@code RESOLVED},
 * {@code Agreed:}, {@code AGREED.}, {@code Approved}) that opens the paragraph below or closes the
 * sentence above;</li>
 * <li>in a sentence, a decision verb ({@code decision-verbs}) said of the meeting: impersonal
 * ({@code It was agreed that ...}, also inside a sentence: {@code After discussion it was agreed}),
 * with the meeting as subject ({@code The Board approved}, {@code Members RESOLVED to},
 * {@code Councillors agreed}, {@code the committee agrees}), passive ({@code The minutes ... were
 * confirmed as a true record}, {@code ... was adopted by the Board}), after a proposal
 * ({@code Proposed A, seconded B and agreed that}), a clipped label ({@code Agreed that ...},
 * {@code Accepted as a true record}) or an outcome closing a line ({@code Attendance Policy -
 * agreed}), minutes signed as a record ({@code were signed by the Chairman as a correct record},
 * {@code decision-record-verbs}), or a unanimous vote's note ({@code Unanimous adoption of previous minutes},
 * {@link NoteDecision}).</li>
 * </ul>
 * Not decisions: noting in a sentence ({@code The Board noted}), a person agreeing ({@code The clerk
 * agreed to}), agreements reported or to come ({@code had been agreed}, {@code will be agreed},
 * {@code as agreed}), approvals by another body ({@code approved by the Planning Committee}) or at
 * another meeting ({@code approved at the January meeting}), passive refusals (an appeal refused),
 * agreements to defer ({@code held over}), and accepting apologies.
 */
final class DecisionCues {

    /** Lines that open a decision paragraph, for paragraph splitting. */
    static final Pattern OPENER = Pattern.compile(
            "^(?:(?i:agreed|resolved|decision|resolution)\\b\\s*(?i:unanimously\\b)?\\s*(?::|[–—]|-(?=\\s)|(?i:that)\\b|$)"
                    + "|(?:AGREED|RESOLVED|NOTED|APPROVED|ENDORSED|RATIFIED|ADOPTED|DECISION)\\b:?)");
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:\\(?(?:\\d{1,3}(?:\\.\\d{1,2}){0,2}|[a-z]|[ivx]{1,4})[.)]|[•●▪■◦‣∙·*\uF0B7\uF0A7])\\s+");
    /** A label's text that is only the stem of the resolutions below it: {@code RESOLVED – That}. */
    private static final Pattern STEM_ONLY = Pattern.compile("(?i)that\\s*[:,]?(?:\\s*[-–—])?");
    private static final Pattern THAT_OR_TO = Pattern.compile("^(?i:that|to)\\b");
    /** A sentence that is a motion's or recommendation's wording: {@code That the Council approves ...}. */
    private static final Pattern PROPOSED = Pattern.compile("^That\\s");
    private static final Pattern MINUTES = Pattern.compile("(?i)\\bminutes\\b");
    private static final Pattern REMARK = Pattern.compile("^\\s*(?:\\([^)]*\\)?)?[\\s.;,]*$");

    private final DecisionVocabulary words;
    private final Pattern label;
    private final Pattern bodySubject;
    private final Pattern bodyAtStart;
    private final Pattern impersonal;
    private final Pattern passive;
    private final Pattern coordinated;
    private final Pattern byOther;
    private final Pattern earlier;
    /** A sentence set at another meeting ({@code At that meeting …}): what it reports was agreed there. */
    private final Pattern elsewhere;
    private final Pattern leadingAdverbs;
    private final Pattern voted;
    private final Pattern reported;
    private final Pattern subordinatePassive;
    private final Pattern subordinateImpersonal;

    DecisionCues() {
        this(DecisionVocabulary.standard());
    }

    DecisionCues(DecisionVocabulary words) {
        this.words = words;
        String adverbs = "(?:(?i:" + words.adverbs() + ")\\s+)*";
        String body = "(?i:" + words.bodies() + ")";
        label = Pattern.compile("^(?<label>" + words.verbs().pattern().replace("\\b", "") + "|decisions?|resolutions?)\\b"
                + "\\s*(?<unan>unanimously\\b)?\\s*(?<sep>:-|:|[-–—](?=\\s|$))?\\s*(?<rest>.*)$",
                Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
        bodySubject = Pattern.compile("(?:^|[\\s,;(])(?:(?i:the)\\s+)?(?<qualifier>(?:[A-Z][\\w&'’.-]*\\s+){0,6}?)" + body
                + "\\s+" + adverbs + "$");
        reported = Pattern.compile("\\b(?i:" + words.reporting() + ")\\s+(?:[\\w’']+\\s+){0,4}?(?i:that)\\b");
        subordinatePassive = Pattern.compile("\\b(?i:" + words.subordinators() + ")\\s+(?:[^\\s,;]+\\s+){1,6}?(?i:was|were)\\s+"
                + adverbs + "$");
        subordinateImpersonal = Pattern.compile("\\b(?i:" + words.subordinators() + ")\\s+(?i:it)\\s+(?i:was|is)\\s+" + adverbs + "$");
        bodyAtStart = Pattern.compile("^(?:(?i:the)\\s+)?(?:[A-Z][\\w&'’.-]*\\s+){0,6}?" + body + "\\b");
        impersonal = Pattern.compile("\\b(?i:it\\s+(?:was|is))\\s+" + adverbs + "$");
        passive = Pattern.compile("\\b(?i:was|were)\\s+" + adverbs + "$");
        coordinated = Pattern.compile("\\b(?i:and)\\s+" + adverbs + "$");
        byOther = Pattern.compile("^\\s*by\\s+(?!(?:the\\s+)?" + body + "\\b|\\d)", Pattern.CASE_INSENSITIVE);
        leadingAdverbs = Pattern.compile("^\\s*(?:(?i:" + words.adverbs() + ")\\s+)+$");
        // "voted 5-0 to approve", "voted 6 to 3 to approve"
        voted = Pattern.compile("\\b(?i:voted)\\s+(?:\\d{1,3}\\s*(?:[-–]|\\s(?i:to)\\s)\\s*\\d{1,3}(?:\\s*[-–]\\s*\\d{1,3})?\\s+)?" + adverbs
                + "(?i:to)\\s+(?<verb>(?i:" + words.motionVerbAlternation() + "))\\b");
        elsewhere = Pattern.compile("^(?i:" + Lexicon.alternation("decision-other-meetings") + ")\\b");
        earlier = Pattern.compile("^\\s*(?:(?:at|in)\\s+(?:the|its)\\s+(?:last|previous|[A-Z]\\w*)\\b|on\\s+\\d|in\\s+\\d{4})");
    }

    /** A decision label at the start of a paragraph. */
    Optional<DecisionCue> label(String paragraph) {
        String text = LIST_MARKER.matcher(paragraph.strip()).replaceFirst("");
        Matcher m = label.matcher(text);
        if (!m.matches() || !Character.isUpperCase(m.group("label").charAt(0))) {
            return Optional.empty();
        }
        String word = m.group("label");
        String lower = word.toLowerCase(Locale.ROOT);
        String rest = m.group("rest").strip();
        boolean upper = word.equals(word.toUpperCase(Locale.ROOT));
        boolean separated = m.group("sep") != null;
        boolean unanimous = m.group("unan") != null;
        boolean formal = lower.equals("resolved") || lower.startsWith("resolution") || lower.startsWith("decision");
        DecisionKind kind = labelKind(lower, rest);
        if (kind == DecisionKind.NOTED && !separated && !upper) {
            return Optional.empty(); // "Noted", "Noted that ...": narrative, not a label
        }
        if (STEM_ONLY.matcher(rest).matches()) {
            // "RESOLVED – That" over "(1) the strategy be noted;" / "(2) …": a stem whose entries finish it
            return Optional.of(new DecisionCue(kind, "", DecisionCue.Form.OPENS, unanimous));
        }
        if (rest.matches("[.;,]*")) {
            if (separated || formal && rest.isEmpty()) {
                return Optional.of(new DecisionCue(kind, "", DecisionCue.Form.OPENS, unanimous));
            }
            return Optional.of(new DecisionCue(kind, text, DecisionCue.Form.ALONE, unanimous, words.refuses(word)));
        }
        if (rest.startsWith("(") && REMARK.matcher(rest).matches()) {
            // "Approved (Commissioner Brillinger abstained)": an outcome with a remark
            return Optional.of(new DecisionCue(kind, text, DecisionCue.Form.ALONE, unanimous, words.refuses(word)));
        }
        if (separated || (formal || upper) && THAT_OR_TO.matcher(rest).find()
                || upper && word.length() > 1 && rest.chars().anyMatch(Character::isLowerCase)) {
            return Optional.of(new DecisionCue(kind, rest, DecisionCue.Form.STATES, unanimous));
        }
        return Optional.empty();
    }

    /** A decision stated in a sentence read on its own, the meeting's body unknown. */
    Optional<DecisionCue> inSentence(String sentence) {
        return inSentence(sentence, List.of(), null);
    }

    /**
     * A decision stated in a sentence, its text the whole sentence.
     *
     * @param lines   the lines of the paragraph the sentence is from: an outcome word that starts a
     *                line of its own ({@code Approved}) closes what is above it
     * @param ownBody the name of the body whose meeting it is, or {@code null}: a subject named with
     *                words that are not in it ({@code the City Council} in a commission's minutes) is
     *                another body
     */
    Optional<DecisionCue> inSentence(String sentence, List<String> lines, String ownBody) {
        String s = LIST_MARKER.matcher(sentence.strip()).replaceFirst("");
        Optional<DecisionCue> labelled = label(s);
        if (labelled.isPresent() && labelled.get().states()) {
            return labelled;
        }
        if (PROPOSED.matcher(s).find()) {
            return Optional.empty(); // "That the Town Council approves ...": a resolution's wording without its label
        }
        if (elsewhere.matcher(s).find()) {
            return Optional.empty(); // "At that meeting it was agreed …": another meeting's agreement, reported
        }
        Optional<DecisionCue> vote = votedTo(s, ownBody);
        if (vote.isPresent()) {
            return vote;
        }
        Optional<DecisionCue> noted = NoteDecision.of(s);
        if (noted.isPresent()) {
            return noted; // "Unanimous adoption of previous minutes"
        }
        Matcher verb = words.verbs().matcher(s);
        while (verb.find()) {
            String v = verb.group();
            DecisionKind kind = words.kindOf(v);
            String before = s.substring(0, verb.start());
            String after = s.substring(verb.end());
            if (kind == DecisionKind.NOTED || words.decidesOnlyAsLabel(v) || insideBrackets(before) || reported.matcher(before).find()
                    || !said(v, before, after, s, lines, ownBody)) {
                continue;
            }
            if (byOther.matcher(after).find() || earlier.matcher(after).find()
                    || v.equalsIgnoreCase("confirmed") && !words.namesARecord(after)
                    || kind == DecisionKind.AGREED && (words.defers(after) || before.toLowerCase(Locale.ROOT).contains("apolog")
                    || after.toLowerCase(Locale.ROOT).contains("apolog"))) {
                continue;
            }
            if (words.refuses(v) && passive.matcher(before).find()) {
                continue; // "the appeal was refused": reported, not refused by the meeting
            }
            String stripped = after.strip();
            // the whole sentence: "It was RESOLVED to ...", "Members RESOLVED to ..." (only a label
            // heading its paragraph, "RESOLVED that ...", gives the resolution from "that")
            String text = s;
            boolean unanimous = before.toLowerCase(Locale.ROOT).matches("(?s).*\\bunanimously\\s+$")
                    || stripped.toLowerCase(Locale.ROOT).startsWith("unanimously");
            return Optional.of(new DecisionCue(kind, text, DecisionCue.Form.STATES, unanimous, false,
                    words.decidesEachEntry(v)));
        }
        return signedAsRecord(s);
    }

    /**
     * {@code The minutes of the last meeting were signed by the Chairman as a correct record}: minutes
     * signed as a record are minutes approved, whoever signs them (the chair signs for the meeting);
     * not where the signing is yet to come ({@code to be signed}, {@code will be signed}).
     */
    private Optional<DecisionCue> signedAsRecord(String s) {
        Matcher v = words.recordVerbs().matcher(s);
        if (!v.find() || !MINUTES.matcher(s).find() || !words.namesARecord(s.substring(v.end()))) {
            return Optional.empty();
        }
        String before = s.substring(0, v.start());
        if (!before.isBlank() && words.notTaken(lastWord(before)) || insideBrackets(before) || reported.matcher(before).find()) {
            return Optional.empty();
        }
        return Optional.of(new DecisionCue(DecisionKind.APPROVED, s, DecisionCue.Form.STATES, false));
    }

    /** {@code The Committee voted unanimously to approve the plan}: a vote of the meeting, its kind by what it voted to do. */
    private Optional<DecisionCue> votedTo(String s, String ownBody) {
        Matcher v = voted.matcher(s);
        if (!v.find()) {
            return Optional.empty();
        }
        String before = s.substring(0, v.start());
        Matcher body = bodySubject.matcher(before);
        boolean meeting = impersonal.matcher(before).find()
                || body.find() && (ownBody == null || namesOwnBody(body.group("qualifier"), ownBody));
        if (!meeting || reported.matcher(before).find()) {
            return Optional.empty();
        }
        DecisionKind kind = words.motionKind(v.group("verb"));
        return Optional.of(new DecisionCue(kind == null ? DecisionKind.OTHER : kind, s, DecisionCue.Form.STATES,
                v.group().toLowerCase(Locale.ROOT).contains("unanimously")));
    }

    /** Whether the verb is said of the meeting itself, by how the sentence leads up to it. */
    private boolean said(String verb, String before, String after, String sentence, List<String> lines, String ownBody) {
        if (!before.isBlank() && words.notTaken(lastWord(before))) {
            return false;
        }
        if (impersonal.matcher(before).find()) {
            return !subordinateImpersonal.matcher(before).find();
        }
        Matcher body = bodySubject.matcher(before);
        if (body.find()) {
            return ownBody == null || namesOwnBody(body.group("qualifier"), ownBody);
        }
        if (words.decidesOnlyWithSubject(verb)) {
            return false;
        }
        if (passive.matcher(before).find()) {
            return !subordinatePassive.matcher(before).find();
        }
        if (coordinated.matcher(before).find()) {
            String lead = sentence.toLowerCase(Locale.ROOT);
            return bodyAtStart.matcher(sentence).find() || lead.contains("seconded") || lead.startsWith("proposed")
                    || lead.matches("(?s).*\\b(?:was|were)\\b.*") || Character.isUpperCase(verb.charAt(0));
        }
        if (words.refuses(verb)) {
            return false; // a refusal standing alone is read only in a table's decision column
        }
        if (before.isBlank() || leadingAdverbs.matcher(before).matches()) {
            // a clipped label: "Agreed that ...", "Accepted as a true record", "Unanimously agreed that ..."
            return Character.isUpperCase(before.isBlank() ? verb.charAt(0) : before.strip().charAt(0))
                    && (after.isBlank() || after.matches("(?s)^\\s*(?:(?i:that|to|as|and|not|unanimously)\\b|[(:;,.–—-]).*"));
        }
        return closesALine(verb, before, after, lines);
    }

    /**
     * An outcome at the end of what it decides: after a dash, colon or full stop
     * ({@code Attendance Policy – agreed}, {@code ... 2022-2023. Agreed}), or starting a line of its
     * own ({@code Minutes from the December 16 meeting / Approved}).
     */
    private boolean closesALine(String verb, String before, String after, List<String> lines) {
        if (!REMARK.matcher(after).matches()) {
            return false;
        }
        if (before.strip().matches("(?s).*[–—:.]$|(?s).*\\s-$")) {
            return true;
        }
        String tail = (verb + after).replaceAll("\\s+", " ").strip();
        return lines.stream().map(l -> l.replaceAll("\\s+", " ").strip()).anyMatch(l -> !l.isEmpty() && tail.startsWith(l)
                && l.startsWith(verb) || l.equals(tail));
    }

    /** Whether every word naming the subject ({@code City} in {@code the City Council}) is in the meeting's body's name. */
    private static boolean namesOwnBody(String qualifier, String ownBody) {
        String own = " " + ownBody.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        for (String w : qualifier.strip().split("\\s+")) {
            String word = w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
            if (!word.isEmpty() && !own.contains(" " + word + " ")) {
                return false;
            }
        }
        return true;
    }

    private static boolean insideBrackets(String before) {
        return before.lastIndexOf('(') > before.lastIndexOf(')');
    }

    private static String lastWord(String before) {
        String[] parts = before.strip().split("[\\s,;]+");
        return parts.length == 0 ? "" : parts[parts.length - 1];
    }

    /** A label's kind: its verb's, a resolution's, or for {@code Decision:} the first verb of its text. */
    private DecisionKind labelKind(String label, String rest) {
        if (label.startsWith("resolution")) {
            return DecisionKind.RESOLVED;
        }
        if (label.startsWith("decision")) {
            Matcher v = words.verbs().matcher(rest);
            return v.find() ? words.kindOf(v.group()) : DecisionKind.OTHER;
        }
        return words.kindOf(label);
    }

    /**
     * The kind of an entry a label opens ({@code Decision:} over {@code That the plan be adopted}): a
     * {@code Decision} label's goes by the entry's first verb, like the label's own text would.
     */
    DecisionKind entryKind(String labelParagraph, DecisionCue cue, String entry) {
        Matcher m = label.matcher(LIST_MARKER.matcher(labelParagraph.strip()).replaceFirst(""));
        if (cue.refusal() || !m.matches() || !m.group("label").toLowerCase(Locale.ROOT).startsWith("decision")) {
            return cue.kind();
        }
        return labelKind("decision", entry);
    }

    DecisionVocabulary vocabulary() {
        return words;
    }
}
