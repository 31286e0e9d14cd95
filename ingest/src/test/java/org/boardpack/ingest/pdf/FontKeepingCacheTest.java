package org.boardpack.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.ResourceCache;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.boardpack.ingest.fixtures.DrawnPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A font the pages share is parsed once per document, not again after each page is read. */
class FontKeepingCacheTest {

    @TempDir
    Path tmp;

    @Test
    void aFontSharedByThePagesIsTheSameObjectOnEveryPage() throws Exception {
        List<PDFont> fonts = fontsPageByPage(new FontKeepingCache());
        for (PDFont font : fonts) {
            assertSame(fonts.getFirst(), font);
        }
    }

    @Test
    void pdfBoxsOwnCacheParsesItAgainAfterAPageIsDropped() throws Exception {
        // what the keeping cache is for: without it the second page gets a new font object
        List<PDFont> fonts = fontsPageByPage(new DefaultResourceCache());
        assertNotSame(fonts.get(0), fonts.get(1));
    }

    /** Each page's font, the page's resources dropped after it as PDFBox's text stripper does. */
    private List<PDFont> fontsPageByPage(ResourceCache cache) throws Exception {
        DrawnPdf drawn = new DrawnPdf().text(50, 100, "Minutes of the meeting");
        for (int p = 2; p <= 5; p++) {
            drawn.newPage().text(50, 100, "Page " + p);
        }
        Path file = drawn.save(tmp.resolve("five-pages.pdf"));
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            pdf.setResourceCache(cache);
            for (PDPage page : pdf.getPages()) {
                COSName name = page.getResources().getFontNames().iterator().next();
                PDFont font = page.getResources().getFont(name);
                assertNotNull(font);
                fonts.add(font);
                page.removePageResourceFromCache();
            }
        }
        return fonts;
    }
}
