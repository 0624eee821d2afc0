package org.cutis.shared.web;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;

import org.cutis.support.HostileImages;

import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates hostile requests for every operation of an OpenAPI document: for each operation a
 * plausible request built from the schema (with real ids where the path names a record), then
 * that request with one thing wrong at a time: a field missing, null, of the wrong type, too
 * long, with NUL or Unicode edge cases, a number out of range, an unknown field; a body that is
 * no JSON or no object; a wrong Content-Type or Accept; a malformed id in the path; hostile query
 * parameters. Deterministic for a given seed.
 */
final class OpenApiFuzzer {
	record Request(String method, String path, String contentType, byte[] body, String accept, String what) {
		String describe() {
			String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
			return method + " " + abbreviate(path, 160) + " [" + contentType + "] " + what + " "
					+ abbreviate(text, 200);
		}
	}

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
		.build();
	private static final JsonMapper ESCAPING = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
	private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
	/** Hostile values tried per field, each of another kind, chosen by the seed. */
	private final int valuesPerField;

	private final JsonNode document;
	private final Random random;
	/** A real value for a path parameter, a uuid property or a string property, or null. */
	private final BiFunction<String, String, String> values;
	private final List<Request> requests = new ArrayList<>();

	/**
	 * @param valuesPerField how many hostile values each field of a body gets
	 * @param values gives a plausible value for (path or schema name, parameter or property name):
	 * a real record's id where the path names one, a real username; null where it knows none
	 */
	OpenApiFuzzer(JsonNode document, long seed, int valuesPerField, BiFunction<String, String, String> values) {
		this.document = document;
		this.random = new Random(seed);
		this.valuesPerField = valuesPerField;
		this.values = values;
	}

	List<Request> requests() {
		Map<String, JsonNode> paths = new TreeMap<>();
		document.get("paths").properties().forEach(e -> paths.put(e.getKey(), e.getValue()));
		paths.forEach((path, operations) -> {
			for (String method : METHODS) {
				JsonNode operation = operations.get(method);
				if (operation != null) {
					operation(method.toUpperCase(), path, operation);
				}
			}
		});
		return Collections.unmodifiableList(requests);
	}

