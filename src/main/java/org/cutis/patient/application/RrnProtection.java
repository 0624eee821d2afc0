package org.cutis.patient.application;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;

import org.cutis.patient.Rrn;
import org.cutis.patient.domain.ProtectedRrn;

import org.springframework.stereotype.Component;

/**
 * Encrypts a registration number for its row and reads it back: AES-256-GCM with a random 96-bit
 * nonce per value (stored before the ciphertext) and the patient's id as associated data, so a
 * ciphertext copied to another row does not decrypt. The key id is stored beside it. Duplicates are
 * found through an HMAC-SHA256 of the digits under a separate key: equal numbers give equal hashes,
 * and the hash alone gives nothing away without that key.
 */
@Component
public class RrnProtection {
	private static final int NONCE_BYTES = 12;
	private static final int TAG_BITS = 128;
	private static final SecureRandom random = new SecureRandom();
	private final RrnKeyring keys;

	RrnProtection(RrnKeyring keys) {
		this.keys = keys;
	}

	public ProtectedRrn protect(UUID patientId, Rrn rrn) {
		String keyId = keys.currentKeyId();
		return new ProtectedRrn(keyId, encrypt(keyId, patientId, rrn.digits()), hash(rrn), rrn.masked());
	}

	public Rrn reveal(UUID patientId, String keyId, byte[] stored) {
		try {
			ByteBuffer buffer = ByteBuffer.wrap(stored);
			byte[] nonce = new byte[NONCE_BYTES];
			buffer.get(nonce);
			byte[] sealed = new byte[buffer.remaining()];
			buffer.get(sealed);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, keys.key(keyId), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(patientId.toString().getBytes(StandardCharsets.US_ASCII));
			return Rrn.parse(new String(cipher.doFinal(sealed), StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("The registration number of patient " + patientId
					+ " does not decrypt with key " + keyId, e);
		}
	}

	/** The number again under the current key, or null when it is under it already. */
	public ProtectedRrn reencrypt(UUID patientId, String keyId, byte[] stored) {
		if (keys.currentKeyId().equals(keyId)) {
			return null;
		}
		return protect(patientId, reveal(patientId, keyId, stored));
	}

	public String hash(Rrn rrn) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(keys.hashKey());
			return HexFormat.of().formatHex(mac.doFinal(rrn.digits().getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private byte[] encrypt(String keyId, UUID patientId, String digits) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, keys.key(keyId), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(patientId.toString().getBytes(StandardCharsets.US_ASCII));
			byte[] sealed = cipher.doFinal(digits.getBytes(StandardCharsets.US_ASCII));
			return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
