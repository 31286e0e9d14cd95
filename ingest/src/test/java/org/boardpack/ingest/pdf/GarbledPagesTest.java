package org.boardpack.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.boardpack.ingest.FailureKind;
import org.boardpack.ingest.IngestException;
import org.boardpack.ingest.Page;
import org.junit.jupiter.api.Test;

/** Garbled pages found by two readers of one file tell the file's story as one reader in page order would. */
class GarbledPagesTest {

    @Test
    void pagesFromAnotherReaderJoinInPageOrderWithTheFirstPagesEvidence() {
        GarbledPages main = new GarbledPages();
        main.add(9, new GarbledTextCheck.Verdict(true, "glyphs without characters"));
        GarbledPages helper = new GarbledPages();
        helper.add(3, new GarbledTextCheck.Verdict(true, "symbols in place of words"));
        helper.add(4, new GarbledTextCheck.Verdict(true, "glyphs without characters"));
        main.addAll(helper);

        List<Page> blank = IntStream.rangeClosed(1, 10).mapToObj(n -> new Page(n, 595, 842, 0, List.of())).toList();
        IngestException e = assertThrows(IngestException.class,
                () -> main.refuseIfMostlyGarbled(Path.of("x.pdf"), blank, ScannedPageReader.NOT_REQUESTED));
        assertEquals(FailureKind.GARBLED_TEXT_LAYER, e.kind());
        assertTrue(e.getMessage().startsWith("pages 3-4, 9 of 10 render as text"), e.getMessage());
        assertTrue(e.getMessage().contains("(symbols in place of words;"), e.getMessage());
    }
}
