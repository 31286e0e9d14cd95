package org.boardpack.corpus;

import java.io.IOException;
import java.nio.file.Path;

/** {@code SampleCorpusWriter [outDir]}: writes the bundled samples, by default to {@code corpus/samples}. */
public final class SampleCorpusWriter {

    private SampleCorpusWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "corpus/samples");
        for (String name : SampleCorpus.render(out)) {
            System.out.println(out.resolve(name + ".pdf"));
        }
    }
}
