package org.boardpack.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.boardpack.corpus.pdf.DocumentStamp;
import org.boardpack.model.BoardpackJson;
import org.boardpack.model.PackRecord;
import org.boardpack.model.actions.Action;
import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.decisions.Decision;
import org.boardpack.model.meetings.Meeting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The PDFBox packs of the bundled corpus: deterministic, answers on their pages, committed files current. */
class SampleCorpusTest {

    /** Surefire runs in the module directory. */
    private static final Path PACKS = Path.of("packs");

    static Stream<SampleCorpus.Spec> specs() {
        return SampleCorpus.SPECS.stream();
    }

    @ParameterizedTest
    @MethodSource("specs")
    void sameSeedSameText(SampleCorpus.Spec spec) throws IOException {
        RenderedPack a = SampleCorpus.render(spec);
        RenderedPack b = SampleCorpus.render(spec);
        assertEquals(a.name(), b.name());
        assertEquals(PdfPages.texts(a.pdf()), PdfPages.texts(b.pdf()));
        assertEquals(SampleCorpus.answersJson(a.answers()), SampleCorpus.answersJson(b.answers()));
        assertArrayEquals(a.pdf(), b.pdf(), "bytes differ: the /ID, a date or a font subset tag depends on the run");
    }

    @ParameterizedTest
    @MethodSource("specs")
    void answersAppearOnTheirPages(SampleCorpus.Spec spec) throws IOException {
        RenderedPack pack = SampleCorpus.render(spec);
        PackRecord r = pack.answers();
        List<String> pages = PdfPages.texts(pack.pdf()).stream().map(PdfPages::dehyphenated).toList();
        assertEquals(pages.size(), r.source().pages());
        assertFalse(r.attendance().isEmpty());
        assertFalse(r.decisions().isEmpty());
        if (!spec.kind().equals("council") && !spec.kind().equals("parish")) {
            // council and parish minutes resolve rather than give out actions
            assertFalse(r.actions().isEmpty());
        }
        for (Attendance a : r.attendance()) {
            assertOn(pages, a.page(), a.name(), "attendance");
            if (a.initials() != null) {
                assertOn(pages, a.page(), a.initials(), "initials");
            }
        }
        for (Decision d : r.decisions()) {
            assertOn(pages, d.page(), d.text(), "decision");
        }
        for (Action a : r.actions()) {
            // minutes actions are anchored by their reference (NHS) or, where minutes give none, their text
            String anchor = a.ref() != null && a.description() == null ? "Action " + a.ref()
                    : a.description();
            assertOn(pages, a.page(), anchor, "action");
            assertOn(pages, a.page(), a.owner(), "action owner");
        }
        for (Meeting m : r.meetings()) {
            int page = firstPage(r, m.id());
            LocalDate d = LocalDate.parse(m.date());
            String onPage = pages.get(page - 1);
            // some titles print the date in capitals (HELD ON 8TH APRIL 2020)
            boolean found = Stream.of(Dates.dayMonthYear(d), Dates.ordinal(d))
                    .anyMatch(s -> onPage.contains(PdfPages.squash(s))
                            || onPage.contains(PdfPages.squash(s.toUpperCase(java.util.Locale.ROOT))));
            assertTrue(found, m.id() + " date not printed on page " + page);
        }
    }

    @Test
    void everyStyleIsInTheCorpus() {
        // the parish style is generated for evaluation (generate --style parish) and not bundled yet: the
        // command tests are written against the bundled corpus, and bundling it is a change of its own
        assertEquals(java.util.EnumSet.complementOf(java.util.EnumSet.of(HouseStyle.PARISH)),
                SampleCorpus.SPECS.stream().map(s -> HouseStyle.of(s.kind())).collect(Collectors.toSet()));
    }

    @ParameterizedTest
    @MethodSource("specs")
    void committedPacksMatchAFreshRendering(SampleCorpus.Spec spec) throws IOException {
        RenderedPack pack = SampleCorpus.render(spec);
        Path pdf = PACKS.resolve(pack.name() + ".pdf");
        Path json = PACKS.resolve(pack.name() + ".json");
        assertTrue(Files.exists(pdf) && Files.exists(json),
                "corpus/packs out of date: run ./boardpack samples (missing " + pdf + ")");
        assertEquals(PdfPages.texts(pack.pdf()), PdfPages.texts(Files.readAllBytes(pdf)), pack.name());
        var mapper = BoardpackJson.newMapper();
        JsonNode fresh = mapper.readTree(SampleCorpus.answersJson(pack.answers()));
        JsonNode committed = mapper.readTree(Files.readString(json));
        ((ObjectNode) fresh.get("source")).remove("sha256");
        ((ObjectNode) committed.get("source")).remove("sha256");
        assertEquals(fresh, committed, pack.name() + ".json");
        // byte for byte: the generator's varied forms (Variations) must leave the plain styles untouched
        assertArrayEquals(Files.readAllBytes(pdf), pack.pdf(), pack.name() + ".pdf bytes");
        assertEquals(Files.readString(json), SampleCorpus.answersJson(pack.answers()), pack.name() + ".json text");
        // the committed sha256 must describe the committed bytes
        assertEquals(SourceInfos.sha256(Files.readAllBytes(pdf)),
                mapper.readTree(Files.readString(json)).get("source").get("sha256").asText());
    }

    /**
     * Every committed file this generator produced is one of the specs, so a changed seed does not
     * leave a stale pack behind. Files of other producers (LibreOffice, Chromium renderings of the
     * HTML packs) cannot be regenerated here and are left alone.
     */
    @Test
    void noStaleGeneratorPacks() throws IOException {
        Set<String> expected = new java.util.HashSet<>();
        for (SampleCorpus.Spec spec : SampleCorpus.SPECS) {
            expected.add(SampleCorpus.render(spec).name() + ".pdf");
        }
        List<String> ours = new ArrayList<>();
        try (Stream<Path> files = Files.list(PACKS)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".pdf")).toList()) {
                try (PDDocument doc = Loader.loadPDF(p.toFile())) {
                    if (DocumentStamp.PRODUCER.equals(doc.getDocumentInformation().getProducer())) {
                        ours.add(p.getFileName().toString());
                    }
                }
            }
        }
        assertEquals(expected, Set.copyOf(ours), "generator packs in corpus/packs differ from SampleCorpus.SPECS");
    }

    private static void assertOn(List<String> pages, int page, String text, String what) {
        assertTrue(page >= 1 && page <= pages.size(), what + " page out of range: " + page);
        assertTrue(pages.get(page - 1).contains(PdfPages.squash(text)),
                what + " '" + text + "' not found on page " + page);
    }

    /** A meeting's date is printed where its first entity is: the agenda's or the minutes' first page. */
    private static int firstPage(PackRecord r, String meeting) {
        List<Integer> pages = new ArrayList<>();
        r.agendaItems().stream().filter(a -> a.meeting().equals(meeting)).forEach(a -> pages.add(a.page()));
        r.attendance().stream().filter(a -> a.meeting().equals(meeting)).forEach(a -> pages.add(a.page()));
        int first = pages.stream().min(Integer::compare).orElseThrow();
        // the date is in the title block, which is on the document's first page
        return r.documents().stream().filter(d -> d.firstPage() <= first && first <= d.lastPage())
                .findFirst().orElseThrow().firstPage();
    }
}
