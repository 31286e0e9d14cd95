package org.boardpack.ingest.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.util.Matrix;

/**
 * The path construction, painting and clipping operators
 * ({@code m l c v y h re S s f F f* B B* b b* n W W*}), added to the text stripper so that words
 * and ruling lines come from one pass over the content stream. Points are transformed by the
 * current transformation matrix and handed to a {@link PathRecorder}.
 */
final class PathOperator extends OperatorProcessor {

    static final List<String> NAMES = List.of("m", "l", "c", "v", "y", "h", "re", "S", "s", "f", "F", "f*", "B",
            "B*", "b", "b*", "n", "W", "W*");

    private final String name;
    private final PathRecorder recorder;

    PathOperator(PDFStreamEngine context, String name, PathRecorder recorder) {
        super(context);
        this.name = name;
        this.recorder = recorder;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) throws IOException {
        switch (name) {
            case "m" -> number(operands, 2).ifPresent(p -> point(p, 0, recorder::moveTo));
            case "l" -> number(operands, 2).ifPresent(p -> point(p, 0, recorder::lineTo));
            case "c" -> number(operands, 6).ifPresent(p -> point(p, 4, recorder::curveTo));
            case "v", "y" -> number(operands, 4).ifPresent(p -> point(p, 2, recorder::curveTo));
            case "h" -> recorder.closePath();
            case "re" -> number(operands, 4).ifPresent(this::rectangle);
            case "S" -> recorder.stroke(visible(true));
            case "s" -> {
                recorder.closePath();
                recorder.stroke(visible(true));
            }
            case "f", "F", "f*" -> recorder.fill(visible(false), gray(false));
            case "B", "B*", "b", "b*" -> {
                if (name.startsWith("b")) {
                    recorder.closePath();
                }
                recorder.fillAndStroke(visible(false), gray(false), visible(true));
            }
            case "n" -> recorder.endPath();
            // the winding rule does not change the bounding box the clip is approximated by
            case "W", "W*" -> recorder.clipNext();
            default -> throw new IllegalStateException("not a path operator: " + name);
        }
    }

    private interface PointSink {
        void accept(float x, float y);
    }

    private void point(float[] values, int offset, PointSink sink) {
        Point2D.Float p = ctm().transformPoint(values[offset], values[offset + 1]);
        sink.accept(p.x, p.y);
    }

    private void rectangle(float[] v) {
        Matrix ctm = ctm();
        float[][] corners = {{v[0], v[1]}, {v[0] + v[2], v[1]}, {v[0] + v[2], v[1] + v[3]}, {v[0], v[1] + v[3]}};
        float[] xs = new float[4];
        float[] ys = new float[4];
        for (int i = 0; i < 4; i++) {
            Point2D.Float p = ctm.transformPoint(corners[i][0], corners[i][1]);
            xs[i] = p.x;
            ys[i] = p.y;
        }
        recorder.rectangle(xs, ys);
    }

    private Matrix ctm() {
        return getContext().getGraphicsState().getCurrentTransformationMatrix();
    }

    private boolean visible(boolean stroking) {
        return gray(stroking) < 0.97f;
    }

    /** Lightness of the current colour; unknown colour spaces (patterns) count as mid grey. */
    private float gray(boolean stroking) {
        var gs = getContext().getGraphicsState();
        PDColor color = stroking ? gs.getStrokingColor() : gs.getNonStrokingColor();
        try {
            int rgb = color.toRGB();
            float r = ((rgb >> 16) & 0xff) / 255f;
            float g = ((rgb >> 8) & 0xff) / 255f;
            float b = (rgb & 0xff) / 255f;
            return 0.299f * r + 0.587f * g + 0.114f * b;
        } catch (IOException | RuntimeException e) {
            return 0.5f;
        }
    }

    private static java.util.Optional<float[]> number(List<COSBase> operands, int count) {
        if (operands.size() < count) {
            return java.util.Optional.empty();
        }
        float[] out = new float[count];
        for (int i = 0; i < count; i++) {
            if (!(operands.get(i) instanceof COSNumber n)) {
                return java.util.Optional.empty();
            }
            out[i] = n.floatValue();
        }
        return java.util.Optional.of(out);
    }
}
