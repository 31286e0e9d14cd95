package org.boardpack.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.boardpack.corpus.pdf.DocumentStamp;
import org.boardpack.corpus.pdf.FontFamily;
import org.boardpack.corpus.pdf.Look;
import org.boardpack.model.PackRecord;
import org.boardpack.model.documents.DocumentSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The generator: every style, its look as drawn (fonts, bookmarks), determinism and batch naming. */
class GeneratorTest {

    /** Each style over seeds whose looks cover every font family with and without bookmarks. */
    static Stream<Object[]> packs() {
        List<Object[]> out = new ArrayList<>();
        for (HouseStyle style : HouseStyle.values()) {
            for (long seed : new long[] {1, 2, 3, 9}) {
                out.add(new Object[] {style, seed});
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("packs")
    void looksAsDrawn(HouseStyle style, long seed) throws IOException {
        Look look = Look.draw(Rng.variation(seed));
        RenderedPack pack = style.render(seed);
        try (PDDocument doc = Loader.loadPDF(pack.pdf())) {
            assertEquals(DocumentStamp.PRODUCER, doc.getDocumentInformation().getProducer());
            boolean embedded = false;
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    embedded |= font.isEmbedded();
                }
            }
            assertEquals(look.family() == FontFamily.LIBERATION_SANS, embedded, "embedded font for " + look.family());
            PDDocumentOutline outline = doc.getDocumentCatalog().getDocumentOutline();
            if (look.bookmarks()) {
                assertNotNull(outline, "bookmarks chosen but absent");
                List<String> titles = new ArrayList<>();
                for (PDOutlineItem item : outline.children()) {
                    titles.add(item.getTitle());
                }
                assertEquals(pack.answers().documents().stream().map(DocumentSpan::title).toList(), titles);
            } else {
                assertNull(outline, "bookmarks not chosen but present");
            }
            if (style != HouseStyle.PARISH) {
                // a parish council's file is its minutes (and the next agenda): a few pages, no long reports
                assertTrue(doc.getNumberOfPages() >= 20, "long reports should bring a pack to 20+ pages");
            }
        }
    }

    @Test
    void styleAndLookVaryAcrossSeeds() {
        Set<FontFamily> families = new HashSet<>();
        Set<Boolean> bookmarks = new HashSet<>();
        packs().forEach(p -> {
            Look look = Look.draw(Rng.variation((Long) p[1]));
            families.add(look.family());
            bookmarks.add(look.bookmarks());
        });
        assertEquals(Set.of(FontFamily.values()), families);
        assertEquals(Set.of(true, false), bookmarks);
    }

    @Test
    void nhsPacksHaveLandscapePages() throws IOException {
        RenderedPack pack = HouseStyle.NHS.render(3);
        try (PDDocument doc = Loader.loadPDF(pack.pdf())) {
            boolean landscape = false;
            for (PDPage page : doc.getPages()) {
                landscape |= page.getMediaBox().getWidth() > page.getMediaBox().getHeight();
            }
            assertTrue(landscape, "NHS packs print the action log on landscape pages");
        }
    }

    @Test
    void batchesAreDeterministicWithUniqueNames(@TempDir Path tmp) throws IOException {
        PackGenerator.Result a = PackGenerator.generate(6, 77L, List.of(HouseStyle.values()), tmp.resolve("a"));
        PackGenerator.Result b = PackGenerator.generate(6, 77L, List.of(HouseStyle.values()), tmp.resolve("b"));
        assertEquals(a, b);
        assertEquals(6, Set.copyOf(a.names()).size());
        for (String name : a.names()) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(name + ".pdf")),
                    Files.readAllBytes(tmp.resolve("b").resolve(name + ".pdf")), name);
        }
        assertTrue(a.names().stream().anyMatch(n -> n.startsWith("charity-")));
    }

    @Test
    void aClashingNameGetsASuffixAndItsAnswersFollow() {
        RenderedPack pack = HouseStyle.CHARITY.render(5);
        Set<String> used = new HashSet<>();
        assertEquals(pack.name(), PackGenerator.unique(pack, used).name());
        RenderedPack again = PackGenerator.unique(pack, used);
        assertEquals(pack.name() + "-2", again.name());
        PackRecord r = again.answers();
        assertEquals(pack.name() + "-2.pdf", r.source().path());
        assertFalse(r.attendance().isEmpty());
    }
}
