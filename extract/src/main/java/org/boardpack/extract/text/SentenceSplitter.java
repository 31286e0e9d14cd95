package org.boardpack.extract.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
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

    /** A sentence ending in a short lower-case word and a full stop: an abbreviation ({@code nem.}, {@code approx.}). */
    private static final Pattern ABBREVIATION_END = Pattern.compile("(?:^|[\\s(])\\p{Ll}{1,6}\\.$");

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

    /**
     * The sentences of a paragraph, each trimmed, in order. The model's split after an abbreviation
     * is undone where the text shows it is one: inside brackets still open ({@code (e.g. litter
     * picks)}), or before a word in lower case ({@code accepted, nem. con.}), which no sentence
     * starts with.
     */
    public List<String> split(String paragraph) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (Span s : detector.sentPosDetect(paragraph)) {
            if (start < 0) {
                start = s.getStart();
            }
            String sentence = paragraph.substring(start, s.getEnd()).strip();
            String rest = paragraph.substring(s.getEnd()).stripLeading();
            if (sentence.isEmpty()) {
                start = -1;
            } else if (!continues(sentence, rest)) {
                out.add(sentence);
                start = -1;
            }
        }
        if (start >= 0) {
            out.add(paragraph.substring(start).strip());
        }
        return out;
    }

    /** Whether what follows a split is still the sentence: a bracket left open, or a word in lower case after an abbreviation. */
    private static boolean continues(String sentence, String rest) {
        if (rest.isEmpty()) {
            return false;
        }
        long open = sentence.chars().filter(c -> c == '(').count();
        long closed = sentence.chars().filter(c -> c == ')').count();
        if (open > closed && rest.indexOf(')') >= 0) {
            return true;
        }
        return Character.isLowerCase(rest.codePointAt(0)) && ABBREVIATION_END.matcher(sentence).find();
    }
}
