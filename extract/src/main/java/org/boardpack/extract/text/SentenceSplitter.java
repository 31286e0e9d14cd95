package org.boardpack.extract.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * English sentences by OpenNLP's maximum-entropy sentence detector, with the model of the
 * {@code opennlp-models-sentdetect-en} artifact read from the classpath. Minutes abbreviate
 * freely ({@code e.g.}, {@code Cllr.}, {@code 2.00 p.m.}); a trained model copes with those where a
 * full-stop rule would not. Thread-safe; load it once and share it.
 */
public final class SentenceSplitter {

    /** The models artifact names its model file in this resource. */
    private static final String MODEL_PROPERTIES = "/model.properties";

    private final ThreadSafeSentenceDetectorME detector;

    public SentenceSplitter(SentenceModel model) {
        this.detector = new ThreadSafeSentenceDetectorME(model);
    }

    /** The English model bundled on the classpath. */
    public static SentenceSplitter english() {
        try {
            Properties props = new Properties();
            try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL_PROPERTIES)) {
                if (in == null) {
                    throw new IllegalStateException("no OpenNLP sentence model on the classpath (" + MODEL_PROPERTIES + ")");
                }
                props.load(in);
            }
            String name = props.getProperty("model.name");
            try (InputStream model = SentenceSplitter.class.getResourceAsStream("/" + name)) {
                if (model == null) {
                    throw new IllegalStateException("OpenNLP sentence model " + name + " is not on the classpath");
                }
                return new SentenceSplitter(new SentenceModel(model));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP sentence model", e);
        }
    }

    /** The sentences of a paragraph, each trimmed, in order. */
    public List<String> split(String paragraph) {
        List<String> out = new ArrayList<>();
        for (Span s : detector.sentPosDetect(paragraph)) {
            String sentence = paragraph.substring(s.getStart(), s.getEnd()).strip();
            if (!sentence.isEmpty()) {
                out.add(sentence);
            }
        }
        return out;
    }
}
