package org.boardpack.ingest.pdf;

import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * PDFBox's resource cache for one document, except that a font stays cached from page to page.
 * PDFBox drops a page's resources once its text is read and parses a shared font again on the
 * next pages (until it has dropped it three times), so board papers, whose pages share a few
 * embedded fonts, paid for parsing them several times over: a sixth of reading a PDF. The cache
 * holds fonts by soft reference, so memory can still reclaim them; it lives as long as the document.
 */
final class FontKeepingCache extends DefaultResourceCache {

    @Override
    public PDFont removeFont(COSObject indirect) {
        return null;
    }
}
