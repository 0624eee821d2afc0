package org.cutis.patient.domain;

/**
 * A registration number as the patient row keeps it: ciphertext (nonce first) with the id of its
 * key, the keyed hash that finds duplicates, and the masked form the views show.
 */
public record ProtectedRrn(String keyId, byte[] cipher, String hash, String masked) {
}
