package org.boardpack.ingest.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A word-processed document's text is normalised as a PDF's is: Unicode spaces break words, invisible marks go. */
class NormalisedDocumentTextTest {

    @TempDir
    Path tmp;

    @Test
    void noBreakSpacesSoftHyphensLigaturesAndZeroWidthSpacesInHtml() throws Exception {
        Path html = tmp.resolve("minutes.html");
        Files.writeString(html, "<html><body><p>Item&nbsp;12:&#8239;Recom&shy;mendations of the "
                + "&#xFB01;nance&#x200B; committee&#x3000;agreed</p></body></html>");
        List<TextLine> lines = new FileIngester().ingest(html).pages().getFirst().lines();
        assertEquals("Item 12: Recommendations of the finance committee agreed", lines.getFirst().text());
        assertEquals(List.of("Item", "12:", "Recommendations", "of", "the", "finance", "committee", "agreed"),
                lines.getFirst().words().stream().map(Word::text).toList());
    }
}
