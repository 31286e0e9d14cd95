package org.boardpack.ingest.tables;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The stream detector on the tabula-java samples, first page, against the expected CSVs. The
 * floors are the measured figures less a small margin, so a regression fails. The samples whose
 * tables are fully ruled (schools, twotables) are left to the lattice detector and not scored here.
 */
class StreamTabulaSamplesTest {

    private static final FileIngester INGESTER = new FileIngester();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // file, cell agreement floor, adjacency F1 floor
            "AnimalSounds, 1.00, 0.82",
            "MultiColumn, 1.00, 0.94",
            "argentina_diputados_voting_record, 0.96, 0.97",
            "frx_2012_disclosure, 0.98, 0.96",
            "indictb1h_14, 0.93, 0.92",
            "spanning_cells, 0.84, 0.88",
            "spreadsheet_no_bounding_frame, 0.95, 0.92",
            "Publication_of_award_of_Bids_for_Transport_Sector__August_2016, 0.95, 0.91",
    })
    void agreesWithTheExpectedTable(String name, double agreementFloor, double adjacencyFloor) throws Exception {
        Path dir = TestData.path("tabula-samples");
        Page page = INGESTER.ingest(dir.resolve(name + ".pdf")).pages().getFirst();
        List<List<String>> expected = StreamScoring.readCsv(dir.resolve(name + ".csv"));

        List<DetectedTable> tables = new StreamTableDetector().detect(page, List.of());

        DetectedTable best = StreamScoring.best(expected, tables);
        assertNotNull(best, "a table on " + name);
        double agreement = StreamScoring.cellAgreement(expected, best.rows());
        double adjacency = StreamScoring.adjacencyF1(expected, best.rows());
        assertTrue(agreement >= agreementFloor, name + " cell agreement " + agreement);
        assertTrue(adjacency >= adjacencyFloor, name + " adjacency F1 " + adjacency);
        assertTrue(best.rows().stream().allMatch(r -> r.size() == best.columns()), "rectangular");
        assertTrue(best.method().equals("stream") && best.page() == 1 && best.lastPage() == 1);
    }
}
