package org.boardpack.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.IngestException;
import org.boardpack.ingest.ParsedDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The whole extraction, tables and reading order included, on the awkward real PDFs: no crash. */
class HardPdfsExtractionTest {

    static Stream<Path> pdfs() throws IOException {
        Path shared = Path.of(System.getProperty("boardpack.shared", "../shared")).resolve("datasets");
        try (Stream<Path> hard = Files.list(shared.resolve("hard-pdfs"));
             Stream<Path> tabula = Files.list(shared.resolve("tabula-samples"))) {
            return Stream.concat(hard.toList().stream(), tabula.toList().stream())
                    .filter(p -> p.toString().endsWith(".pdf")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("pdfs")
    void extractsOrRefusesWithAReason(Path pdf) {
        try {
            ParsedDocument doc = new FileIngester().ingest(pdf);
            PackRecord record = new PackExtractor().extract(doc, pdf.getFileName().toString());
            assertEquals(doc.pageCount(), record.pages().size());
            assertNotNull(record.tables());
        } catch (IngestException e) {
            assertNotNull(e.kind(), e.oneLine());
        }
    }
}
