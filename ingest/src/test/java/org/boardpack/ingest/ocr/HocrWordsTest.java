package org.boardpack.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.SAXParserFactory;
import org.boardpack.ingest.Word;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** Tesseract's hOCR as it writes it: words with pixel boxes become words in points. */
class HocrWordsTest {

    private static final String HOCR = """
            <html xmlns="http://www.w3.org/1999/xhtml"><body>
            <div class="ocr_page" id="page_1" title="bbox 0 0 2480 3507; ppageno 0">
             <span class="ocr_line" id="line_1_1" title="bbox 240 235 1330 297; baseline -0.001 -13">
              <span class="ocrx_word" id="word_1_1" title="bbox 240 235 424 284; x_wconf 95">Calder</span>
              <span class="ocrx_word" id="word_1_2" title="bbox 450 235 630 297; x_wconf 96"><strong>Valley</strong></span>
              <span class="ocrx_word" id="word_1_3" title="bbox 651 235 700 297; x_wconf 10"> </span>
             </span>
            </div></body></html>
            """;

    @Test
    void wordsKeepTheirBoxesScaledToPoints() throws Exception {
        HocrWords handler = new HocrWords(72f / 300);
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.newSAXParser().parse(new InputSource(new StringReader(HOCR)), handler);
        List<Word> words = handler.words();
        assertEquals(List.of("Calder", "Valley"), words.stream().map(Word::text).toList(), "blank words are dropped");
        Word calder = words.getFirst();
        assertEquals(240 * 0.24f, calder.x0(), 0.01f);
        assertEquals(235 * 0.24f, calder.top(), 0.01f);
        assertEquals(424 * 0.24f, calder.x1(), 0.01f);
        assertEquals(284 * 0.24f, calder.bottom(), 0.01f);
    }
}
