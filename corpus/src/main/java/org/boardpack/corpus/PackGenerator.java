package org.boardpack.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.boardpack.model.PackRecord;
import org.boardpack.model.SourceInfo;

/**
 * Renders a batch of packs with their answers, deterministically from one seed: pack {@code i}
 * takes the {@code i}-th style in turn and the {@code i}-th seed of the batch's random stream.
 * Rendering keeps no state between packs, which is what makes the parallel chunks safe.
 * Two packs that would share a name (same body and date) get {@code -2}, {@code -3} suffixes.
 */
public final class PackGenerator {

    /** What a run wrote: the file stems in order and the total page count. */
    public record Result(List<String> names, int pages) {
    }

    /** The file of a varied run that lists each pack's style, seed and variations. */
    public static final String VARIATIONS_FILE = "variations.tsv";

    private PackGenerator() {
    }

    public static Result generate(int packs, long seed, List<HouseStyle> styles, Path out) throws IOException {
        return generate(packs, seed, styles, false, out);
    }

    /**
     * As {@link #generate(int, long, List, Path)}; with {@code varied} each pack is drawn with the
     * {@link Variations} its own seed picks for its style.
     */
    public static Result generate(int packs, long seed, List<HouseStyle> styles, boolean varied, Path out)
            throws IOException {
        if (packs < 0 || styles.isEmpty()) {
            throw new IllegalArgumentException("need packs >= 0 and at least one style");
        }
        Files.createDirectories(out);
        Rng rng = new Rng(seed);
        long[] seeds = new long[packs];
        for (int i = 0; i < packs; i++) {
            seeds[i] = rng.nextLong();
        }
        Set<String> used = new HashSet<>();
        List<String> names = new ArrayList<>();
        StringBuilder manifest = new StringBuilder("# name\tstyle\tseed\tvariations\n");
        int pages = 0;
        // packs are independent, so a chunk renders in parallel; names are given out in order
        // afterwards, which keeps the output the same whatever the number of cores
        int chunk = 4 * Runtime.getRuntime().availableProcessors();
        for (int from = 0; from < packs; from += chunk) {
            List<RenderedPack> rendered = IntStream.range(from, Math.min(packs, from + chunk)).parallel()
                    .mapToObj(i -> render(styles.get(i % styles.size()), seeds[i], varied)).toList();
            for (int k = 0; k < rendered.size(); k++) {
                RenderedPack pack = unique(rendered.get(k), used);
                write(pack, out);
                names.add(pack.name());
                pages += pack.answers().source().pages();
                HouseStyle style = styles.get((from + k) % styles.size());
                manifest.append(pack.name()).append('\t').append(style.id()).append('\t').append(seeds[from + k])
                        .append('\t').append(Variations.draw(style, seeds[from + k]).on().stream().sorted()
                                .map(Enum::name).collect(java.util.stream.Collectors.joining(","))).append('\n');
            }
        }
        if (varied) {
            // which variations each pack was drawn with, to read the evaluation per variation
            Files.writeString(out.resolve(VARIATIONS_FILE), manifest);
        }
        return new Result(names, pages);
    }

    private static RenderedPack render(HouseStyle style, long seed, boolean varied) {
        return varied ? style.renderVaried(seed) : style.render(seed);
    }

    /** Writes packs rendered elsewhere (such as a series of one body's meetings), each with its answers. */
    public static Result write(List<RenderedPack> packs, Path out) throws IOException {
        Files.createDirectories(out);
        int pages = 0;
        for (RenderedPack pack : packs) {
            write(pack, out);
            pages += pack.answers().source().pages();
        }
        return new Result(packs.stream().map(RenderedPack::name).toList(), pages);
    }

    private static void write(RenderedPack pack, Path out) throws IOException {
        Files.write(out.resolve(pack.name() + ".pdf"), pack.pdf());
        Files.writeString(out.resolve(pack.name() + ".json"), SampleCorpus.answersJson(pack.answers()));
    }

    /** The pack under a name no earlier pack of the run has; the answers' source path follows the name. */
    static RenderedPack unique(RenderedPack pack, Set<String> used) {
        String name = pack.name();
        for (int n = 2; !used.add(name); n++) {
            name = pack.name() + "-" + n;
        }
        if (name.equals(pack.name())) {
            return pack;
        }
        PackRecord a = pack.answers();
        SourceInfo s = a.source();
        PackRecord renamed = new PackRecord(a.schema(), new SourceInfo(name + ".pdf", s.sha256(), s.pages(), s.format()),
                a.documents(), a.meetings(), a.agendaItems(), a.attendance(), a.decisions(), a.actions(), a.tables(),
                a.pages());
        return new RenderedPack(name, pack.pdf(), renamed);
    }
}
