package org.boardpack.app.query;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/** The pages of one source file that hold a meeting's papers, shown as ranges ({@code 1-9, 12}). */
public record MeetingSources(String path, SortedSet<Integer> pages) {

    public MeetingSources {
        pages = new TreeSet<>(pages);
    }

    /** Consecutive pages joined: {@code [1, 2, 3, 5]} → {@code 1-3, 5}. */
    public String ranges() {
        List<String> parts = new ArrayList<>();
        Integer start = null;
        Integer prev = null;
        for (int p : pages) {
            if (prev != null && p == prev + 1) {
                prev = p;
                continue;
            }
            if (start != null) {
                parts.add(start.equals(prev) ? start.toString() : start + "-" + prev);
            }
            start = p;
            prev = p;
        }
        if (start != null) {
            parts.add(start.equals(prev) ? start.toString() : start + "-" + prev);
        }
        return String.join(", ", parts);
    }
}
