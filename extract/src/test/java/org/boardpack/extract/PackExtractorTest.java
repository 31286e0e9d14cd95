package org.boardpack.extract;

import org.boardpack.model.BoardpackJson;
import org.boardpack.model.PackRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.model.context.ExtractionWarning;
import org.boardpack.extract.fixtures.SeedLayouts;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.tables.TableContinuation;
import org.boardpack.ingest.tables.TableDetector;
import org.boardpack.ingest.tables.TableFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extract stage's contract: one extractor's failure costs its record type, never the file. */
class PackExtractorTest {

    @TempDir
    Path dir;

    @Test
    void aFailingExtractorCostsItsRecordTypesAndTheOthersAreKept() throws Exception {
        ParsedDocument doc = SeedLayouts.councilMinutes().ingest(dir, "council-minutes.pdf");
        TableDetector broken = (page, taken) -> {
            throw new IllegalStateException("detector defect on page " + page.number());
        };
        PackRecord record = new PackExtractor(new TableFinder(List.of(broken), new TableContinuation()))
                .extract(doc, "council-minutes.pdf");

        // tables, and the actions read from tables, are lost and said to be lost
        assertNull(record.tables());
        assertNull(record.actions());
        List<String> lost = record.warnings().stream().map(ExtractionWarning::recordType).toList();
        assertTrue(lost.contains("tables") && lost.contains("actions"), lost.toString());
        assertTrue(record.warnings().getFirst().message().contains("detector defect"), record.warnings().toString());
        // everything else is still read from the same file
        assertEquals(1, record.meetings().size());
        assertFalse(record.attendance().isEmpty());
        assertEquals(1, record.decisions().size());
        assertNotNull(record.pages());
    }

    @Test
    void aFileReadWithoutFaultHasNoWarnings() throws Exception {
        ParsedDocument doc = SeedLayouts.councilMinutes().ingest(dir, "council-minutes.pdf");
        PackRecord record = new PackExtractor().extract(doc, "council-minutes.pdf");
        assertNull(record.warnings());
        assertFalse(BoardpackJson.newMapper().writeValueAsString(record).contains("\"warnings\""));
        assertEquals(1, record.decisions().size());
    }
}
