package org.boardpack.ingest.pdf;

import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.cos.COSBase;

/**
 * {@code q}: PDFBox's save of the graphics state, and a save of the clip region, which PDFBox's
 * text stripper does not track, so that a clip set after it ends at the matching {@code Q}.
 */
final class SaveWithClip extends Save {

    private final ClipStack clip;

    SaveWithClip(PDFStreamEngine context, ClipStack clip) {
        super(context);
        this.clip = clip;
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) {
        super.process(operator, operands);
        clip.save();
    }
}
