package org.cutis.patient.application;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the keys that protect registration numbers come from. By default from key files under
 * {@code <data-dir>/keys/} (generated at the first start, readable by their owner only). An
 * external deployment may give them instead, base64 of 32 random bytes each, e.g. in the
 * environment: {@code CUTIS_RRN_KEYS_1}, {@code CUTIS_RRN_KEYS_2}, ... ({@code cutis.rrn.keys.<id>}),
 * {@code CUTIS_RRN_HASHKEY} ({@code cutis.rrn.hash-key}) and optionally {@code CUTIS_RRN_CURRENTKEY}.
 *
 * @param keys AES-256 keys by key id (numbers); given, no key file is read or written
 * @param currentKey the key id new values are encrypted with (default: the highest id)
 * @param hashKey the HMAC-SHA256 key of the duplicate check; never rotated (the hashes would change)
 */
@ConfigurationProperties("cutis.rrn")
public record RrnProperties(Map<String, String> keys, String currentKey, String hashKey) {
	public RrnProperties {
		keys = keys == null ? Map.of() : Map.copyOf(keys);
	}

	boolean given() {
		return !keys.isEmpty();
	}
}
