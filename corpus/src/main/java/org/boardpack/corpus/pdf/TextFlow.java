package org.boardpack.corpus.pdf;

import java.util.List;

/**
 * Flowing text at the page cursor: wrapped paragraphs, single lines and gaps, breaking pages as
 * needed. Paragraphs are kept on one page when they fit on an empty page, so that a decision's
 * text is never split (its answer names one page).
 */
public final class TextFlow {

    private final PageWriter w;

    public TextFlow(PageWriter w) {
        this.w = w;
    }

    /** Draws {@code text} wrapped between {@code x} and {@code right}; returns the page of its first line. */
    public int paragraph(String text, Style style, float x, float right) {
        return paragraph(text, style, x, x, right);
    }

    /** As {@link #paragraph(String, Style, float, float)} with continuation lines starting at {@code xNext}. */
    public int paragraph(String text, Style style, float x, float xNext, float right) {
        List<String> lines = TextWrap.wrap(text, style, right - Math.max(x, xNext), w.look().hyphenate());
        float h = lines.size() * style.leading();
        if (h <= w.top() - w.bottom()) {
            w.ensure(h);
        }
        int page = -1;
        for (int i = 0; i < lines.size(); i++) {
            w.ensure(style.leading());
            if (page < 0) {
                page = w.pageNumber();
            }
            w.down(style.size());
            w.text(lines.get(i), style, i == 0 ? x : xNext, w.y());
            w.down(style.leading() - style.size());
        }
        return page;
    }

    /** One unwrapped line at {@code x}; returns its page. */
    public int line(String text, Style style, float x) {
        w.ensure(style.leading());
        w.down(style.size());
        w.text(text, style, x, w.y());
        w.down(style.leading() - style.size());
        return w.pageNumber();
    }

    /** Two runs on one baseline (a label and its value, a name and its initials); returns the page. */
    public int pair(String left, Style ls, float lx, String right, Style rs, float rx) {
        w.ensure(ls.leading());
        w.down(ls.size());
        w.text(left, ls, lx, w.y());
        w.text(right, rs, rx, w.y());
        w.down(ls.leading() - ls.size());
        return w.pageNumber();
    }

    public int centred(String text, Style style) {
        w.ensure(style.leading());
        w.down(style.size());
        w.centred(text, style, w.y());
        w.down(style.leading() - style.size());
        return w.pageNumber();
    }

    /** Vertical space, dropped at a page top where it would only push content down. */
    public void gap(float h) {
        if (w.y() < w.top() && w.fits(h)) {
            w.down(h);
        }
    }

    /**
     * A label at {@code lx} and text wrapped from {@code tx} to {@code right}, sharing the first
     * baseline and kept together (a minute number and its title, a name and its role).
     * Returns the page.
     */
    public int labelled(String label, Style ls, float lx, String text, Style ts, float tx, float right) {
        List<String> lines = TextWrap.wrap(text, ts, right - tx, w.look().hyphenate());
        w.ensure(lines.size() * ts.leading());
        for (int i = 0; i < lines.size(); i++) {
            w.down(ts.size());
            if (i == 0) {
                w.text(label, ls, lx, w.y());
            }
            w.text(lines.get(i), ts, tx, w.y());
            w.down(ts.leading() - ts.size());
        }
        return w.pageNumber();
    }
}
