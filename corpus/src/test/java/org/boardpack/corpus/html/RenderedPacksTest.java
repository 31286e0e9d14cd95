package org.boardpack.corpus.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.boardpack.corpus.SourceInfos;
import org.boardpack.model.BoardpackJson;
import org.boardpack.model.PackRecord;
import org.boardpack.model.actions.Action;
import org.boardpack.model.actions.ActionSource;
import org.boardpack.model.agenda.AgendaItem;
import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.decisions.Decision;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed LibreOffice and Chromium packs against their answers: each answer's own words are
 * on the page it names, so the answers cannot drift from the PDFs. Checked from the answers alone,
 * not from the anchors that placed them, so a fault in the anchors shows here too.
 */
class RenderedPacksTest {

    /** Surefire runs in the module directory. */
    private static final Path PACKS = Path.of("packs");

    static Stream<Path> answers() throws IOException {
        try (Stream<Path> files = Files.list(PACKS)) {
            return files.filter(p -> p.getFileName().toString().matches(".*-(libreoffice|chromium)\\.json"))
                    .sorted().toList().stream();
        }
    }

    @Test
    void bothProducersAndEveryStyleAreCommitted() throws IOException {
        List<String> names = answers().map(p -> p.getFileName().toString()).toList();
        for (String producer : List.of("libreoffice", "chromium")) {
            for (String style : List.of("nhs-", "council-", "charity-")) {
                assertTrue(names.stream().anyMatch(n -> n.startsWith(style) && n.endsWith("-" + producer + ".json")),
                        style + producer + " in " + names);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("answers")
    void everyAnswerIsOnItsPage(Path json) throws IOException {
        PackRecord r = BoardpackJson.newMapper().readValue(json.toFile(), PackRecord.class);
        Path pdfPath = json.resolveSibling(json.getFileName().toString().replaceFirst("\\.json$", ".pdf"));
        byte[] pdf = Files.readAllBytes(pdfPath);
        PdfPageTexts pages = PdfPageTexts.read(pdf);
        assertEquals(pdfPath.getFileName().toString(), r.source().path());
        assertEquals(SourceInfos.sha256(pdf), r.source().sha256(), "sha256 of " + pdfPath);
        assertEquals(pages.pageCount(), r.source().pages());
        assertTrue(pdf.length < 1_500_000, pdfPath + " is " + pdf.length + " bytes");

        int next = 1;
        for (DocumentSpan d : r.documents()) {
            assertEquals(next, d.firstPage(), d.title() + " starts where the previous document ends");
            assertTrue(d.lastPage() >= d.firstPage(), d.title());
            next = d.lastPage() + 1;
            if (d.type() == DocumentType.REPORT || d.type() == DocumentType.COVER_SHEET) {
                on(pages, d.title().toUpperCase(Locale.ROOT), d.firstPage(), true, d.title());
            }
        }
        assertEquals(pages.pageCount() + 1, next, "the documents cover every page");
        for (AgendaItem a : r.agendaItems()) {
            on(pages, a.title(), a.page(), false, "agenda item " + a.number());
        }
        for (Attendance a : r.attendance()) {
            on(pages, a.name(), a.page(), false, "attendance " + a.name());
        }
        for (Decision d : r.decisions()) {
            on(pages, Texts.opening(d.text(), 8), d.page(), false, "decision " + d.text());
        }
        for (Action a : r.actions()) {
            String words = a.source() == ActionSource.MINUTES && a.ref() != null ? "Action " + a.ref()
                    : Texts.opening(a.description(), 6);
            on(pages, words, a.page(), false, "action " + a.ref());
        }
    }

    private static void on(PdfPageTexts pages, String text, int page, boolean anyCase, String what) {
        String key = PdfPageTexts.key(text);
        String onPage = pages.keys().get(page - 1);
        boolean found = anyCase ? onPage.toUpperCase(Locale.ROOT).contains(key) : onPage.contains(key);
        assertTrue(found, what + ": \"" + text + "\" is not on page " + page);
    }
}
