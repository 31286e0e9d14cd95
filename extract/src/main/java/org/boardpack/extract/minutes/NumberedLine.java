package org.boardpack.extract.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.boardpack.extract.layout.Cell;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;

/**
 * A line that opens with an item number, with what its layout says about it: where the number
 * stands, whether it is set apart from the title by a wide gap (a number column), whether the
 * number or the title is bold or in capitals, the title's words, and a short entry in a right-hand
 * column on the same line (a lead's initials, {@code HP}, {@code All}).
 *
 * @param number     the number as parsed
 * @param x0         left edge of the number
 * @param x1         right edge of the number (numbers of a column may be set right-aligned)
 * @param apart      the number stands in its own cell, the title in the next
 * @param numberBold the number is bold
 * @param title      the title's words: the line after the number, without the right-hand entries
 * @param columns    the right-hand entries, left to right (a lead, a time, a page number)
 */
public record NumberedLine(ItemNumber number, float x0, float x1, boolean apart, boolean numberBold,
                           List<Word> title, List<Cell> columns) {

    public NumberedLine {
        title = List.copyOf(title);
        columns = List.copyOf(columns);
    }

    /** Share of the page width beyond which a separate short run of words is a right-hand column. */
    private static final float MARGIN_COLUMN = 0.6f;
    /** Words a right-hand entry may have ({@code JH/TG/LKC}, {@code All}, {@code M Farrington}). */
    private static final int MARGIN_WORDS = 4;

    /** The line read as a numbered line, if it opens with a number followed by text or a column. */
    public static Optional<NumberedLine> of(TextLine line, List<Cell> cells, float pageWidth) {
        Optional<ItemNumber> parsed = ItemNumber.parse(line.text());
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        ItemNumber n = parsed.get();
        List<Word> words = line.words();
        int headLength = n.head().length();
        List<Word> title = new ArrayList<>();
        int used = 0;
        float x1 = words.getFirst().x1();
        for (Word w : words) {
            int start = used;
            used += w.text().length() + 1;
            if (start >= headLength) {
                title.add(w);
            } else if (start + w.text().length() > headLength) {
                // "a)To receive": the number and the title's first word print as one word
                String tail = w.text().substring(headLength - start);
                float cut = w.x0() + w.width() * (headLength - start) / w.text().length();
                title.add(new Word(tail, cut, w.top(), w.x1(), w.bottom(), w.font(), w.fontSize(), w.bold(), w.italic()));
                x1 = cut;
            } else {
                x1 = w.x1();
            }
        }
        List<Cell> filled = cells.stream().filter(c -> !c.isEmpty()).toList();
        boolean apart = !filled.isEmpty() && filled.getFirst().text().equals(n.head()) && !title.isEmpty();
        List<Cell> columns = new ArrayList<>();
        for (int k = filled.size() - 1; k >= 1; k--) {
            Cell c = filled.get(k);
            boolean titleLeft = !title.isEmpty() && title.getFirst().x0() < c.left();
            if (!titleLeft || c.left() <= pageWidth * MARGIN_COLUMN || c.words().size() > MARGIN_WORDS) {
                break;
            }
            columns.addFirst(c);
            title.removeIf(c.words()::contains);
        }
        return Optional.of(new NumberedLine(n, words.getFirst().x0(), x1, apart, words.getFirst().bold(), title, columns));
    }

    /**
     * The one right-hand entry a minutes heading line carries (its lead's initials), or {@code null};
     * an entry with figures is a time or a page, one without letters a placeholder ({@code --}).
     */
    public String margin() {
        if (columns.size() != 1) {
            return null;
        }
        String text = columns.getFirst().text();
        boolean name = text.chars().anyMatch(Character::isLetter) && text.chars().noneMatch(Character::isDigit);
        return name ? text : null;
    }

    /** The title's text as printed, words joined by single spaces. */
    public String titleText() {
        return title.isEmpty() ? "" : TextLine.join(title);
    }

    /** The title's first word is bold (a bold heading, or a bold run-in label). */
    public boolean titleBold() {
        return !title.isEmpty() && title.getFirst().bold();
    }

    /** The title opens with a word in capitals ({@code APOLOGIES}, {@code OPEN FORUM:}). */
    public boolean titleCaps() {
        int letters = 0;
        for (Word w : title) {
            String t = w.text();
            if (t.chars().noneMatch(Character::isLetter)) {
                continue;
            }
            if (!t.equals(t.toUpperCase()) ) {
                return false;
            }
            letters += (int) t.chars().filter(Character::isLetter).count();
            if (letters >= 3) {
                return true;
            }
        }
        return false;
    }

    /** The title starts as a heading or sentence does: with a capital letter or a figure. */
    public boolean titleCapitalised() {
        if (title.isEmpty()) {
            return false;
        }
        int first = title.getFirst().text().codePoints().filter(Character::isLetterOrDigit).findFirst().orElse(' ');
        return Character.isUpperCase(first) || Character.isDigit(first);
    }

    public int titleWords() {
        return title.size();
    }
}
