package org.boardpack.extract.tables;

import org.boardpack.model.tables.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.tables.TableFinder;
import org.junit.jupiter.api.Test;

/** Tables of packs written by a browser and by LibreOffice: borders as filled boxes or strokes. */
class TableExtractorTest {

    private static Path pack(String producer) throws Exception {
        Path dir = Path.of(System.getProperty("boardpack.root", "..")).resolve("corpus/packs");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith("-" + producer + ".pdf") && p.getFileName().toString().startsWith("nhs"))
                    .findFirst().orElseThrow();
        }
    }

    @Test
    void performanceTableWithItsCaptionAndActionLogAcrossProducers() throws Exception {
        for (String producer : List.of("chromium", "libreoffice")) {
            List<Table> tables = new TableExtractor(TableFinder.standard()).extract(new FileIngester().ingest(pack(producer)));
            Table performance = tables.stream().filter(t -> t.title() != null && t.title().startsWith("Table 1:"))
                    .findFirst().orElseThrow(() -> new AssertionError(producer + ": " + tables));
            assertEquals(List.of("Place", "Target", "Performance", "Trend"), performance.rows().getFirst(), producer);
            assertEquals(1, performance.headerRows(), producer);
            assertTrue(performance.rows().stream().skip(1).allMatch(r -> r.get(2).matches("\\d+(\\.\\d)?%")),
                    producer + " keeps percentages as printed: " + performance.rows());
            Table log = tables.stream().filter(t -> t.rows().getFirst().getFirst().equals("Ref")).findFirst().orElseThrow();
            assertEquals(List.of("Ref", "Date", "Item", "Action", "Responsible", "Deadline", "Status", "Comments"),
                    log.rows().getFirst(), producer);
            assertTrue(log.rows().size() > 3);
            Table agenda = tables.getFirst();
            assertEquals(List.of("Item", "Lead", "Timings"), agenda.rows().getFirst(), producer);
            assertNull(agenda.lastPage());
            assertEquals(4, agenda.bbox().size());
        }
    }
}
