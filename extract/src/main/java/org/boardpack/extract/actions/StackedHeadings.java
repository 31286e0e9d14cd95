package org.boardpack.extract.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;

/**
 * A header row whose headings wrap in narrow columns ({@code Action} / {@code by},
 * {@code By} / {@code when}), centred or left-aligned in their cells, as browsers and word
 * processors set a grid's headings: the second line's words stand under the headings they finish,
 * so each joins the heading whose extent it overlaps, and the row reads as one line of whole
 * headings ({@code Action by | By when}).
 */
final class StackedHeadings {

    /**
     * The wrapped line starts at most this many word heights below the heading line's top: the
     * next line of one cell, not a line further down. Words are boxed by their glyphs or by their
     * font's ascent as producers differ, so this is loose; that the stacked headings read as a
     * header is the real test, made by the caller.
     */
    private static final float WRAP_STEP = 2.5f;

    private StackedHeadings() {
    }

    /**
     * The header line with the wrapped line under it stacked in, or nothing when no line under it
     * could finish its headings. The caller decides whether the stack reads as a header.
     */
    static Optional<TextLine> of(Page page, TextLine header) {
        if (!header.bold()) {
            return Optional.empty();
        }
        for (TextLine below : page.lines()) {
            if (below.top() > header.top() && wraps(header, below)) {
                return Optional.of(stack(header, below));
            }
        }
        return Optional.empty();
    }

    /** Whether {@code line} could be the wrapped rest of the headings of {@code above}: bold, right under it, every word under a heading. */
    static boolean wraps(TextLine above, TextLine line) {
        float height = above.bottom() - above.top();
        if (!line.bold() || line.top() < above.bottom() - height / 2 || line.top() - above.top() > WRAP_STEP * height) {
            return false;
        }
        return line.words().stream().allMatch(w -> under(above, w).isPresent());
    }

    /**
     * The heading word of {@code above} that {@code w} stands under: the last it overlaps, since a
     * word wrapped under a heading of several words finishes the heading ({@code Date of} /
     * {@code meeting}).
     */
    private static Optional<Word> under(TextLine above, Word w) {
        Word last = null;
        for (Word h : above.words()) {
            if (Math.min(h.x1(), w.x1()) > Math.max(h.x0(), w.x0())) {
                last = h;
            }
        }
        return Optional.ofNullable(last);
    }

    /** Each heading word of {@code header} with the words wrapped under it appended, one word per heading. */
    static TextLine stack(TextLine header, TextLine wrapped) {
        List<Word> out = new ArrayList<>();
        for (Word h : header.words()) {
            StringBuilder text = new StringBuilder(h.text());
            float x0 = h.x0();
            float x1 = h.x1();
            float bottom = h.bottom();
            for (Word w : wrapped.words()) {
                if (under(header, w).orElse(null) == h) {
                    text.append(' ').append(w.text());
                    x0 = Math.min(x0, w.x0());
                    x1 = Math.max(x1, w.x1());
                    bottom = Math.max(bottom, w.bottom());
                }
            }
            out.add(new Word(text.toString(), x0, h.top(), x1, bottom, h.font(), h.fontSize(), h.bold(), h.italic()));
        }
        return new TextLine(out);
    }
}
