package org.boardpack.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.boardpack.extract.BoardpackJson;
import org.boardpack.extract.PackRecord;

/**
 * The bundled sample corpus: six packs, four NHS and two council, each fixed by its seed. Changing
 * a seed or the renderers changes {@code corpus/samples}; the test that compares the committed
 * files with a fresh rendering says so.
 */
public final class SampleCorpus {

    /** A sample: which renderer and which seed. */
    public record Spec(String kind, long seed) {
    }

    public static final List<Spec> SPECS = List.of(new Spec("nhs", 2L), new Spec("nhs", 3L),
            new Spec("nhs", 6L), new Spec("nhs", 11L), new Spec("council", 20171011L),
            new Spec("council", 909L));

    private SampleCorpus() {
    }

    public static RenderedPack render(Spec spec) {
        return HouseStyle.of(spec.kind()).render(spec.seed());
    }

    public static List<RenderedPack> renderAll() {
        List<RenderedPack> packs = new ArrayList<>();
        for (Spec spec : SPECS) {
            packs.add(render(spec));
        }
        return packs;
    }

    /** The answers as committed: {@link BoardpackJson#newMapper()}, pretty-printed, trailing newline. */
    public static String answersJson(PackRecord record) {
        ObjectMapper mapper = BoardpackJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT);
        try {
            return mapper.writeValueAsString(record) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Renders every sample into {@code outDir} as {@code <name>.pdf} and {@code <name>.json}; returns the names. */
    public static List<String> render(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        List<String> names = new ArrayList<>();
        for (RenderedPack pack : renderAll()) {
            Files.write(outDir.resolve(pack.name() + ".pdf"), pack.pdf());
            Files.writeString(outDir.resolve(pack.name() + ".json"), answersJson(pack.answers()));
            names.add(pack.name());
        }
        return names;
    }
}
