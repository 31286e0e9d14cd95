package org.boardpack.extract.minutes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.boardpack.extract.lexicon.Lexicon;

/**
 * Whether a numbered line inside an item heads a part of it. A dotted sub-number ({@code 97.1
 * Crossings and Greens:}) does when its label is bold or in larger type than the text, or when it is a short title alone on its
 * line with the item's text nested under it (indented, however little, or numbered
 * {@code 97.1.1}); otherwise it numbers a paragraph ({@code 97.3 It was RESOLVED to …}). A lettered
 * line ({@code (a) Current Applications}) does when it is capitalised and bold, or short with text
 * nested under it, or a short title (no full stop) standing alone over its text ({@code a. Minutes});
 * run in with its text, it is a lettered paragraph.
 * <p>
 * A dotted sub-number run into a label of its own ({@code 47.1 Crossings and Greens: Nothing to
 * report.}) heads a sub-item titled by the label when every sub-number of the item opens with such a
 * label, run in or alone (an item of labelled reports, {@code 47. REPORTS}): a short label in title
 * case before a colon, not a label that opens a paragraph's text ({@code Agreed:}, {@code Action:};
 * {@code paragraph-labels}). Among numbered sentences, a labelled line is a paragraph like them.
 * Short lettered titles standing one under the other straight below a heading ({@code 6. Elections}
 * over {@code a) Chair}, {@code b) Vice-Chair}) are the item's lettered sub-items.
 */
final class SubHeadings {

    /** Words a sub-heading standing alone may have, and one ending with a full stop. */
    private static final int SUB_TITLE_WORDS = 6;
    private static final int SUB_TITLE_WORDS_STOPPED = 4;
    /** Words a bold sub-heading label or a lettered sub-heading may have. */
    private static final int LABEL_WORDS = 8;
    /** Words a run-in label ({@code Walter Wallinger’s Charity:}) may have. */
    private static final int RUN_IN_LABEL_WORDS = 5;
    /** Letters of a lower-case word a title-case label may hold ({@code of}, {@code and}, {@code the}). */
    private static final int JOINING_WORD = 3;
    /** Numbered lines looked at either side of a sub-number for a labelled sibling. */
    private static final int SIBLING_REACH = 40;
    private static final Set<String> PARAGRAPH_LABELS = Lexicon.words("paragraph-labels").stream()
            .map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    /** Points by which text under a heading line stands right of its number to be nested under it. */
    private static final float NESTED_INDENT = 1f;

    private SubHeadings() {
    }

    /** A dotted sub-number that heads a part of the item rather than numbering a paragraph. */
    static boolean isSubHeading(NumberedLine nl, List<HeadingFinder.Line> lines, List<NumberedLine> numbered, int i,
                                float tol, boolean largerType) {
        if (largerType && nl.titleWords() <= LABEL_WORDS) {
            return true;
        }
        if (nl.titleBold()) {
            return labelWords(nl) <= LABEL_WORDS;
        }
        if (runInLabel(nl) > 0 && siblingsLabelled(nl, numbered, i)) {
            return true;
        }
        String last = nl.title().getLast().text();
        int words = nl.titleWords();
        boolean shortTitle = last.endsWith(".") ? words <= SUB_TITLE_WORDS_STOPPED : words <= SUB_TITLE_WORDS;
        return shortTitle && !last.endsWith(";") && !last.endsWith(",") && nestedBelow(nl, lines, numbered, i, tol);
    }

    /**
     * A lettered line heading a part of an item: capitalised, and bold, or short with text nested
     * under it, or a short title standing alone over its text.
     */
    static boolean isLetterHeading(NumberedLine nl, List<HeadingFinder.Line> lines, List<NumberedLine> numbered, int i,
                                           float tol) {
        // a title, not an initial or a key's letter ("B. | G. (a little off the map)")
        boolean initial = nl.number().level() == ItemNumber.Level.LETTER && HeadingFinder.isInitial(nl.title().getFirst().text());
        if (!nl.titleCapitalised() || initial) {
            return false;
        }
        boolean wholeBold = nl.title().stream().allMatch(w -> w.bold());
        String last = nl.title().getLast().text();
        boolean shortTitle = nl.titleWords() <= SUB_TITLE_WORDS && !last.endsWith(".") && !last.endsWith(";")
                && !last.endsWith("?");
        return wholeBold || nl.titleWords() <= LABEL_WORDS && nestedBelow(nl, lines, numbered, i, tol)
                || shortTitle && textBelow(nl, lines, numbered, i);
    }

    /**
     * A short lettered title in a run of them straight under a heading: the line before is a
     * heading (the item's, or the lettered title before), and the run goes on with the next letter.
     */
    static boolean inLetteredTitles(NumberedLine nl, List<NumberedLine> numbered, int i, boolean headingAbove) {
        if (!headingAbove || nl.number().level() != ItemNumber.Level.LETTER || !nl.titleCapitalised()
                || HeadingFinder.isInitial(nl.title().getFirst().text())) {
            return false;
        }
        String last = nl.title().getLast().text();
        if (nl.titleWords() > SUB_TITLE_WORDS || last.matches(".*[.;,?:]$")) {
            return false;
        }
        char letter = nl.number().printed().charAt(0);
        NumberedLine before = i > 0 ? numbered.get(i - 1) : null;
        NumberedLine after = i + 1 < numbered.size() ? numbered.get(i + 1) : null;
        return lettered(before, letter - 1) || lettered(after, letter + 1);
    }

