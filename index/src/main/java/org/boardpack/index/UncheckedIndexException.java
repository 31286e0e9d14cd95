package org.boardpack.index;

/**
 * An {@link IndexException} met while a lazily read sequence of records was being iterated, where
 * {@link java.util.Iterator} cannot throw a checked exception; {@link #getCause()} says which index
 * and why.
 */
public final class UncheckedIndexException extends RuntimeException {

    public UncheckedIndexException(IndexException cause) {
        super(cause.getMessage(), cause);
    }

    @Override
    public synchronized IndexException getCause() {
        return (IndexException) super.getCause();
    }
}
