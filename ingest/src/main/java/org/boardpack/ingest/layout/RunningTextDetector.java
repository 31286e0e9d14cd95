package org.boardpack.ingest.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.TextLine;

/**
 * Finds running headers and footers: lines near the top or bottom edge whose text, with digits
 * masked ({@code Page 3 of 12} → {@code page # of #}), recurs at about the same height on a good
 * share of the document's pages — {@code 2016-10-27 draft Open Board Minutes NS v1}, page numbers,
 * registered-office lines. A bare page number near an edge is running text on any page.
 */
public final class RunningTextDetector {

    /** Share of the page height, from either edge, where running text lives. */
    private static final float EDGE_BAND = 0.12f;
    /** At most this many lines from each edge are candidates. */
    private static final int EDGE_LINES = 3;
    /** Heights closer than this (points) are the same place. */
    private static final float SAME_HEIGHT = 12f;
    private static final double MIN_SHARE = 0.3;
    private static final int MIN_PAGES = 3;

    public List<Page> mark(List<Page> pages) {
        Map<String, List<Float>> seen = new HashMap<>();
        for (Page page : pages) {
            for (TextLine line : candidates(page)) {
                seen.computeIfAbsent(key(line), k -> new ArrayList<>()).add(line.top());
            }
        }
        int needed = Math.max(MIN_PAGES, (int) Math.ceil(MIN_SHARE * pages.size()));
        List<Page> out = new ArrayList<>(pages.size());
        for (Page page : pages) {
            List<TextLine> running = new ArrayList<>();
            for (TextLine line : candidates(page)) {
                if (isPageNumber(line) || recurs(seen.get(key(line)), line.top(), needed)) {
                    running.add(line);
                }
            }
            out.add(running.isEmpty() ? page : page.withRunning(running));
        }
        return out;
    }

    private static List<TextLine> candidates(Page page) {
        List<TextLine> lines = page.lines();
        List<TextLine> out = new ArrayList<>();
        for (int i = 0; i < Math.min(EDGE_LINES, lines.size()); i++) {
            if (lines.get(i).bottom() <= page.height() * EDGE_BAND) {
                out.add(lines.get(i));
            }
        }
        for (int i = Math.max(0, lines.size() - EDGE_LINES); i < lines.size(); i++) {
            TextLine l = lines.get(i);
            if (l.top() >= page.height() * (1 - EDGE_BAND) && !out.contains(l)) {
                out.add(l);
            }
        }
        return out;
    }

    private static boolean recurs(List<Float> heights, float top, int needed) {
        if (heights == null || heights.size() < needed) {
            return false;
        }
        long near = heights.stream().filter(h -> Math.abs(h - top) <= SAME_HEIGHT).count();
        return near >= needed;
    }

    private static boolean isPageNumber(TextLine line) {
        return line.text().strip().matches("(?i)(page\\s*)?[-–]?\\s*\\d{1,4}\\s*[-–]?(\\s*(of|/)\\s*\\d{1,4})?");
    }

    private static String key(TextLine line) {
        return line.text().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
    }
}
