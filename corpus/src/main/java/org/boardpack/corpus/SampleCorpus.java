package org.boardpack.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.boardpack.model.BoardpackJson;
import org.boardpack.model.PackRecord;

/**
 * The PDFBox-rendered part of the bundled corpus {@code corpus/packs}: three packs of each house
 * style, each fixed by its seed, chosen so that between them they show every variation of
 * {@link org.boardpack.corpus.pdf.Look} (standard and embedded fonts, ruled and unruled tables,
 * hyphenation, bookmarks present and absent). Changing a seed or the renderers changes the
 * committed files; the test that compares them with a fresh rendering says so. Packs rendered by
 * other producers (LibreOffice, Chromium) live in the same directory and are not touched here.
 */
public final class SampleCorpus {

    /** A sample: which renderer and which seed. */
    public record Spec(String kind, long seed) {
    }

    public static final List<Spec> SPECS = List.of(new Spec("nhs", 1L), new Spec("nhs", 3L), new Spec("nhs", 9L),
            new Spec("council", 20171011L), new Spec("council", 10L), new Spec("council", 909L),
            new Spec("charity", 2L), new Spec("charity", 12L), new Spec("charity", 909L));

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
