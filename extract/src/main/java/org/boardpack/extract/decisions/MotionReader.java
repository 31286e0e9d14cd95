package org.boardpack.extract.decisions;

import org.boardpack.model.decisions.DecisionKind;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.extract.lexicon.Lexicon;

/**
 * Motions as US boards and commissions minute them: the sentence that states the motion
 * ({@code Motion: Vice Chair Tran entertained a motion to approve ...}, {@code A motion to approve
 * ... was made by ... and seconded by ...}, {@code X made a motion to endorse ...}, {@code X moved
 * to accept ...}, {@code Cllr A moved that the report be approved}) is the decision once a later sentence of the item says it carried
 * ({@code Motion: Passed.}, {@code Motion passed 5-0-1.}, {@code which passed with a 4-0 vote},
 * {@code Motion carried}); a motion that failed, was withdrawn, or on which no vote was taken is
 * not a decision. A roll-call result line ({@code 11 votes to approve PPL for ...}) is a decision
 * of its own unless a failure follows. The kind goes by the verb moved ({@code motion-verbs}); the
 * vote is read from the motion to its outcome.
 */
final class MotionReader {

    /**
     * How many sentences after an English proposal its outcome may come ({@code Carried.}, {@code On
     * being put to the vote the motion was carried}): further on, an outcome is another matter's.
     */
    private static final int PROPOSAL_REACH = 2;
    private static final Pattern LABEL = Pattern.compile("^(?i:motion)\\s*:\\s*");

    private final DecisionVocabulary words;
    private final VoteReader votes;
    private final Pattern motion;
    private final Pattern result;
    private final Pattern outcome;
    private final Pattern noVote = Pattern.compile("(?i)\\bno vote was taken\\b");

    MotionReader(DecisionVocabulary words, VoteReader votes) {
        this.words = words;
        this.votes = votes;
        String verbs = words.motionVerbAlternation();
        motion = Pattern.compile("(?i)\\b(?:motion\\s+to|moved\\s+to)\\s+(?<verb>" + verbs + ")\\b"
                // "Proposed by Cllr A, seconded by Cllr B, that the precept be set at £30,000": a motion as English minutes put it
                + "|(?i)\\b(?:" + Lexicon.alternation("motion-proposers") + ")\\b(?<proposal>[^.;]{0,80}?\\bseconded\\b[^.;]{0,80}?)\\s*,?\\s+that\\b"
                // "Cllr A moved (proposed) that the report be approved": the motion's verb in it
                + "|(?i)\\b(?:moved|motion|proposed)\\s+that\\s+[^.;]{1,120}?\\bbe\\s+(?<done>" + words.verbs().pattern() + ")"
                + "|(?i)\\bmotion\\s+to\\s+(?<other>\\w+)");
        result = Pattern.compile("(?i)^(?<n>\\d{1,3})\\s+votes?\\s+to\\s+(?<verb>" + verbs + ")\\b");
        // an outcome said of the motion, or a sentence that is its outcome word: "Carried.", "CARRIED unanimously"
        outcome = Pattern.compile("(?i)(?:^\\s*|\\b(?:motions?|which|it|this|and|was|were)\\b\\s*:?\\s*)(?:was\\s+|were\\s+)?(?:duly\\s+)?(?<o>"
                + words.outcomeAlternation() + ")\\b"
                // "...; all agreed.", "All agreed": the whole meeting for the motion (motion-assents)
                + "|(?i)\\b(?<all>" + Lexicon.alternation("motion-assents") + ")\\b");
    }

    /** A sentence's place in an item: paragraph and sentence index. */
    record At(int paragraph, int sentence) {
    }

    /** A carried motion: its text, kind, vote, the record after it (mover, seconder, vote), and the last sentence its record runs to. */
    record Carried(String text, DecisionKind kind, String vote, String context, At end) {
    }

    /** Whether a sentence states a motion or a roll-call result. */
    boolean isMotion(String sentence) {
        return motionIn(sentence) != null || result.matcher(sentence.strip()).find();
    }

