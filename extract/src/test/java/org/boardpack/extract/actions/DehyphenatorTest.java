package org.boardpack.extract.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;
import org.junit.jupiter.api.Test;

/** Hyphens of words broken at a line end go; hyphens of compounds stay. */
class DehyphenatorTest {

    private static ParsedDocument doc(String... lines) {
        List<TextLine> out = new ArrayList<>();
        float y = 50;
        for (String line : lines) {
            List<Word> words = new ArrayList<>();
            float x = 36;
            for (String w : line.split(" ")) {
                words.add(new Word(w, x, y, x + 5 * w.length(), y + 9, "Helvetica", 9, false));
                x += 5 * w.length() + 3;
            }
            out.add(new TextLine(words));
            y += 12;
        }
        return new ParsedDocument(Path.of("pack.pdf"), "0", "pdf", null, List.of(new Page(1, 595, 842, 0, out)));
    }

    @Test
    void aWordPrintedWholeElsewhereIsJoined() {
        Dehyphenator d = Dehyphenator.of(doc("Provide a breakdown of the elective wai-", "ting list by specialty.",
                "Patients waiting over 52 weeks."));
        assertEquals("the elective waiting list", d.apply("the elective wai-ting list"));
    }

    @Test
    void aCompoundPrintedWithItsHyphenStays() {
        Dehyphenator d = Dehyphenator.of(doc("The long-term plan and the longterm view.", "A follow-", "up meeting.", "We will follow the plan."));
        assertEquals("The long-term plan", d.apply("The long-term plan"), "printed with its hyphen inside a line");
        assertEquals("a follow-up meeting", d.apply("a follow-up meeting"), "a word before the hyphen: a compound");
    }

    @Test
    void withoutEvidenceASyllableBeforeTheHyphenIsABrokenWord() {
        Dehyphenator d = Dehyphenator.empty();
        assertEquals("the final winter plan and escalation framework",
                d.apply("the final winter plan and esca-lation framework"));
        assertEquals("non-elective activity", d.apply("non-elective activity"), "a prefix written with a hyphen");
        assertEquals("by e-mail", d.apply("by e-mail"));
        assertEquals("Lloyd-Bennett and AC-S", d.apply("Lloyd-Bennett and AC-S"), "names and initials are not words");
    }
}
