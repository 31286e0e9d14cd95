package org.boardpack.app.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.boardpack.extract.PackExtractor;
import org.boardpack.model.PackRecord;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.tables.TableContinuation;
import org.boardpack.ingest.tables.TableDetector;
import org.boardpack.ingest.tables.TableFinder;
import org.junit.jupiter.api.Test;

/** A defect in an extractor costs the record types it reads for that file: never the file, never the batch. */
class PackPipelineTest {

    @Test
    void anExtractorThatFailsCostsItsRecordTypesAndTheFileIsStillRead() throws Exception {
        Path pack;
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("boardpack.root", "..")).resolve("corpus/packs"))) {
            pack = s.filter(p -> p.toString().endsWith(".pdf")).sorted().findFirst().orElseThrow();
        }
        TableDetector broken = (page, taken) -> {
            throw new IllegalStateException("detector defect on page " + page.number());
        };
        PackPipeline pipeline = new PackPipeline(new FileIngester(),
                new PackExtractor(new TableFinder(List.of(broken), new TableContinuation())));
        PackRecord record = pipeline.process(pack, pack.toString());
        assertNull(record.tables());
        assertTrue(record.warnings().stream().anyMatch(w -> w.recordType().equals("tables")
                && w.message().contains("detector defect")), record.warnings().toString());
        // the file is still read: its papers and the text of every page are kept
        assertFalse(record.documents().isEmpty());
        assertFalse(record.pages().isEmpty());
    }
}
