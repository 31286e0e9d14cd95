package org.boardpack.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LexiconTest {

    @Test
    void aVocabularyIsReadWithoutCommentsAndItsAlternationPrefersTheLongerEntry() {
        assertTrue(Lexicon.words("honorifics").contains("Cllr"));
        assertFalse(Lexicon.words("honorifics").stream().anyMatch(w -> w.startsWith("#") || w.isBlank()));
        Pattern p = Pattern.compile("^" + Lexicon.alternation("honorifics"), Pattern.CASE_INSENSITIVE);
        var m = p.matcher("District  Councillor Linda Haysey");
        assertTrue(m.find());
        assertTrue(m.group().startsWith("District"), m.group());
    }

    @Test
    void aMissingVocabularyIsADefectNamedAsSuch() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Lexicon.words("no-such-words"));
        assertTrue(e.getMessage().contains("no-such-words.txt"));
    }
}
