package org.boardpack.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.ingest.TextNormaliser;

/**
 * The words of a run of text PDFBox hands over, as {@link WordCollector} splits its glyphs: at
 * every kind of word break (no-break and other Unicode spaces included), with a symbol-font
 * bullet set against its text split off.
 */
final class WordTokens {

    private WordTokens() {
    }

    /**
     * The runs of characters between word breaks ({@link TextNormaliser#isSpace}), a leading
     * bullet glyph split off as the word collector splits its glyph runs; one empty token for blank text.
     */
    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            boolean space = TextNormaliser.isSpace(cp);
            if (space && start >= 0) {
                addToken(out, text.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
            i += Character.charCount(cp);
        }
        return out.isEmpty() ? List.of("") : out;
    }

    private static void addToken(List<String> out, String token) {
        int first = Character.charCount(token.codePointAt(0));
        if (first < token.length() && bulletPrefix(token.substring(0, first), token.substring(first))) {
            out.add(token.substring(0, first));
            out.add(token.substring(first));
        } else {
            out.add(token);
        }
    }

    /**
     * Whether a word's first glyph is a symbol-font bullet set too close to its text for PDFBox to
     * see a gap: one private-use character followed by an ordinary one. It becomes a word of its own.
     */
    static boolean bulletPrefix(String first, String second) {
        return first.codePointCount(0, first.length()) == 1 && TextNormaliser.isPrivateUse(first.codePointAt(0))
                && !TextNormaliser.isPrivateUse(second.codePointAt(0));
    }
}
