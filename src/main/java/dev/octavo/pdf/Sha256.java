package dev.octavo.pdf;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256, for the digest that makes a PDF's identifier. */
final class Sha256 {
    private Sha256() {
    }

    static MessageDigest create() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