    /**
     * The motion a sentence states, or {@code null}. A proposal whose own words decide it
     * ({@code Proposed by A, seconded by B and RESOLVED that ...}) is a decision read by its verb, not
     * a motion waiting for its outcome.
     */
    private Matcher motionIn(String sentence) {
        Matcher m = motion.matcher(sentence);
        if (!m.find()) {
            return null;
        }
        if (m.group("proposal") != null && words.verbs().matcher(m.group("proposal")).find()) {
            return null;
        }
        return m;
    }

    /**
     * The motion that a sentence states, if it carried.
     *
     * @param sentences the item's sentences, paragraph by paragraph
     */
    Optional<Carried> read(List<List<String>> sentences, At at) {
        String s = sentences.get(at.paragraph()).get(at.sentence()).strip();
        Matcher r = result.matcher(s);
        boolean isResult = r.find();
        Matcher m = motionIn(s);
        if (!isResult && m == null) {
            return Optional.empty();
        }
        DecisionKind kind;
        if (!isResult && m.group("done") != null) {
            kind = words.kindOf(m.group("done")); // "moved that the report be approved"
        } else if (!isResult && m.group("proposal") != null) {
            kind = proposalKind(s.substring(m.end())); // "... seconded by B, that the accounts be approved"
        } else {
            kind = words.motionKind(isResult ? r.group("verb") : m.group("verb") != null ? m.group("verb") : m.group("other"));
        }
        StringBuilder record = new StringBuilder(s);
        Boolean carried = isResult ? Boolean.TRUE : null;
        At end = at;
        At next = advance(sentences, at);
        // the outcome, in the motion's own sentence or the ones after it, before the next motion
        String own = s.substring(isResult ? r.end() : m.end());
        Boolean first = outcomeOf(own);
        if (first != null && !isResult) {
            carried = first;
        }
        boolean proposal = !isResult && m.group("proposal") != null;
        int read = 0;
        while (carried == null || isResult) {
            if (next == null || proposal && read++ >= PROPOSAL_REACH) {
                break;
            }
            String t = sentences.get(next.paragraph()).get(next.sentence());
            if (isMotion(t)) {
                break;
            }
            if (isResult && !votes.readsACount(t) && outcomeOf(t) == null) {
                break;
            }
            record.append(' ').append(t);
            end = next;
            Boolean o = outcomeOf(t);
            if (o != null) {
                carried = o;
                if (isResult) {
                    break;
                }
            }
            next = advance(sentences, next);
        }
        if (!Boolean.TRUE.equals(carried)) {
            return Optional.empty();
        }
        String text = LABEL.matcher(s).replaceFirst("");
        String after = record.substring(s.length()).strip();
        return Optional.of(new Carried(text, kind == null ? DecisionKind.OTHER : kind, votes.read(record.toString()),
                after.isEmpty() ? null : after, end));
    }

    /** A proposal's kind by the decision verb it proposes ({@code that the accounts be approved}), else {@code other}. */
    private DecisionKind proposalKind(String proposed) {
        Matcher done = Pattern.compile("(?i)\\bbe\\s+(?:" + words.adverbs() + "\\s+)?(" + words.verbs().pattern() + ")").matcher(proposed);
        return done.find() ? words.kindOf(done.group(1)) : DecisionKind.OTHER;
    }

    private Boolean outcomeOf(String text) {
        if (noVote.matcher(text).find()) {
            return Boolean.FALSE;
        }
        Matcher o = outcome.matcher(text);
        if (!o.find()) {
            return null;
        }
        return o.group("all") != null ? Boolean.TRUE : words.carried(o.group("o"));
    }

    private static At advance(List<List<String>> sentences, At at) {
        if (at.sentence() + 1 < sentences.get(at.paragraph()).size()) {
            return new At(at.paragraph(), at.sentence() + 1);
        }
        for (int p = at.paragraph() + 1; p < sentences.size(); p++) {
            if (!sentences.get(p).isEmpty()) {
                return new At(p, 0);
            }
        }
        return null;
    }
}