	private void operation(String method, String template, JsonNode operation) {
		List<JsonNode> pathParams = new ArrayList<>();
		List<JsonNode> queryParams = new ArrayList<>();
		for (JsonNode p : iterable(operation.get("parameters"))) {
			if (p.get("in").asString().equals("path")) {
				pathParams.add(p);
			}
			else if (p.get("in").asString().equals("query")) {
				queryParams.add(p);
			}
		}
		Map<String, String> pathValues = new LinkedHashMap<>();
		for (JsonNode p : pathParams) {
			String name = p.get("name").asString();
			String value = values.apply(template, name);
			pathValues.put(name, value != null ? value : UUID.randomUUID().toString());
		}
		Map<String, String> query = new LinkedHashMap<>();
		for (JsonNode p : queryParams) {
			String name = p.get("name").asString();
			String value = values.apply(template, name);
			if (value == null && p.path("required").asBoolean(false)) {
				value = plainValue(resolve(p.get("schema")), name);
			}
			if (value != null) {
				query.put(name, value);
			}
		}
		String path = expand(template, pathValues);
		JsonNode content = operation.path("requestBody").path("content");
		Body body = body(content);

		// the plausible request, then with a different Accept
		add(method, path + queryString(query), body.contentType, body.bytes, "application/json", "plausible");
		String accept = pick(List.of("application/xml", "text/html", "image/png;q=1, */*;q=0"), 1).get(0);
		add(method, path + queryString(query), body.contentType, body.bytes, accept, "accept " + accept);

		// malformed ids and hostile strings in the path
		for (JsonNode p : pathParams) {
			String name = p.get("name").asString();
			JsonNode schema = resolve(p.get("schema"));
			List<String> hostile = new ArrayList<>(List.of("not-a-uuid", UUID.randomUUID().toString()));
			hostile.addAll(pick(HostileValues.MALFORMED_IDS.subList(1, HostileValues.MALFORMED_IDS.size()), 3));
			if (!"uuid".equals(schema.path("format").asString(""))) {
				hostile.addAll(pick(HostileValues.UNICODE, 3));
			}
			for (String value : hostile) {
				Map<String, String> changed = new LinkedHashMap<>(pathValues);
				changed.put(name, value);
				add(method, expand(template, changed) + queryString(query), body.contentType, body.bytes,
						"application/json", "path " + name);
			}
		}

		// hostile query parameters, one at a time
		for (JsonNode p : queryParams) {
			String name = p.get("name").asString();
			for (String value : hostileParameterValues(resolve(p.get("schema")))) {
				Map<String, String> changed = new LinkedHashMap<>(query);
				changed.put(name, value);
				add(method, path + queryString(changed), body.contentType, body.bytes, "application/json",
						"query " + name);
			}
			Map<String, String> without = new LinkedHashMap<>(query);
			without.remove(name);
			add(method, path + queryString(without), body.contentType, body.bytes, "application/json",
					"without query " + name);
		}
		// an unknown query parameter and raw bytes that are no UTF-8
		add(method, path + queryString(query) + (query.isEmpty() ? "?" : "&") + "adress=%00%FF%ED%A0%80",
				body.contentType, body.bytes, "application/json", "raw query bytes");

		if (content.has("application/json")) {
			jsonBody(method, path + queryString(query), resolve(content.get("application/json").get("schema")),
					body.bytes);
		}
		else if (content.has("multipart/form-data")) {
			multipartBody(method, path, query);
		}
		else if (!method.equals("GET")) {
			// an operation without a body, sent one anyway
			add(method, path, "application/json", bytes("{\"adress\": \"\\u0000\"}"), "application/json",
					"unexpected body");
			add(method, path, "text/plain", bytes("\u0000"), "application/json", "unexpected text body");
		}
	}

	private record Body(String contentType, byte[] bytes) {
	}

	private Body body(JsonNode content) {
		if (content.has("application/json")) {
			JsonNode schema = resolve(content.get("application/json").get("schema"));
			return new Body("application/json", write(example(schema, schemaName(content.get("application/json")
				.get("schema")), 0)));
		}
		if (content.has("multipart/form-data")) {
			return multipart(Map.of("kind", "dermoscopic"), "photo.png", "image/png", HostileImages.png(16, 12));
		}
		return new Body(null, null);
	}

	private void jsonBody(String method, String path, JsonNode schema, byte[] plausible) {
		ObjectNode base = plausible == null ? NODES.objectNode() : (ObjectNode) read(plausible);

		// the body itself wrong
		List<String> raw = new ArrayList<>(List.of("", "{", "[]"));
		raw.addAll(pick(List.of("}", "null", "\"text\"", "42", "{\"a\": }", "{'single': 'quotes'}",
				"{\"a\": 1} trailing", "[".repeat(5000) + "]".repeat(5000),
				"{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
				"\ufeff" + new String(write(base), StandardCharsets.UTF_8),
				"{\"" + "k".repeat(100_000) + "\": 1}"), 2));
		for (String text : raw) {
			add(method, path, "application/json", bytes(text), "application/json", "raw body");
		}
		byte[] invalidUtf8 = concat(bytes("{\"reason\": \""), new byte[] { (byte) 0xC3, 0x28, (byte) 0xFF,
				(byte) 0xED, (byte) 0xA0, (byte) 0x80 }, bytes("\"}"));
		add(method, path, "application/json", invalidUtf8, "application/json", "invalid UTF-8");

		// wrong media types for a right body
		byte[] good = write(base);
		for (String type : pick(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
				"multipart/form-data; boundary=fuzz", "application/json; charset=klingon", "application/json;;;=",
				"garbage", "image/png", "*/*", "application/octet-stream"), 4)) {
			add(method, path, type, good, "application/json", "content type");
		}
		add(method, path, null, good, "application/json", "no content type");

