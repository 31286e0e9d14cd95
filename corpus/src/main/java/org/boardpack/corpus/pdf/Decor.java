package org.boardpack.corpus.pdf;

import java.util.function.IntFunction;

/**
 * What is printed on every page when a document is finished: the page label ({@code Page 3 of 40})
 * and an optional footer line above it (a charity's name and registered number).
 */
public record Decor(IntFunction<String> pageLabel, String footerLine) {

    public static Decor pageLabel(IntFunction<String> label) {
        return new Decor(label, null);
    }
}
