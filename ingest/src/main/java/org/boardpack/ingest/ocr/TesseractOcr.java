package org.boardpack.ingest.ocr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import java.util.List;
import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.boardpack.ingest.Word;
import org.xml.sax.SAXException;

/**
 * Tesseract, run by Tika's OCR parser on one page image, asked for hOCR so each word comes with
 * its box. Tesseract is an external program: {@link #installed()} says whether this machine has it.
 */
public final class TesseractOcr {

    private final TesseractOCRParser parser;
    private final TesseractOCRConfig config;

    /** Tesseract on the PATH, reading English. */
    public TesseractOcr() {
        this("eng", "");
    }

    /**
     * @param language  Tesseract's language code(s), e.g. {@code eng}
     * @param directory the directory holding the {@code tesseract} program, or empty for the PATH
     */
    public TesseractOcr(String language, String directory) {
        this.parser = new TesseractOCRParser();
        parser.setTesseractPath(directory);
        this.config = new TesseractOCRConfig();
        config.setLanguage(language);
        config.setOutputType(TesseractOCRConfig.OUTPUT_TYPE.HOCR);
    }

    /** Whether the tesseract program can be run here. */
    public boolean installed() {
        try {
            return parser.hasTesseract();
        } catch (TikaConfigException e) {
            // Tika could not even look for it: to the user that is the same as not installed
            return false;
        }
    }

    /**
     * The words Tesseract reads on the image, boxes in PDF points from its top-left corner.
     *
     * @param pointsPerPixel 72 / the dpi the image was rendered at
     */
    public List<Word> words(BufferedImage image, float pointsPerPixel) throws IOException, TikaException, SAXException {
        HocrWords handler = new HocrWords(pointsPerPixel);
        ParseContext context = new ParseContext();
        context.set(TesseractOCRConfig.class, config);
        // as a PNG stream: Tika's parse(Image) hands Tesseract a picture in which it finds no text
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, "image/png");
        parser.parse(new ByteArrayInputStream(png.toByteArray()), handler, metadata, context);
        return handler.words();
    }
}