		// an unknown field, at the top and inside a nested object
		ObjectNode unknown = base.deepCopy();
		unknown.put("adress", "서울 종로구");
		add(method, path, "application/json", write(unknown), "application/json", "unknown field");
		base.properties().forEach(e -> {
			if (e.getValue().isObject()) {
				ObjectNode nested = base.deepCopy();
				((ObjectNode) nested.get(e.getKey())).put("adress", 1);
				add(method, path, "application/json", write(nested), "application/json", "unknown nested field");
			}
		});

		// one property wrong at a time, top-level and one level down; one of them 100,000 characters long
		mutateProperties(method, path, base, base, schema, "");
		List<String> texts = new ArrayList<>();
		base.properties().forEach(e -> {
			if (e.getValue().isString()) {
				texts.add(e.getKey());
			}
		});
		if (!texts.isEmpty()) {
			ObjectNode huge = base.deepCopy();
			huge.put(pick(texts, 1).get(0), HostileValues.longText(100_001));
			add(method, path, "application/json", write(huge), "application/json", "100,001 characters");
		}
	}

	private void mutateProperties(String method, String path, ObjectNode root, ObjectNode target, JsonNode schema,
			String prefix) {
		JsonNode properties = schema.path("properties");
		for (var property : iterable(properties.properties())) {
			String name = property.getKey();
			JsonNode propertySchema = resolve(property.getValue());
			String field = prefix + name;
			for (JsonNode value : pick(hostileJsonValues(propertySchema), valuesPerField)) {
				ObjectNode copy = root.deepCopy();
				ObjectNode holder = locate(copy, prefix);
				holder.set(name, value);
				add(method, path, "application/json", write(copy), "application/json", "field " + field);
			}
			if (random.nextBoolean()) {
				ObjectNode missing = root.deepCopy();
				locate(missing, prefix).remove(name);
				add(method, path, "application/json", write(missing), "application/json", "missing " + field);
			}

			if (prefix.isEmpty() && "object".equals(propertySchema.path("type").asString(""))
					&& target.get(name) instanceof ObjectNode) {
				mutateProperties(method, path, root, (ObjectNode) target.get(name), propertySchema, name + ".");
			}
			if (prefix.isEmpty() && "array".equals(propertySchema.path("type").asString(""))) {
				JsonNode items = resolve(propertySchema.path("items"));
				if ("object".equals(items.path("type").asString("")) && items.has("properties")) {
					for (var itemProperty : iterable(items.get("properties").properties())) {
						for (JsonNode value : pick(hostileJsonValues(resolve(itemProperty.getValue())), 3)) {
							ObjectNode copy = root.deepCopy();
							ObjectNode item = (ObjectNode) example(items, null, 1);
							item.set(itemProperty.getKey(), value);
							ArrayNode array = NODES.arrayNode();
							array.add(item);
							copy.set(name, array);
							add(method, path, "application/json", write(copy), "application/json",
									"item " + name + "[0]." + itemProperty.getKey());
						}
					}
				}
				ObjectNode many = root.deepCopy();
				ArrayNode array = NODES.arrayNode();
				for (int i = 0; i < 2_000; i++) {
					array.add(example(items, null, 1));
				}
				many.set(name, array);
				add(method, path, "application/json", write(many), "application/json", "2000 items in " + name);
			}
		}
	}

	private static ObjectNode locate(ObjectNode root, String prefix) {
		if (prefix.isEmpty()) {
			return root;
		}
		String name = prefix.substring(0, prefix.length() - 1);
		if (!(root.get(name) instanceof ObjectNode)) {
			root.set(name, NODES.objectNode());
		}
		return (ObjectNode) root.get(name);
	}

	/**
	 * A few hostile values for one field, each of a different kind: of the wrong type, too long,
	 * with NUL, with Unicode edge cases, beyond the range of its number type, not a date, not an id.
	 */
	private List<JsonNode> hostileJsonValues(JsonNode schema) {
		List<JsonNode> hostile = new ArrayList<>();
		if (random.nextBoolean()) {
			hostile.add(NODES.nullNode());
		}
		String type = schema.path("type").asString("");
		String format = schema.path("format").asString("");
		switch (type) {
			case "string" -> {
				hostile.add(pick(List.<JsonNode>of(NODES.numberNode(12), NODES.booleanNode(true), NODES.objectNode(),
						NODES.arrayNode().add("a")), 1).get(0));
				if (format.equals("uuid")) {
					pick(HostileValues.MALFORMED_IDS, 1).forEach(v -> hostile.add(NODES.stringNode(v)));
					hostile.add(NODES.stringNode(UUID.randomUUID().toString()));
				}
				else if (format.equals("date")) {
					pick(HostileValues.DATES, 2).forEach(v -> hostile.add(NODES.stringNode(v)));
				}
				else if (format.equals("date-time")) {
					pick(HostileValues.DATE_TIMES, 2).forEach(v -> hostile.add(NODES.stringNode(v)));
				}
				else {
					hostile.add(NODES.stringNode(HostileValues.longText(pick(HostileValues.LENGTHS.subList(5, 14), 1)
						.get(0))));
					hostile.add(NODES.stringNode(random.nextBoolean() ? "\u0000" : "Kim\u0000Minsu"));
					pick(HostileValues.UNICODE, 2).forEach(v -> hostile.add(NODES.stringNode(v)));
				}
			}
			case "integer", "number" -> {
				hostile.add(random.nextBoolean() ? NODES.stringNode("text") : read(bytes(pick(HostileValues.NOT_NUMBERS, 1)
					.get(0))));
				hostile.add(number("9223372036854775807"));
				hostile.add(number("1e400"));
				pick(HostileValues.NUMBERS, 1).forEach(v -> hostile.add(number(v)));
			}
			case "boolean" -> {
				hostile.add(NODES.stringNode("yes"));
				hostile.add(NODES.numberNode(2));
			}
			case "array" -> {
				hostile.add(NODES.stringNode("not a list"));
				hostile.add(NODES.arrayNode().addNull());
				hostile.add(NODES.arrayNode().add("\u0000").add(HostileValues.longText(10_001)));
			}
			case "object" -> {
				hostile.add(NODES.stringNode("not an object"));
				hostile.add(NODES.arrayNode());
			}
			default -> hostile.add(NODES.stringNode("\u0000"));
		}
		if (schema.has("enum")) {
			hostile.add(NODES.stringNode("NOT_A_VALUE"));
		}
		return hostile;
	}

	private List<String> hostileParameterValues(JsonNode schema) {
		String type = schema.path("type").asString("");
		String format = schema.path("format").asString("");
		List<String> hostile = new ArrayList<>();
		if (format.equals("uuid")) {
			hostile.addAll(pick(HostileValues.MALFORMED_IDS, 3));
			hostile.add(UUID.randomUUID().toString());
		}
		else if (format.equals("date")) {
			hostile.addAll(pick(HostileValues.DATES, 4));
		}
		else if (type.equals("integer") || type.equals("number")) {
			hostile.addAll(pick(HostileValues.NUMBERS, 3));
			hostile.addAll(List.of("9223372036854775808", "text", ""));
		}
		else if (type.equals("boolean")) {
			hostile.addAll(List.of("maybe", "\u0000"));
		}
		else {
			// long, but within what a request line may carry (Tomcat refuses more than 8 KB itself)
			hostile.add(HostileValues.longText(700));
			hostile.add("\u0000");
			hostile.addAll(pick(HostileValues.UNICODE, 3));
		}
		return hostile;
	}

	private void multipartBody(String method, String path, Map<String, String> query) {
		String url = path + queryString(query);
		Body png = multipart(Map.of("kind", "dermoscopic"), "photo.png", "image/png", HostileImages.png(16, 12));
		add(method, url, "application/json", bytes("{\"kind\": \"dermoscopic\"}"), "application/json",
				"json instead of multipart");
		add(method, url, "multipart/form-data", png.bytes, "application/json", "multipart without boundary");
		add(method, url, png.contentType, new byte[0], "application/json", "empty multipart");
		add(method, url, png.contentType, bytes("--fuzz\r\ngarbage"), "application/json", "broken multipart");
		for (var file : List.of(new Object[] { "photo.png", "image/png", new byte[0] },
				new Object[] { "photo.png", "image/png", bytes("\u0000not an image") },
				new Object[] { "photo.jpg", "image/jpeg", HostileImages.truncated(HostileImages.png(64, 64)) },
				new Object[] { "photo.gif", "image/gif", bytes("GIF89a\u0000\u0000") },
				new Object[] { "\u0000.png", "image/png", HostileImages.png(8, 8) },
				new Object[] { HostileValues.longText(2_000) + ".png", "image/png", HostileImages.png(8, 8) },
				new Object[] { "bomb.png", "image/png", HostileImages.bombHeader(100_000, 100_000) },
				new Object[] { "wide.png", "image/png", HostileImages.bombHeader(1_000_000, 1) },
				new Object[] { "photo.png", "text/plain", HostileImages.png(8, 8) })) {
			Body body = multipart(Map.of("kind", "dermoscopic"), (String) file[0], (String) file[1], (byte[]) file[2]);
			add(method, url, body.contentType, body.bytes, "application/json", "file " + file[0]);
		}
		for (String field : List.of("kind", "takenOn", "device", "magnification")) {
			for (String value : pick(hostileParameterValues(NODES.objectNode().put("type", "string")), 5)) {
				Map<String, String> fields = new LinkedHashMap<>();
				fields.put("kind", "dermoscopic");
				fields.put(field, value);
				Body body = multipart(fields, "photo.png", "image/png", HostileImages.png(16, 12));
				add(method, path, body.contentType, body.bytes, "application/json", "multipart field " + field);
			}
		}
	}

	private Body multipart(Map<String, String> fields, String filename, String fileType, byte[] file) {
		String boundary = "fuzz" + Long.toHexString(random.nextLong());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		fields.forEach((name, value) -> {
			out.writeBytes(bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"));
			out.writeBytes(bytes(value));
			out.writeBytes(bytes("\r\n"));
		});
		out.writeBytes(bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
				+ filename.replace("\"", "") + "\"\r\nContent-Type: " + fileType + "\r\n\r\n"));
		out.writeBytes(file);
		out.writeBytes(bytes("\r\n--" + boundary + "--\r\n"));
		return new Body("multipart/form-data; boundary=" + boundary, out.toByteArray());
	}

	private JsonNode example(JsonNode schema, String schemaName, int depth) {
		schema = resolve(schema);
		String type = schema.path("type").asString(schema.has("properties") ? "object" : "");
		switch (type) {
			case "object" -> {
				ObjectNode object = NODES.objectNode();
				if (depth > 3) {
					return object;
				}
				for (var property : iterable(schema.path("properties").properties())) {
					String name = property.getKey();
					JsonNode propertySchema = property.getValue();
					String nestedName = schemaName(propertySchema);
					JsonNode resolved = resolve(propertySchema);
					String known = values.apply(schemaName == null ? "" : schemaName, name);
					if (known != null && !"object".equals(resolved.path("type").asString(""))) {
						object.set(name, scalar(resolved, known));
					}
					else {
						object.set(name, example(propertySchema, nestedName, depth + 1));
					}
				}
				return object;
			}
			case "array" -> {
				ArrayNode array = NODES.arrayNode();
				if (depth <= 3) {
					array.add(example(schema.path("items"), schemaName(schema.path("items")), depth + 1));
				}
				return array;
			}
			default -> {
				return scalar(schema, plainValue(schema, null));
			}
		}
	}

	private static JsonNode scalar(JsonNode schema, String value) {
		return switch (schema.path("type").asString("")) {
			case "integer", "number" -> number(value);
			case "boolean" -> NODES.booleanNode(Boolean.parseBoolean(value));
			default -> NODES.stringNode(value);
		};
	}

	private String plainValue(JsonNode schema, String name) {
		if (schema.has("enum")) {
			return schema.get("enum").get(0).asString();
		}
		String type = schema.path("type").asString("");
		String format = schema.path("format").asString("");
		return switch (type) {
			case "integer" -> "1";
			case "number" -> "1.5";
			case "boolean" -> "false";
			default -> switch (format) {
				case "uuid" -> UUID.randomUUID().toString();
				case "date" -> "2026-06-15";
				case "date-time" -> "2030-06-15T08:00:00Z";
				default -> name == null ? "kim" : "fuzz " + name;
			};
		};
	}

	private JsonNode resolve(JsonNode schema) {
		if (schema == null || schema.isMissingNode()) {
			return NODES.objectNode();
		}
		if (schema.has("$ref")) {
			String name = schema.get("$ref").asString().replace("#/components/schemas/", "");
			return resolve(document.path("components").path("schemas").path(name));
		}
		return schema;
	}

	private static String schemaName(JsonNode schema) {
		if (schema != null && schema.has("$ref")) {
			return schema.get("$ref").asString().replace("#/components/schemas/", "");
		}
		if (schema != null && schema.has("items")) {
			return schemaName(schema.get("items"));
		}
		return null;
	}

	private void add(String method, String path, String contentType, byte[] body, String accept, String what) {
		boolean hasBody = body != null && !method.equals("GET");
		requests.add(new Request(method, path, hasBody ? contentType : null, hasBody ? body : null, accept, what));
	}

	private <T> List<T> pick(List<T> from, int count) {
		List<T> copy = new ArrayList<>(from);
		Collections.shuffle(copy, random);
		return copy.subList(0, Math.min(count, copy.size()));
	}

	private static String expand(String template, Map<String, String> values) {
		String path = template;
		for (var e : values.entrySet()) {
			path = path.replace("{" + e.getKey() + "}", encodeSegment(e.getValue()));
		}
		return path;
	}

	private static String encodeSegment(String value) {
		// a value that is already percent-encoded (a dot segment in disguise) goes as it is
		if (value.matches("(%[0-9a-fA-F]{2})+")) {
			return value;
		}
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static String queryString(Map<String, String> query) {
		if (query.isEmpty()) {
			return "";
		}
		StringBuilder text = new StringBuilder("?");
		query.forEach((k, v) -> {
			if (text.length() > 1) {
				text.append('&');
			}
			text.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(v, StandardCharsets.UTF_8));
		});
		return text.toString();
	}

	private static JsonNode number(String text) {
		return JSON.readTree(text);
	}

	private static JsonNode read(byte[] json) {
		return JSON.readTree(json);
	}

	/** JSON text in UTF-8; a body holding a lone surrogate (no UTF-8 for it) is written with escapes. */
	private static byte[] write(JsonNode node) {
		try {
			return JSON.writeValueAsBytes(node);
		}
		catch (JacksonException e) {
			return ESCAPING.writeValueAsBytes(node);
		}
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	private static <T> Iterable<T> iterable(Iterable<T> nodes) {
		return nodes == null ? List.of() : nodes;
	}

	private static String abbreviate(String text, int max) {
		String printable = text.replace("\u0000", "\\0");
		return printable.length() <= max ? printable : printable.substring(0, max) + "...(" + text.length() + ")";
	}
}
