package org.boardpack.corpus.html;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Small text helpers shared by the document builders. */
final class Texts {

    private Texts() {
    }

    /**
     * The first {@code words} words of {@code text}: long paragraphs may run onto the next page,
     * and an answer's page is where its text starts.
     */
    static String opening(String text, int words) {
        return Arrays.stream(text.trim().split("\\s+")).limit(words).collect(Collectors.joining(" "));
    }
}
