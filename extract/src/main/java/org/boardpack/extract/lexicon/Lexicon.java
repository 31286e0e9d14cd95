package org.boardpack.extract.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one home of the cue words the extractors read papers by, kept as data: one resource per
 * vocabulary beside this class ({@code honorifics.txt}, {@code attendance-labels.txt}, …), one
 * entry per line, {@code #} starting a comment. A vocabulary is read once by the extractor that
 * owns it; each file says in its header what it is for and where its words come from.
 */
public final class Lexicon {

    private Lexicon() {
    }

    /** The entries of one vocabulary, in file order, blank lines and comments left out. */
    public static List<String> words(String vocabulary) {
        String resource = vocabulary + ".txt";
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no vocabulary " + resource + " beside " + Lexicon.class.getName());
            }
            List<String> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    int hash = line.indexOf('#');
                    String entry = (hash < 0 ? line : line.substring(0, hash)).strip();
                    if (!entry.isEmpty()) {
                        out.add(entry);
                    }
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the vocabulary " + resource, e);
        }
    }

    /**
     * A regular-expression alternation of a vocabulary's entries, longest first so that
     * {@code apologies for absence} wins over {@code apologies}; entries are literal text, their
     * inner spaces matching any run of white space.
     */
    public static String alternation(String vocabulary) {
        return words(vocabulary).stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }
}
