package org.boardpack.index;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.Supplier;

/**
 * Iterators over an index whose reading errors surface as the typed exception that names the
 * index: an I/O error as "cannot read the index", and any other error checked against the index's
 * checksums and told as damage when they fail (Lucene verifies checksums only on merge, so a
 * flipped byte otherwise shows as an odd runtime error half-way through an export).
 */
final class IndexIterators {

    private IndexIterators() {
    }

    static <T> Iterator<T> unchecked(Path dir, Iterator<T> each) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return guarded(dir, each::hasNext);
            }

            @Override
            public T next() {
                return guarded(dir, each::next);
            }
        };
    }

    private static <R> R guarded(Path dir, Supplier<R> step) {
        try {
            return step.get();
        } catch (UncheckedIOException e) {
            throw new UncheckedIndexException(IndexException.of(dir, "cannot read the index", e.getCause()));
        } catch (UncheckedIndexException e) {
            throw e;
        } catch (RuntimeException e) {
            throw damageOr(dir, e);
        }
    }

    private static RuntimeException damageOr(Path dir, RuntimeException e) {
        return IndexIntegrity.damageBehind(dir).<RuntimeException>map(UncheckedIndexException::new).orElse(e);
    }
}
