package org.boardpack.extract.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.ingest.Word;

/**
 * What an action column entry that names only its owner ({@code Clerk}, {@code NS}) refers to: the
 * discussion text level with it. Minutes that print the agreed action in bold beside the owner
 * make the bold run the action, however it starts or ends part-way through a line
 * ({@code … reviewed later. **It was agreed that** / **the services … FY 2022/2022.**}) or runs on
 * over a page break; without bold, the sentence level with the entry is the action, the one
 * that names the owner first where the entry is level with two ({@code … Governance Handbook.
 * Clerk to forward as appropriate}), the paragraph where it has no full stop.
 */
final class BesideText {

    /** A full stop, question or exclamation mark ending a sentence before the next one's capital. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][”’\"')]*\\s+(?=[A-Z(‘“\"]|\\d{1,2}[.)]\\s)");
    /** Words whose full stop ends no sentence: initials and the usual abbreviations. */
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?i)(?:^|\\s)(?:[a-z]|e\\.g|i\\.e|etc|cllr|dr|mr|mrs|ms|no|st|approx|incl|cf|vs)$");

    /**
     * Where an entry stands level with several sentences, the one that records what was agreed or
     * is to be done is its action ({@code It was agreed that discussions would be held …}).
     */
    private static final Pattern COMMITMENT = ActionVocabulary.standard().commitment();

    private BesideText() {
    }

    /**
     * @param discussion the discussion column's lines in reading order
     * @param paragraph  the paragraph level with the entry, its lines in order
     * @param level      the lines of the paragraph the entry stands level with (a subset of it)
     * @param step       the widest step between two lines of one paragraph
     * @param owner      the entry's owner, to choose between sentences
     */
    static String of(List<Fragment> discussion, List<Fragment> paragraph, List<Fragment> level, float step,
                     String owner) {
        String bold = boldRun(discussion, level, step);
        if (bold != null) {
            return bold;
        }
        return sentenceLevelWith(paragraph, level, owner);
    }

    /**
     * The bold run of words that passes through the level lines, whole, or null. A run goes on
     * from one line to the next set at the paragraph's leading, and from the foot of a page to
     * the top of the next; a wider gap ends it (a bold heading further down is another run).
     */
    private static String boldRun(List<Fragment> discussion, List<Fragment> level, float step) {
        int first = discussion.indexOf(level.getFirst());
        int last = discussion.indexOf(level.getLast());
        int line = -1;
        int word = -1;
        for (int i = first; i <= last && line < 0; i++) {
            List<Word> ws = discussion.get(i).words();
            for (int k = 0; k < ws.size(); k++) {
                if (ws.get(k).bold()) {
                    line = i;
                    word = k;
                    break;
                }
            }
        }
        if (line < 0) {
            return null;
        }
        // back to where the run starts
        int startLine = line;
        int startWord = word;
        while (true) {
            if (startWord > 0 && discussion.get(startLine).words().get(startWord - 1).bold()) {
                startWord--;
            } else if (startWord == 0 && startLine > 0 && runsOn(discussion, startLine - 1, step)
                    && discussion.get(startLine - 1).words().getLast().bold()) {
                startLine--;
                startWord = discussion.get(startLine).words().size() - 1;
            } else {
                break;
            }
        }
        StringBuilder sb = new StringBuilder();
        int i = startLine;
        int k = startWord;
        while (true) {
            List<Word> ws = discussion.get(i).words();
            if (!ws.get(k).bold()) {
                break;
            }
            appendWord(sb, ws.get(k).text());
            if (k + 1 < ws.size()) {
                k++;
            } else if (i + 1 < discussion.size() && runsOn(discussion, i, step)) {
                i++;
                k = 0;
            } else {
                break;
            }
        }
        String text = sb.toString().strip();
        // a bold heading of a few words over the text is a title, not what was agreed
        return text.split("\\s+").length < 3 ? null : text;
    }

    /** Whether line {@code i + 1} follows line {@code i} in the same text: at the leading, or over a page break. */
    private static boolean runsOn(List<Fragment> discussion, int i, float step) {
        Fragment a = discussion.get(i);
        Fragment b = discussion.get(i + 1);
        if (a.page() == b.page()) {
            return b.top() - a.top() <= step;
        }
        return b.page() == a.page() + 1;
    }

    /** The sentence (or sentences) of the paragraph that the level lines print. */
    private static String sentenceLevelWith(List<Fragment> paragraph, List<Fragment> level, String owner) {
        StringBuilder text = new StringBuilder();
        int from = -1;
        int to = -1;
        for (Fragment f : paragraph) {
            if (f == level.getFirst()) {
                from = text.length();
            }
            for (Word w : f.words()) {
                appendWord(text, w.text());
            }
            if (f == level.getLast()) {
                to = text.length();
            }
        }
        String all = text.toString();
        List<int[]> spans = sentences(all);
        List<int[]> hit = new ArrayList<>();
        for (int[] s : spans) {
            if (s[0] < to && s[1] > from) {
                hit.add(s);
            }
        }
        if (hit.isEmpty()) {
            return all.strip();
        }
        if (hit.size() > 1) {
            for (int[] s : hit) {
                String sentence = all.substring(s[0], s[1]).strip();
                if (owner != null && sentence.startsWith(owner + " ")) {
                    return sentence;
                }
            }
            for (int[] s : hit) {
                String sentence = all.substring(s[0], s[1]).strip();
                if (COMMITMENT.matcher(sentence).find()) {
                    return sentence;
                }
            }
        }
        return all.substring(hit.getFirst()[0], hit.getLast()[1]).strip();
    }

    /** The spans of a paragraph's sentences, by full stops before a capital (abbreviations aside). */
    static List<int[]> sentences(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        Matcher m = SENTENCE_END.matcher(text);
        while (m.find()) {
            String before = text.substring(start, m.start() + 1);
            if (ABBREVIATION.matcher(before.substring(0, before.length() - 1)).find()) {
                continue;
            }
            out.add(new int[] {start, m.start() + 1});
            start = m.end();
        }
        if (start < text.length()) {
            out.add(new int[] {start, text.length()});
        }
        return out;
    }

    /** Words joined by spaces; a word broken at a line-end hyphen is joined to its rest. */
    private static void appendWord(StringBuilder sb, String word) {
        WrappedText.append(sb, word);
    }
}
