package org.cutis.patient.application;

import java.util.List;
import java.util.UUID;

import org.cutis.patient.domain.ProtectedRrn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Key rotation, second half: at every start, the registration numbers still under an older key
 * are encrypted again under the current one, a batch at a time. Only the ciphertext and key id
 * change (the hash key is not rotated, the masked form is the same), so the record's version and
 * history are untouched; the update names the key it read, so two nodes starting together do not
 * overwrite each other's work.
 */
@Component
public class RrnReencryption {
	private static final Logger log = LoggerFactory.getLogger(RrnReencryption.class);
	private static final int BATCH = 500;
	private final JdbcTemplate jdbc;
	private final RrnKeyring keys;
	private final RrnProtection protection;

	RrnReencryption(JdbcTemplate jdbc, RrnKeyring keys, RrnProtection protection) {
		this.jdbc = jdbc;
		this.keys = keys;
		this.protection = protection;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		int done = reencrypt();
		if (done > 0) {
			log.info("Re-encrypted {} registration numbers under key {}", done, keys.currentKeyId());
		}
	}

	/** @return how many numbers were re-encrypted */
	public int reencrypt() {
		String current = keys.currentKeyId();
		int total = 0;
		while (true) {
			List<Row> rows = jdbc.query(
					"select id, rrn_key_id, rrn_cipher from patient where rrn_key_id <> ? order by id limit ?",
					(rs, i) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getBytes(3)), current, BATCH);
			if (rows.isEmpty()) {
				return total;
			}
			for (Row row : rows) {
				ProtectedRrn again = protection.reencrypt(row.id(), row.keyId(), row.cipher());
				if (again != null) {
					total += jdbc.update(
							"update patient set rrn_cipher = ?, rrn_key_id = ? where id = ? and rrn_key_id = ?",
							again.cipher(), again.keyId(), row.id(), row.keyId());
				}
			}
		}
	}

	private record Row(UUID id, String keyId, byte[] cipher) {
	}
}
