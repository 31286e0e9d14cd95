package org.boardpack.corpus.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The document information and trailer /ID: fixed dates and an /ID derived from the pack's key, so
 * renderings are byte-identical; and the Producer that tells this generator's files apart from
 * packs rendered by LibreOffice or Chromium.
 */
public final class DocumentStamp {

    public static final String PRODUCER = "boardpack corpus generator (PDFBox)";

    private DocumentStamp() {
    }

    static void stamp(PDDocument doc, String key) {
        PDDocumentInformation info = doc.getDocumentInformation();
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.clear();
        created.set(2024, Calendar.JANUARY, 1, 0, 0, 0);
        info.setCreationDate(created);
        info.setModificationDate(created);
        info.setProducer(PRODUCER);
        info.setTitle(key);
        try {
            byte[] id = MessageDigest.getInstance("MD5").digest(key.getBytes(StandardCharsets.UTF_8));
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
