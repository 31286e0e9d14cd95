package org.boardpack.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The project's glossary of common public-sector acronyms ({@code glossary.tsv} beside this class:
 * acronym, tab, expansion, and {@code capitals} for an acronym that is also a word).
 */
public final class AcronymGlossary {

    static final String RESOURCE = "glossary.tsv";

    private AcronymGlossary() {
    }

    /** The bundled glossary. */
    public static AcronymDictionary standard() {
        try (InputStream in = AcronymGlossary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the boardpack-index jar");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** A glossary from its lines; {@code #} starts a comment line. */
    static AcronymDictionary read(List<String> lines) {
        List<AcronymPair> pairs = new ArrayList<>();
        Set<String> capitalsOnly = new HashSet<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length < 2) {
                throw new IllegalStateException(RESOURCE + ": not 'acronym<TAB>expansion': " + line);
            }
            pairs.add(new AcronymPair(cells[0], cells[1]));
            if (cells.length > 2 && cells[2].strip().equals("capitals")) {
                capitalsOnly.add(cells[0].strip().toUpperCase(Locale.ROOT));
            }
        }
        return AcronymDictionary.of(pairs, true, capitalsOnly);
    }
}
