package org.cutis.patient.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.cutis.shared.CutisProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The keys of registration numbers, kept outside the database so that a copy of the database
 * alone (a dump, a stolen disk of the database server) does not give the numbers away.
 * <p>
 * Key files: {@code <data-dir>/keys/rrn-<id>.key} (AES-256, one per key id) and
 * {@code rrn-hash.key} (HMAC-SHA256 for the duplicate check), base64, mode 0600, generated at the
 * first start. The highest id is current. Rotation: put a new {@code rrn-<id+1>.key} there (or
 * configure it) and restart; new values use it and {@link RrnReencryption} re-encrypts the rest.
 * Old key files stay as long as a backup may hold rows encrypted with them. {@code ./cutis backup}
 * copies this directory next to the database.
 */
@Component
@EnableConfigurationProperties(RrnProperties.class)
public class RrnKeyring {
	private static final Logger log = LoggerFactory.getLogger(RrnKeyring.class);
	static final String DIRECTORY = "keys";
	static final String HASH_FILE = "rrn-hash.key";
	private static final Pattern KEY_FILE = Pattern.compile("rrn-(\\d{1,9})\\.key");
	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
	private static final SecureRandom random = new SecureRandom();

	private final RrnProperties properties;
	private final Path directory;
	private volatile Map<String, SecretKey> keys;
	private volatile SecretKey hashKey;

	@Autowired
	RrnKeyring(CutisProperties cutis, RrnProperties properties) {
		this(cutis.dataDir().resolve(DIRECTORY), properties);
	}

	/** Over a key directory of its own (tests, the rotation job's checks). */
	public RrnKeyring(Path directory, RrnProperties properties) {
		this.properties = properties;
		this.directory = directory;
		load();
	}

	/** The id new values are encrypted with. */
	public String currentKeyId() {
		if (properties.currentKey() != null && !properties.currentKey().isBlank()) {
			return properties.currentKey().trim();
		}
		return keys.keySet().stream().max(Comparator.comparingLong(Long::parseLong)).orElseThrow();
	}

	SecretKey current() {
		return key(currentKeyId());
	}

	/** A key by id; an unknown id re-reads the directory once (another node may have rotated). */
	SecretKey key(String id) {
		SecretKey key = keys.get(id);
		if (key == null) {
			load();
			key = keys.get(id);
		}
		if (key == null) {
			throw new IllegalStateException("No registration number key " + id + " (" + directory.toAbsolutePath()
					+ " or cutis.rrn.keys): restore the key file with the database");
		}
		return key;
	}

	SecretKey hashKey() {
		return hashKey;
	}

	/** Reads the keys again, e.g. after a new key file was put in place. */
	public synchronized void load() {
		if (properties.given()) {
			Map<String, SecretKey> given = new TreeMap<>();
			properties.keys().forEach((id, value) -> given.put(id, aes(decode(value, "cutis.rrn.keys." + id))));
			if (properties.hashKey() == null || properties.hashKey().isBlank()) {
				throw new IllegalStateException("cutis.rrn.keys is given without cutis.rrn.hash-key");
			}
			keys = given;
			hashKey = new SecretKeySpec(decode(properties.hashKey(), "cutis.rrn.hash-key"), "HmacSHA256");
			return;
		}
		try {
			Files.createDirectories(directory);
			Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
			createIfMissing(directory.resolve("rrn-1.key"), !hasKeyFile());
			createIfMissing(directory.resolve(HASH_FILE), true);
			Map<String, SecretKey> found = new TreeMap<>();
			try (Stream<Path> files = Files.list(directory)) {
				for (Path file : files.toList()) {
					Matcher name = KEY_FILE.matcher(file.getFileName().toString());
					if (name.matches()) {
						found.put(Long.toString(Long.parseLong(name.group(1))), aes(read(file)));
					}
				}
			}
			keys = found;
			hashKey = new SecretKeySpec(read(directory.resolve(HASH_FILE)), "HmacSHA256");
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the registration number keys in " + directory, e);
		}
	}

	private boolean hasKeyFile() throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			return files.anyMatch(f -> KEY_FILE.matcher(f.getFileName().toString()).matches());
		}
	}

	/** Writes 32 random bytes into a new file, readable by its owner only; another node may win the race. */
	private static void createIfMissing(Path file, boolean wanted) throws IOException {
		if (!wanted || Files.exists(file)) {
			return;
		}
		byte[] key = new byte[32];
		random.nextBytes(key);
		Path next = file.resolveSibling(file.getFileName() + "." + Long.toHexString(random.nextLong()) + ".new");
		Files.createFile(next, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
		Files.writeString(next, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
		try {
			Files.createLink(file, next);
			log.info("Generated {}: keep it with the database (./cutis backup copies it)", file.toAbsolutePath());
		}
		catch (FileAlreadyExistsException another) {
			// a second node started at the same moment: its key is the one
		}
		finally {
			Files.deleteIfExists(next);
		}
	}

	private static byte[] read(Path file) throws IOException {
		if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
			log.warn("{} was readable by others; making it readable by its owner only", file.toAbsolutePath());
			Files.setPosixFilePermissions(file, OWNER_ONLY);
		}
		return decode(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
	}

	private static byte[] decode(String base64, String where) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException e) {
			throw new IllegalStateException(where + " is not base64", e);
		}
		if (key.length != 32) {
			throw new IllegalStateException(where + " must hold 32 bytes (base64), not " + key.length);
		}
		return key;
	}

	private static SecretKey aes(byte[] key) {
		return new SecretKeySpec(key, "AES");
	}
}
