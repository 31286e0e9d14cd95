package org.boardpack.model.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A word list kept as a resource beside a class: one entry per line, a line whose first mark is
 * {@code #} a comment, blank lines left out. An entry may itself hold {@code #} (a log's {@code #}
 * column heading), so a comment takes a line of its own. The one reader of such lists, whether the extractors' cue words
 * ({@code extract/lexicon/Lexicon}) or the name rules here ({@code body-paper-words.txt}).
 */
public final class WordList {

    private WordList() {
    }

    /** The entries of {@code resource} (a file name) beside {@code anchor}, in file order. */
    public static List<String> read(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no vocabulary " + resource + " beside " + anchor.getName());
            }
            List<String> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    String entry = line.strip();
                    if (!entry.isEmpty() && entry.charAt(0) != '#') {
                        out.add(entry);
                    }
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the vocabulary " + resource, e);
        }
    }
}
