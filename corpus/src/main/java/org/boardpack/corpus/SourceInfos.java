package org.boardpack.corpus;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.boardpack.model.SourceInfo;

/** The {@code source} block of an answer: file name, SHA-256 of the written bytes, page count. */
public final class SourceInfos {

    private SourceInfos() {
    }

    public static SourceInfo pdf(String fileName, byte[] bytes, int pages) {
        return new SourceInfo(fileName, sha256(bytes), pages, "pdf");
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
