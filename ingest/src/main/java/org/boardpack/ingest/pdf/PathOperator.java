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
    /** What this operator does, chosen once: see {@link #process}. */
    private final Action action;
    /** The colour whose lightness was last asked for, and that lightness: see {@link #gray}. */
    private PDColor lastColor;
    private float lastGray;

    private interface Action {
        void run(List<COSBase> operands);
    }

    PathOperator(PDFStreamEngine context, String name, PathRecorder recorder) {
        super(context);
        this.name = name;
        this.recorder = recorder;
        this.action = action(name);
    }

    private Action action(String name) {
        return switch (name) {
            case "m" -> ops -> point(ops, 2, 0, recorder::moveTo);
            case "l" -> ops -> point(ops, 2, 0, recorder::lineTo);
            case "c" -> ops -> point(ops, 6, 4, recorder::curveTo);
            case "v", "y" -> ops -> point(ops, 4, 2, recorder::curveTo);
            case "h" -> ops -> recorder.closePath();
            case "re" -> this::rectangle;
            case "S" -> ops -> recorder.stroke(visible(true));
            case "s" -> ops -> {
                recorder.closePath();
                recorder.stroke(visible(true));
            };
            case "f", "F", "f*" -> ops -> recorder.fill(visible(false), gray(false));
            case "B", "B*" -> ops -> recorder.fillAndStroke(visible(false), gray(false), visible(true));
            case "b", "b*" -> ops -> {
                recorder.closePath();
                recorder.fillAndStroke(visible(false), gray(false), visible(true));
            };
            case "n" -> ops -> recorder.endPath();
            // the winding rule does not change the bounding box the clip is approximated by
            case "W", "W*" -> ops -> recorder.clipNext();
            default -> throw new IllegalArgumentException("not a path operator: " + name);
        };
    }

    @Override
    public String getName() {
        return name;
    }

    /**
     * Runs the operator's own small action. One method switching over every operator, as this was,
     * inlined all their work into one body that the JIT compiler took seconds to compile; an action
     * per operator is compiled on its own, and only when its operator is common.
     */
    @Override
    public void process(Operator operator, List<COSBase> operands) throws IOException {
        action.run(operands);
    }

    private interface PointSink {
        void accept(float x, float y);
    }

    /** The last two of {@code count} numbers, the point a path operator ends at, in device space. */
    private void point(List<COSBase> operands, int count, int offset, PointSink sink) {
        float[] values = numbers(operands, count);
        if (values != null) {
            Point2D.Float p = ctm().transformPoint(values[offset], values[offset + 1]);
            sink.accept(p.x, p.y);
        }
    }

    private void rectangle(List<COSBase> operands) {
        float[] v = numbers(operands, 4);
        if (v == null) {
            return;
        }
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

    /**
     * Lightness of the current colour; unknown colour spaces (patterns) count as mid grey. The
     * last answer is kept for the same colour object (a colour is set once and painted with many
     * times; an ICC-based one is converted by Java's colour management, which is not cheap).
     */
    private float gray(boolean stroking) {
        var gs = getContext().getGraphicsState();
        PDColor color = stroking ? gs.getStrokingColor() : gs.getNonStrokingColor();
        if (color != lastColor) {
            lastGray = lightness(color);
            lastColor = color;
        }
        return lastGray;
    }

    private static float lightness(PDColor color) {
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

    /** The first {@code count} operands as numbers, or null when there are fewer or one is not a number. */
    private static float[] numbers(List<COSBase> operands, int count) {
        if (operands.size() < count) {
            return null;
        }
        float[] out = new float[count];
        for (int i = 0; i < count; i++) {
            if (!(operands.get(i) instanceof COSNumber n)) {
                return null;
            }
            out[i] = n.floatValue();
        }
        return out;
    }
}
