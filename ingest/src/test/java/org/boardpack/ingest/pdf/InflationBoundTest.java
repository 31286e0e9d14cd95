package org.boardpack.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.junit.jupiter.api.Test;

/** The most a stream's filters can inflate it to, against what the best compression achieves. */
class InflationBoundTest {

    private static final long MB = 1024L * 1024;

    private static long deflatedSize(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        while (!deflater.finished()) {
            out.write(buf, 0, deflater.deflate(buf));
        }
        deflater.end();
        return out.size();
    }

    @Test
    void deflatesBestCaseStaysWithinTheBoundAndNearIt() {
        byte[] zeros = new byte[(int) (16 * MB)];
        long stored = deflatedSize(zeros);
        long bound = InflationBound.of(new COSStream(), List.of(COSName.FLATE_DECODE), stored);
        assertTrue(bound >= zeros.length, "zlib's best ratio must fit the bound: " + stored + " -> " + bound);
        assertTrue(bound < zeros.length * 1.05, "the bound is Deflate's ceiling, not a guess far above it: " + bound);
    }

    @Test
    void anOrdinaryContentStreamIsFarWithinTheDefaultBudget() {
        byte[] text = "BT /F1 10 Tf 72 700 Td (Minutes of the meeting of the Finance Committee) Tj ET\n"
                .repeat(2_000).getBytes(StandardCharsets.US_ASCII);
        long bound = InflationBound.of(new COSStream(), List.of(COSName.FLATE_DECODE), deflatedSize(text));
        assertTrue(bound >= text.length && bound < DecodeBudget.DEFAULTS.perStream(), String.valueOf(bound));
    }

    @Test
    void chainedFiltersMultiplyTheirCeilings() {
        long bound = InflationBound.of(new COSStream(), List.of(COSName.ASCII85_DECODE, COSName.FLATE_DECODE), 100);
        assertEquals((100 * 4 + 4) * 1032 + 1032, bound);
        assertEquals(100 * 64 + 128, InflationBound.of(new COSStream(), List.of(COSName.RUN_LENGTH_DECODE), 100));
        assertEquals(101, InflationBound.of(new COSStream(), List.of(COSName.ASCII_HEX_DECODE), 100));
    }

    @Test
    void lzwPredictorsAndUnknownFiltersHaveNoBound() {
        assertEquals(InflationBound.UNKNOWN, InflationBound.of(new COSStream(), List.of(COSName.LZW_DECODE), 100));
        assertEquals(InflationBound.UNKNOWN, InflationBound.of(new COSStream(), List.of(COSName.getPDFName("Foo")), 100));

        COSStream predicted = new COSStream();
        COSDictionary parms = new COSDictionary();
        parms.setInt(COSName.PREDICTOR, 12);
        parms.setInt(COSName.COLUMNS, 1_000_000);
        predicted.setItem(COSName.DECODE_PARMS, parms);
        assertEquals(InflationBound.UNKNOWN, InflationBound.of(predicted, List.of(COSName.FLATE_DECODE), 100));

        COSStream inArray = new COSStream();
        COSArray perFilter = new COSArray();
        perFilter.add(parms);
        inArray.setItem(COSName.DECODE_PARMS, perFilter);
        assertEquals(InflationBound.UNKNOWN, InflationBound.of(inArray, List.of(COSName.FLATE_DECODE), 100));

        COSStream none = new COSStream();
        COSDictionary noPredictor = new COSDictionary();
        noPredictor.setInt(COSName.PREDICTOR, 1);
        none.setItem(COSName.DECODE_PARMS, noPredictor);
        assertEquals(100 * 1032 + 1032, InflationBound.of(none, List.of(COSName.FLATE_DECODE), 100));
    }

    @Test
    void aHugeStoredSizeSaturatesRatherThanOverflows() {
        assertEquals(Long.MAX_VALUE, InflationBound.of(new COSStream(), List.of(COSName.FLATE_DECODE, COSName.FLATE_DECODE),
                Long.MAX_VALUE / 1000));
    }
}
