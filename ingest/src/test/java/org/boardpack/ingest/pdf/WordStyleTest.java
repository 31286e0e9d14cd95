package org.boardpack.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.ingest.Deadline;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;
import org.boardpack.ingest.fixtures.DrawnPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bold and italic come from the font of each word. */
class WordStyleTest {

    @TempDir
    Path tmp;

    @Test
    void obliqueTextIsItalicAndUprightTextIsNot() throws Exception {
        DrawnPdf pdf = new DrawnPdf()
                .text(50, 100, "Minutes of the meeting", 10, true)
                .obliqueText(50, 130, "Draft for approval")
                .text(50, 160, "Present:");
        Page page = new PdfLayoutReader().read(pdf.save(tmp.resolve("styles.pdf")), "0", Deadline.none()).pages().getFirst();
        List<TextLine> lines = page.lines();
        assertEquals(List.of("Minutes of the meeting", "Draft for approval", "Present:"),
                lines.stream().map(TextLine::text).toList());

        TextLine bold = lines.get(0);
        assertTrue(bold.bold());
        assertFalse(bold.italic());
        TextLine italic = lines.get(1);
        assertTrue(italic.italic());
        assertFalse(italic.bold());
        assertTrue(italic.words().stream().allMatch(Word::italic));
        assertFalse(lines.get(2).italic());
    }

    @Test
    void theOldConstructorMakesAnUprightWord() {
        assertFalse(new Word("a", 0, 0, 5, 9, "Helvetica", 9, true).italic());
    }
}
