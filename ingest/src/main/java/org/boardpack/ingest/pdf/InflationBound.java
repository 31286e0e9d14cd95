package org.boardpack.ingest.pdf;

import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

/**
 * The most bytes a stream can decode to, known from its encoded size and filters without decoding
 * it, so that the {@link DecodeBudget} needs to inflate only the streams that could break it.
 *
 * <p>The ratios are the formats' own ceilings: Deflate codes at best 258 bytes (its longest match)
 * in two bits (a one-bit length code and a one-bit distance code), so {@code 1032:1}; ASCII85 writes
 * 4 bytes for its one-character {@code z}; RunLength at most 128 bytes for 2; ASCIIHex halves. LZW
 * grows with the square of its input and a predictor's rows are sized by the stream's own
 * parameters, so neither has a bound: such streams are decoded to be counted, as are filters not
 * listed here.
 */
final class InflationBound {

    /** No bound short of decoding the stream. */
    static final long UNKNOWN = -1;

    private static final long DEFLATE_RATIO = 1032;

    private InflationBound() {
    }

    /**
     * @param filters    the stream's filter names, in the order they are applied to decode it
     * @param encodedSize the bytes of the stream as stored in the file
     * @return the most bytes the chain can decode to, or {@link #UNKNOWN}
     */
    static long of(COSStream stream, List<COSName> filters, long encodedSize) {
        if (hasPredictor(stream.getDictionaryObject(COSName.DECODE_PARMS, COSName.DP))) {
            return UNKNOWN;
        }
        long bound = encodedSize;
        for (COSName filter : filters) {
            bound = after(filter, bound);
            if (bound == UNKNOWN) {
                return UNKNOWN;
            }
        }
        return bound;
    }

    /** The most bytes {@code filter} makes of {@code in} bytes. */
    static long after(COSName filter, long in) {
        if (COSName.FLATE_DECODE.equals(filter) || COSName.FLATE_DECODE_ABBREVIATION.equals(filter)) {
            // one more ratio's worth for the bits of a last, partly used byte
            return saturated(in, DEFLATE_RATIO, DEFLATE_RATIO);
        }
        if (COSName.ASCII85_DECODE.equals(filter) || COSName.ASCII85_DECODE_ABBREVIATION.equals(filter)) {
            return saturated(in, 4, 4);
        }
        if (COSName.RUN_LENGTH_DECODE.equals(filter) || COSName.RUN_LENGTH_DECODE_ABBREVIATION.equals(filter)) {
            return saturated(in, 64, 128);
        }
        if (COSName.ASCII_HEX_DECODE.equals(filter) || COSName.ASCII_HEX_DECODE_ABBREVIATION.equals(filter)) {
            return saturated(in, 1, 1);
        }
        return UNKNOWN;
    }

    /** {@code in * ratio + slack}, held at {@code Long.MAX_VALUE} rather than overflowing. */
    private static long saturated(long in, long ratio, long slack) {
        if (in > (Long.MAX_VALUE - slack) / ratio) {
            return Long.MAX_VALUE;
        }
        return in * ratio + slack;
    }

    /**
     * Whether the decode parameters (one dictionary, or one per filter) name a predictor: any value
     * but 1 (none) counts, a malformed one included, since PDFBox may still act on it.
     */
    private static boolean hasPredictor(COSBase parms) {
        if (parms instanceof COSDictionary d) {
            return d.containsKey(COSName.PREDICTOR) && d.getInt(COSName.PREDICTOR, 0) != 1;
        }
        if (parms instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) {
                if (hasPredictor(a.getObject(i))) {
                    return true;
                }
            }
        }
        return false;
    }
}
