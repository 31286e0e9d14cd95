package org.boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.boardpack.extract.PackExtractor;
import org.boardpack.ingest.FailureKind;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.IngestException;
import org.boardpack.ingest.tables.TableContinuation;
import org.boardpack.ingest.tables.TableDetector;
import org.boardpack.ingest.tables.TableFinder;
import org.junit.jupiter.api.Test;

/** A defect in an extractor becomes a typed failure of that file, not the end of the batch. */
class PackPipelineTest {

    @Test
    void anExtractorThatFailsGivesATypedReasonNamingTheFile() throws Exception {
        Path pack;
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("boardpack.root", "..")).resolve("corpus/packs"))) {
            pack = s.filter(p -> p.toString().endsWith(".pdf")).sorted().findFirst().orElseThrow();
        }
        TableDetector broken = (page, taken) -> {
            throw new IllegalStateException("detector defect on page " + page.number());
        };
        PackPipeline pipeline = new PackPipeline(new FileIngester(),
                new PackExtractor(new TableFinder(List.of(broken), new TableContinuation())));
        IngestException e = assertThrows(IngestException.class, () -> pipeline.process(pack, pack.toString()));
        assertEquals(FailureKind.EXTRACTION_FAILED, e.kind());
        assertTrue(e.oneLine().startsWith(pack.toString()) && e.oneLine().contains("detector defect"), e.oneLine());
    }
}
