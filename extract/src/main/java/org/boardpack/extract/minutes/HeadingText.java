package org.boardpack.extract.minutes;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;

/**
 * An item heading's title and lead, from the words after its number. A heading may be run in with
 * the text of the item ({@code 3. OPEN FORUM: Held after Agenda Item 5.},
 * {@code 5 Quoracy: with over 15 members present, …}, {@code 56. CLERK’S CONTRACT. Held over …}):
 * the title is then the heading part, told by its capitals, its bold or italic type, or the colon
 * that ends it. A reference code printed before the title ({@code 2023-3229 - Staff
 * Communications}) is not part of it, nor is a bracketed aside explaining the heading
 * ({@code Elections to the Advisory Board (neither the Chair, nor …)}). A presenter's name in
 * brackets at the end ({@code Friends of the Library (M. Romero)}) or after a colon
 * ({@code Introduction:Davide Schiavone}) is the item's lead. Trailing colons and dashes go.
 */
public final class HeadingText {

    /** A heading's title and lead ({@code null} where none is printed). */
    public record Parts(String title, String lead) {
    }

    /** Words a run-in label may have before its colon. */
    private static final int LABEL_WORDS = 8;
    /** Words in a bracket that make it an explanation rather than part of the name. */
    private static final int ASIDE_WORDS = 5;

    private static final Pattern REFERENCE_CODE = Pattern.compile("^\\d{2,4}\\s*[-–]\\s*\\d{2,5}\\s+[-–]\\s+(?=\\S)");
    private static final Pattern NAME_IN_BRACKETS = Pattern.compile(
            "^(.*\\S)\\s*\\(((?:[A-Z]\\.?\\s+)*[A-Z][a-z’'\\-]+(?:\\s+[A-Z][a-z’'\\-]+){0,2}|[A-Z]\\.\\s*[A-Z][a-z’'\\-]+)\\)$");
    /** {@code Introduction:Davide Schiavone}: a name set against the colon, as a presenter label is. */
    private static final Pattern NAME_AFTER_COLON = Pattern.compile(
            "^(.*[a-z)])\\s*:([A-Z][a-z’'\\-]+(?:\\s+[A-Z][a-z’'\\-]+){1,2})$");
    private static final Pattern TRAILING = Pattern.compile("[\\s:;,\\-–—]+$");

    private HeadingText() {
    }

    /** A minutes heading's title and lead: the heading may run in with the item's text. */
    public static Parts of(List<Word> words) {
        return words.isEmpty() ? new Parts(null, null) : parts(runIn(words));
    }

    /**
     * An agenda entry's title and lead: the whole entry ({@code Mr. Secretary to Move: that …} is
     * the item's wording), except a capitals heading followed by a dash and its description
     * ({@code DECLARATIONS OF INTEREST - to note any Members’ Declarations of Interest}).
     */
    public static Parts ofEntry(List<Word> words) {
        if (words.isEmpty()) {
            return new Parts(null, null);
        }
        int caps = capsRun(words);
        boolean label = caps > 0 && caps < words.size() && endsLabel(words, caps);
        return parts(TextLine.join(label ? words.subList(0, caps) : words));
    }

    private static Parts parts(String heading) {
        String text = heading;
        text = REFERENCE_CODE.matcher(text).replaceFirst("");
        String lead = null;
        Matcher name = NAME_IN_BRACKETS.matcher(text);
        if (name.matches() && name.group(2).contains(" ")) {
            text = name.group(1);
            lead = name.group(2);
        } else {
            Matcher colon = NAME_AFTER_COLON.matcher(text);
            if (colon.matches()) {
                text = colon.group(1);
                lead = colon.group(2);
            }
        }
        text = TRAILING.matcher(text.strip()).replaceFirst("");
        return new Parts(text.isEmpty() ? null : text, lead);
    }

    /** The heading part of a line that may run on into the item's text. */
    private static String runIn(List<Word> words) {
        String all = TextLine.join(words);
        int caps = capsRun(words);
        if (caps > 0 && caps < words.size() && endsLabel(words, caps)) {
            // the full stop that ends a run-in heading separates it from the text, as the colon does
            return TextLine.join(words.subList(0, caps)).replaceFirst("\\.$", "");
        }
        int styled = styledRun(words);
        if (styled > 0 && styled < words.size()) {
            return TextLine.join(words.subList(0, styled));
        }
        int colon = labelColon(words);
        if (colon > 0 && colon < words.size()) {
            return TextLine.join(words.subList(0, colon));
        }
        int open = all.indexOf(" (");
        if (open > 0 && all.substring(0, open).split(" ").length >= 2) {
            int close = all.indexOf(')', open);
            String aside = all.substring(open + 2, close < 0 ? all.length() : close);
            if (aside.split(" ").length > ASIDE_WORDS) {
                return all.substring(0, open);
            }
        }
        return all;
    }

    /** Leading words in capitals (words without letters, such as {@code 2012/13}, count with them). */
    private static int capsRun(List<Word> words) {
        int n = 0;
        boolean letters = false;
        for (Word w : words) {
            String t = w.text();
            boolean hasLetters = t.chars().anyMatch(Character::isLetter);
            if (hasLetters && !t.equals(t.toUpperCase())) {
                break;
            }
            letters |= hasLetters && t.chars().filter(Character::isLetter).count() > 1;
            n++;
        }
        while (n > 0 && words.get(n - 1).text().chars().noneMatch(Character::isLetter)) {
            n--; // a dash after the capitals separates the heading from its description
        }
        return letters ? n : 0;
    }

    /**
     * A capitals label ends at a full stop or colon ({@code CLERK’S CONTRACT. Held over …}), or before
     * a dash when the type changes after it ({@code DECLARATIONS OF INTEREST - to note …} in plain
     * type); a dash inside a heading set all in one type joins its parts
     * ({@code CONFIDENTIAL MATTERS – see Part 2 Paper}).
     */
    private static boolean endsLabel(List<Word> words, int caps) {
        String last = words.get(caps - 1).text();
        String next = words.get(caps).text();
        if (last.endsWith(".") || last.endsWith(":")) {
            return true;
        }
        if (isDash(next)) {
            Word after = words.get(Math.min(caps + 1, words.size() - 1));
            return after.bold() != words.get(caps - 1).bold();
        }
        // "INTEREST- to note": the dash printed against the heading's last word
        return (last.endsWith("-") || last.endsWith("–")) && words.get(caps).bold() != words.get(caps - 1).bold();
    }

    private static boolean isDash(String word) {
        return word.equals("-") || word.equals("–") || word.equals("—");
    }

    /** Leading words in bold or italics when the words after them are not. */
    private static int styledRun(List<Word> words) {
        Word first = words.getFirst();
        if (!first.bold() && !first.italic()) {
            return 0;
        }
        int n = 0;
        for (Word w : words) {
            if (w.bold() != first.bold() || w.italic() != first.italic()) {
                break;
            }
            n++;
        }
        return n;
    }

    /** The words up to a colon ending one of the first few words ({@code On Ratification of the Constitution:}). */
    private static int labelColon(List<Word> words) {
        for (int i = 0; i < Math.min(LABEL_WORDS, words.size()); i++) {
            if (words.get(i).text().endsWith(":")) {
                return i + 1;
            }
        }
        return 0;
    }
}
