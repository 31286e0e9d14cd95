package org.boardpack.extract;

import org.boardpack.model.PackRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.IngestException;
import org.boardpack.ingest.ParsedDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The whole extraction, tables and reading order included, on the awkward real PDFs: no crash. */
class HardPdfsExtractionTest {

    /** The project's testdata/ (Surefire sets boardpack.testdata; it runs in the module directory). */
    static List<Path> pdfs() throws IOException {
        Path testdata = Path.of(System.getProperty("boardpack.testdata", "../testdata"));
        List<Path> pdfs = new ArrayList<>();
        for (String folder : List.of("hard-pdfs", "tabula-samples")) {
            try (Stream<Path> s = Files.list(testdata.resolve(folder))) {
                List<Path> found = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
                assertFalse(found.isEmpty(), "no PDFs in " + testdata.resolve(folder).toAbsolutePath());
                pdfs.addAll(found);
            }
        }
        return pdfs;
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
