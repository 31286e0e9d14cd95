package org.boardpack.ingest.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.cos.COSBase;

/**
 * {@code Q}: PDFBox's restore of the graphics state, and of the clip region saved with it by
 * {@link SaveWithClip}.
 */
final class RestoreWithClip extends Restore {

    private final ClipStack clip;

    RestoreWithClip(PDFStreamEngine context, ClipStack clip) {
        super(context);
        this.clip = clip;
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) throws IOException {
        // PDFBox throws on a Q with nothing saved (and then skips the operator); pop only after it
        // has restored, so the two stacks stay the same height
        super.process(operator, operands);
        clip.restore();
    }
}