    private static boolean lettered(NumberedLine nl, int letter) {
        return nl != null && nl.number().level() == ItemNumber.Level.LETTER && nl.number().printed().charAt(0) == letter;
    }

    /**
     * The words of the run-in label a sub-number's title opens with ({@code Crossings and Greens:}
     * before {@code Nothing to report.}), or 0: a short title-case label, its last word closed by a
     * colon, text after it, no comma or full stop inside, not a paragraph's label ({@code Agreed:}).
     */
    static int runInLabel(NumberedLine nl) {
        return label(nl, true);
    }

    /** The words of the label a title opens with, with text after it or ({@code textAfter} false) alone too; else 0. */
    private static int label(NumberedLine nl, boolean textAfter) {
        List<org.boardpack.ingest.Word> title = nl.title();
        int end = -1;
        for (int k = 0; k < title.size() && k < RUN_IN_LABEL_WORDS; k++) {
            String w = title.get(k).text();
            if (w.endsWith(":")) {
                end = k;
                break;
            }
            if (w.matches(".*[.,;:!?]$")) {
                return 0;
            }
        }
        if (end < 0 || textAfter && end + 1 >= title.size()) {
            return 0;
        }
        StringBuilder label = new StringBuilder();
        for (int k = 0; k <= end; k++) {
            String w = title.get(k).text().replaceAll(":$", "");
            int first = w.codePoints().filter(Character::isLetter).findFirst().orElse('a');
            boolean joining = k > 0 && w.length() <= JOINING_WORD && w.chars().allMatch(ch -> !Character.isLetter(ch) || Character.isLowerCase(ch));
            if (!Character.isUpperCase(first) && !joining) {
                return 0;
            }
            label.append(k == 0 ? "" : " ").append(w);
        }
        return PARAGRAPH_LABELS.contains(label.toString().toLowerCase(Locale.ROOT)) ? 0 : end + 1;
    }

    /** The other sub-numbers of the item (one at least) each open with a label, run in or alone. */
    private static boolean siblingsLabelled(NumberedLine nl, List<NumberedLine> numbered, int i) {
        String parent = parentOf(nl.number().printed());
        int siblings = 0;
        for (int step : new int[] {-1, 1}) {
            for (int j = i + step, seen = 0; j >= 0 && j < numbered.size() && seen < SIBLING_REACH; j += step) {
                NumberedLine other = numbered.get(j);
                if (other == null) {
                    continue;
                }
                seen++;
                if (other.number().level() != ItemNumber.Level.SUB) {
                    if (other.number().level() != ItemNumber.Level.LETTER) {
                        break; // the next or previous item: its sub-numbers are not siblings
                    }
                    continue;
                }
                if (parent.equals(parentOf(other.number().printed()))) {
                    if (label(other, false) == 0) {
                        return false;
                    }
                    siblings++;
                }
            }
        }
        return siblings > 0;
    }

    /** {@code 47} of {@code 47.1}, {@code 8.3} of {@code 8.3.1}. */
    private static String parentOf(String printed) {
        int dot = printed.lastIndexOf('.');
        return dot < 0 ? "" : printed.substring(0, dot);
    }

    /** The line after a lettered heading is text standing under it ({@code a. Minutes} over its paragraph). */
    private static boolean textBelow(NumberedLine nl, List<HeadingFinder.Line> lines, List<NumberedLine> numbered,
                                     int i) {
        return i + 1 < lines.size() && numbered.get(i + 1) == null && !lines.get(i + 1).ruled()
                && lines.get(i + 1).line().x0() >= nl.x0() - NESTED_INDENT;
    }

    /** Words of the bold label a line opens with. */
    private static int labelWords(NumberedLine nl) {
        int k = 0;
        while (k < nl.title().size() && nl.title().get(k).bold()) {
            k++;
        }
        return k;
    }

    /**
     * Whether the line after a short heading line is its content: a deeper number of it, or text
     * indented beyond the heading's number, however little (not the next heading, a sibling, or text out at the
     * margin that closes the minutes).
     */
    private static boolean nestedBelow(NumberedLine nl, List<HeadingFinder.Line> lines, List<NumberedLine> numbered, int i,
                                       float tol) {
        if (i + 1 >= lines.size()) {
            return false;
        }
        NumberedLine next = numbered.get(i + 1);
        if (next != null) {
            return next.number().isSubOf(nl.number().printed())
                    || next.number().level() == ItemNumber.Level.LETTER && nl.number().level() != ItemNumber.Level.LETTER;
        }
        return lines.get(i + 1).line().x0() > nl.x0() + NESTED_INDENT;
    }
}
