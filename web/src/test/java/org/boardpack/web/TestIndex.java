package org.boardpack.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.boardpack.app.SamplePacks;
import org.boardpack.app.ingest.BatchSettings;
import org.boardpack.app.ingest.IngestListener;
import org.boardpack.app.ingest.IngestService;
import org.boardpack.app.ingest.PackPipeline;
import org.boardpack.app.ingest.RunReport;
import org.boardpack.extract.PackExtractor;
import org.boardpack.ingest.FileIngester;

/**
 * The index the server tests read, built once per JVM: the four smallest packs of the bundled
 * corpus and one paper drawn here whose minutes print markup ({@code <script>}), which every page
 * must show as text. A file beside them that is not indexed is the tests' forbidden file.
 */
public final class TestIndex {

    /** The markup the drawn paper prints. */
    public static final String SCRIPT = "<script>alert('boardpack')</script>";
    /** The day the tests' server takes for today. */
    public static final Clock CLOCK = Clock.fixed(LocalDate.of(2024, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);


    private static TestIndex built;

    public final Path dir;
    public final Path packs;
    /** Beside the indexed files, never indexed. */
    public final Path notIndexed;

    private TestIndex(Path dir, Path packs, Path notIndexed) {
        this.dir = dir;
        this.packs = packs;
        this.notIndexed = notIndexed;
    }

    public static synchronized TestIndex get() {
        if (built == null) {
            built = build();
        }
        return built;
    }

    /** A server on a free port of this machine over the test index. */
    public static WebServer server() throws Exception {
        return WebServer.start(new ServeSettings(get().dir, List.of(), ServeSettings.LOCALHOST, 0, CLOCK));
    }

    private static TestIndex build() {
        try {
            Path root = Files.createTempDirectory("boardpack-web-test");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
            Path packs = Files.createDirectories(root.resolve("packs"));
            for (Path p : SamplePacks.smallest(4)) {
                Files.copy(p, packs.resolve(p.getFileName()));
            }
            drawMarkupMinutes(packs.resolve("harbour-board-2024-03-12.pdf"));
            Path notIndexed = Files.writeString(root.resolve("secret.txt"), "not in the index");
            Path index = root.resolve("index");
            IngestService service = new IngestService(() -> new PackPipeline(new FileIngester(), new PackExtractor()));
            RunReport report = service.ingest(List.of(packs), new BatchSettings(index, 1, Duration.ZERO, 20,
                    Duration.ofSeconds(10)), false, false, IngestListener.SILENT);
            assertEquals(RunReport.Outcome.OK, report.outcome(), String.valueOf(report.error()));
            return new TestIndex(index, packs, notIndexed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Minutes of one meeting whose body name and resolution print {@link #SCRIPT}. */
    private static void drawMarkupMinutes(Path file) throws IOException {
        List<String> lines = List.of("Harbour Board",
                "Minutes of the meeting of the Harbour Board held on 12 March 2024",
                "Present: Ann Example (Chair), Raj Sample",
                "1. Website policy " + SCRIPT,
                "RESOLVED: that the website policy " + SCRIPT + " be approved.");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                float y = 720;
                for (String line : lines) {
                    s.beginText();
                    s.newLineAtOffset(72, y);
                    s.showText(line);
                    s.endText();
                    y -= 22;
                }
            }
            doc.save(file.toFile());
        }
    }

    private static void delete(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is not worth failing the run for
        }
    }
}
