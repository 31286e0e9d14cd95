package org.boardpack.cli.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One damaged file of a fuzz run: seed, mutations and bytes all follow from the run's seed and the
 * case's index, so any case of a run is made again alone from those two numbers.
 *
 * @param mutations the names of the mutations applied, in order
 */
public record FuzzCase(int index, String seed, List<String> mutations, byte[] bytes) {

    /** Up to three mutations stacked, most cases one: files damaged in one way are the common case. */
    public static FuzzCase make(long runSeed, int index, List<FuzzSeeds.Seed> seeds, List<PdfMutator> mutators) {
        Random random = new Random(runSeed * 1_000_003L + index);
        FuzzSeeds.Seed seed = seeds.get(index % seeds.size());
        String pdf = seed.pdf();
        int count = random.nextInt(10) < 7 ? 1 : 2 + random.nextInt(2);
        List<String> applied = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            PdfMutator m = mutators.get(random.nextInt(mutators.size()));
            for (int tries = 0; tries < mutators.size() && !m.appliesTo(pdf); tries++) {
                m = mutators.get((mutators.indexOf(m) + 1) % mutators.size());
            }
            if (m.appliesTo(pdf)) {
                pdf = m.mutate(pdf, random);
                applied.add(m.name());
            }
        }
        return new FuzzCase(index, seed.name(), List.copyOf(applied), pdf.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The case as the report names it: {@code #17 wrong-length+truncated on pack.pdf}. */
    public String describe() {
        return "#" + index + " " + String.join("+", mutations) + " on " + seed;
    }

    /** Every kind of damage, one instance each. */
    public static List<PdfMutator> allMutators() {
        return List.of(new ByteFlips(), new Truncation(), new StartxrefDamage(), new XrefDamage(),
                new StreamDataDamage(), new WrongLength(), new LoopingReference(), new DuplicateObject());
    }
}
