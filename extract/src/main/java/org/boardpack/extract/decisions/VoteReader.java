package org.boardpack.extract.decisions;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.extract.lexicon.Lexicon;

/**
 * A decision's vote as the annotation guide writes it: {@code unanimous} where the paper says so,
 * a recorded count as {@code for N, against N, abstain N}, or {@code abstain N} where only the
 * abstentions are counted. Counts are read as minutes print them: a tally after the outcome
 * ({@code Motion passed 5-0-1}, {@code approved 7-0}, {@code passed with a 4-0 vote}, the third
 * figure or {@code with X abstaining} the abstentions), labelled counts ({@code Yes (7)},
 * {@code Abstain: (0)}, {@code No: (2)}, {@code 1 abstain}, {@code None against}, {@code 11 votes to
 * approve}), or words ({@code with two members abstaining}, {@code With one abstention}). A count
 * printed for one side only leaves the others at 0 when the ayes are known (everyone present
 * voted). {@code by 6 votes to 3} is a count for and against.
 */
final class VoteReader {

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("no", 0), Map.entry("none", 0),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10));
    private static final String COUNT = "(\\d{1,3}|none|no|one|two|three|four|five|six|seven|eight|nine|ten)";

    private final DecisionVocabulary words;
    private final Pattern tally;
    private final Pattern labelThenCount;
    private final Pattern countThenLabel;
    private final Pattern abstainingNames;
    /**
     * A count for and against in words, as English minutes print a division: {@code carried by 4 votes
     * to 1}, {@code Members voted 7 to 0}.
     */
    private final Pattern votesTo = Pattern.compile("(?i)(?:(?<![£$€,.\\d])\\b" + COUNT + "\\s+votes?\\s+to\\s+" + COUNT
            + "|\\bvoted\\s+(?:by\\s+)?" + COUNT + "\\s+(?:votes?\\s+)?to\\s+" + COUNT + ")\\b");
    private final Pattern countOnly;
    private final Pattern labelOnly;
    /**
     * Unanimity as minutes say it, in the words of {@code vote-labels}: {@code unanimously},
     * or {@code all} before a label that takes it, maybe with the meeting's members
     * between ({@code All in favour}, {@code all members were in favour}).
     */
    private final Pattern unanimous;
    /** A sentence recording who put a decision: {@code Proposed Cllr Lamb, seconded Cllr Green}, {@code Proposed: Cllr Bishop}. */
    private final Pattern putBy = Pattern.compile("(?i)^(?:" + Lexicon.alternation("motion-proposers")
            + "|seconded)\\b:?(?:\\s+by)?\\s+\\S");
    /** Words a sentence that is only a count may have ({@code 4 for, 2 against, 1 abstention}). */
    private static final int COUNT_WORDS = 8;
    /** A line that is nothing but a division: two or more "label count" pairs, maybe under a heading word. */
    private final Pattern division;
    private final Pattern divisionPair;
    /** A division inside a sentence, set off by a bracket or a colon: {@code carried (For 5, Against 2, Abstentions 1)}. */
    private final Pattern divisionInside;
    /** An outcome word ({@code motion-outcomes}): carried or lost. */
    private final Pattern outcomeWord;

    VoteReader(DecisionVocabulary words) {
        this.words = words;
        unanimous = Pattern.compile("(?i)\\b(?:" + words.unanimityAlternation() + ")(?!\\w)|\\ball\\s+(?:(?:the\\s+)?(?:"
                + words.bodies() + ")\\s+)?(?:were\\s+)?(?:" + words.afterAllAlternation() + ")\\b");
        tally = Pattern.compile("(?i)\\b(?:" + words.outcomeAlternation() + "|votes?d?)\\s+(?:with\\s+an?\\s+|by\\s+)?"
                + "(\\d{1,3})\\s*[-–]\\s*(\\d{1,3})(?:\\s*[-–]\\s*(\\d{1,3}))?\\b");
        String labels = words.voteLabelAlternation();
        labelThenCount = Pattern.compile("(?i)\\b(" + labels + ")\\s*:?\\s*\\(\\s*(\\d{1,3})\\s*\\)|\\b(" + labels
                + ")\\s*:\\s*(\\d{1,3}|none)\\b");
        // not an amount ("a precept of £11,400 for the year") nor "for" as a preposition
        countThenLabel = Pattern.compile("(?i)(?<![£$€,.\\d])\\b" + COUNT + "\\s+(?:members?\\s+|votes?\\s+)?(" + labels
                + "|votes?\\s+to)\\b(?!\\s+(?:the|a|an|this|that|its|their|each|every)\\b)");
        countOnly = Pattern.compile("(?i)" + COUNT + "\\s+(?:" + labels + ")");
        labelOnly = Pattern.compile("(?i)(?:" + labels + ")\\s*:?\\s*\\(?\\s*" + COUNT + "\\s*\\)?");
        // "For 7, Against 2, Abstentions 1", "(Voting: For 6; Against 3)": a label and its count with no
        // colon is a count only on a line that holds nothing else ("for 10 years" in a sentence is not)
        String pair = "(" + labels + ")\\s*[:\\-–]?\\s*\\(?\\s*(\\d{1,3}|none|nil)\\s*\\)?";
        divisionPair = Pattern.compile("(?i)" + pair);
        division = Pattern.compile("(?i)^\\(?\\s*(?:(?:" + words.voteHeadingAlternation() + ")\\s*[:\\-–]?\\s*)?(?:" + pair
                + "\\s*[,;]?\\s*(?:and\\s+)?){2,4}\\)?\\s*\\.?$");
        divisionInside = Pattern.compile("(?i)[(:]\\s*((?:" + pair + "\\s*[,;]?\\s*(?:and\\s+)?){2,4})\\)?");
        outcomeWord = Pattern.compile("(?i)\\b(?:" + words.outcomeAlternation() + ")\\b");
        abstainingNames = Pattern.compile("(?i)\\bwith\\s+((?:[A-Z][\\w.'’-]*\\s+){1,4}?(?:and\\s+(?:[A-Z][\\w.'’-]*\\s+){1,4}?)?)abstaining\\b");
    }

    /** The vote a passage records, or {@code null} when it records none. */
    String read(String text) {
        Integer yes = null;
        Integer no = null;
        Integer abstain = null;
        Matcher t = tally.matcher(text);
        if (t.find()) {
            yes = Integer.parseInt(t.group(1));
            no = Integer.parseInt(t.group(2));
            abstain = t.group(3) == null ? null : Integer.parseInt(t.group(3));
        }
        if (yes == null) {
            Matcher to = votesTo.matcher(text);
            if (to.find()) {
                boolean first = to.group(1) != null;
                yes = number(first ? to.group(1) : to.group(3));
                no = number(first ? to.group(2) : to.group(4));
            }
        }
        if (yes == null) {
            Matcher inside = divisionInside.matcher(text);
            while (inside.find()) {
                String d = division(inside.group(1).strip().replaceAll("[,;]$", ""));
                if (d != null) {
                    return d; // "The motion was carried (For 5, Against 2, Abstentions 1)"
                }
            }
        }
        Matcher l = labelThenCount.matcher(text);
        while (l.find()) {
            String side = words.voteSide(l.group(1) != null ? l.group(1) : l.group(3));
            int n = number(l.group(2) != null ? l.group(2) : l.group(4));
            if ("for".equals(side) && yes == null) {
                yes = n;
            } else if ("against".equals(side) && no == null) {
                no = n;
            } else if ("abstain".equals(side) && abstain == null) {
                abstain = n;
            }
        }
        Matcher c = countThenLabel.matcher(text);
        while (c.find()) {
            String label = c.group(2).toLowerCase(Locale.ROOT);
            String side = label.startsWith("vote") ? "for" : words.voteSide(label);
            int n = number(c.group(1));
            if ("for".equals(side) && yes == null) {
                yes = n;
            } else if ("against".equals(side) && no == null) {
                no = n;
            } else if ("abstain".equals(side) && abstain == null) {
                abstain = n;
            }
        }
        if (abstain == null) {
            Matcher names = abstainingNames.matcher(text);
            if (names.find()) {
                abstain = names.group(1).matches("(?s).*\\band\\s.*") ? 2 : 1;
            }
        }
        if (yes != null) {
            return "for " + yes + ", against " + (no == null ? 0 : no) + ", abstain " + (abstain == null ? 0 : abstain);
        }
        if (unanimous.matcher(text).find()) {
            return "unanimous";
        }
        return abstain == null ? null : "abstain " + abstain;
    }

    /**
     * The vote of a line that records nothing but a division ({@code For 7, Against 2, Abstentions 1}),
     * as {@code for N, against N, abstain N}, or {@code null} when the line is anything else.
     */
    String division(String line) {
        String t = line.strip();
        if (!division.matcher(t).matches()) {
            return null;
        }
        Integer yes = null;
        int no = 0;
        int abstain = 0;
        Matcher m = divisionPair.matcher(t);
        while (m.find()) {
            String side = words.voteSide(m.group(1));
            int n = m.group(2).matches("\\d+") ? Integer.parseInt(m.group(2)) : 0;
            if ("for".equals(side)) {
                yes = n;
            } else if ("against".equals(side)) {
                no = n;
            } else if ("abstain".equals(side)) {
                abstain = n;
            }
        }
        return yes == null ? null : "for " + yes + ", against " + no + ", abstain " + abstain;
    }

    /**
     * The vote recorded by the sentences that follow a decision in its paragraph and only say how it
     * was put ({@code It was resolved to set the precept … Proposed Cllr Lamb, seconded Cllr Green.
     * 3 in favour, 1 against.}): who proposed and seconded it, and the count or unanimity; reading
     * stops at the first sentence that says anything else. {@code null} when they record none.
     */
    String following(List<String> after) {
        StringBuilder put = new StringBuilder();
        for (String sentence : after) {
            if (!saysHowPut(sentence)) {
                break;
            }
            put.append(' ').append(sentence.strip());
        }
        if (put.isEmpty()) {
            return null;
        }
        String d = division(put.toString().strip());
        return d != null ? d : read(put.toString());
    }

    /**
     * The vote of a paragraph that only says the decision above it carried and how ({@code The motion
     * to refuse was CARRIED unanimously.}, {@code Carried (For 7, Against 2)}), or {@code null}: a
     * paragraph of more than one sentence, or a lost motion's count (an amendment's, not the decision's).
     */
    String carriedBelow(String paragraph) {
        String t = paragraph.strip();
        if (t.replaceAll("\\.+$", "").contains(". ")) {
            return null;
        }
        boolean carried = false;
        Matcher o = outcomeWord.matcher(t);
        while (o.find()) {
            if (Boolean.FALSE.equals(words.carried(o.group()))) {
                return null;
            }
            carried = true;
        }
        // the outcome with its division in brackets: "The motion was carried (For 7, Against 2, Abstain 1)."
        String outside = t.replaceAll("\\([^)]*\\)", " ").strip();
        if (!saysHowPut(t) && !(carried && outside.split("\\s+").length <= COUNT_WORDS)) {
            return null;
        }
        String d = division(t);
        return d != null ? d : read(t);
    }

    /** Whether a sentence only says how a decision was put: who proposed and seconded it, or the count. */
    boolean saysHowPut(String sentence) {
        String t = sentence.strip();
        return putBy.matcher(t).find() || t.split("\\s+").length <= COUNT_WORDS && (read(t) != null || division(t) != null);
    }

    /** Whether a sentence is nothing but a count ({@code 1 abstain}, {@code None against}, {@code Nays: none}). */
    boolean readsACount(String sentence) {
        String t = sentence.strip().replaceAll("[.;,]+$", "");
        return countOnly.matcher(t).matches() || labelOnly.matcher(t).matches();
    }

    private static int number(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return NUMBER_WORDS.containsKey(w) ? NUMBER_WORDS.get(w) : Integer.parseInt(w);
    }
}
