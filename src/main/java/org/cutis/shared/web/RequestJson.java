package org.cutis.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * How the API reads JSON request bodies: strictly. A field the operation does not know
 * ({@code "adress"}) is refused instead of silently dropped, as are text with a NUL character
 * (no database column can hold it), a null entry in a list, dates beyond the year 9999, and
 * anything after the JSON value. Each refusal is a 400 naming the field (see
 * {@link UnreadableField}). Only the HTTP converter reads this way; the application's own
 * {@link JsonMapper} (event publications, the rules batch) keeps Boot's tolerant defaults.
 */
@Configuration(proxyBeanMethods = false)
class RequestJson {
	/** The years a date in a request may have: four digits, as "yyyy-mm-dd" says. */
	static final int FIRST_YEAR = 1;
	static final int LAST_YEAR = 9999;

	/** After Boot's own customizer (order 0), so this converter replaces the default one. */
	@Bean
	@Order(1)
	ServerHttpMessageConvertersCustomizer strictRequestJson(JsonMapper jsonMapper) {
		JsonMapper strict = strict(jsonMapper);
		return builder -> builder.withJsonConverter(new JacksonJsonHttpMessageConverter(strict));
	}

	static JsonMapper strict(JsonMapper jsonMapper) {
		SimpleModule checks = new SimpleModule("cutis-request-checks");
		checks.setDeserializerModifier(new ValueDeserializerModifier() {
			@Override
			public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
					BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
				Class<?> type = description.getBeanClass();
				if (type == String.class || Temporal.class.isAssignableFrom(type)) {
					return new Checked(deserializer);
				}
				return deserializer;
			}
		});
		return jsonMapper.rebuild()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.changeDefaultNullHandling(nulls -> JsonSetter.Value.construct(Nulls.DEFAULT, Nulls.FAIL))
			.addModule(checks)
			.build();
	}

	/** Text with a NUL character: PostgreSQL cannot store it, so the request is refused, naming the field. */
	static final class NulCharacter extends InvalidFormatException {
		NulCharacter(JsonParser parser, String value) {
			super(parser, "text contains a NUL character", value, String.class);
		}
	}

	/** Reads a value as usual, then refuses text with NUL and dates outside years 1 to 9999. */
	static final class Checked extends DelegatingDeserializer {
		Checked(ValueDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new Checked(delegate);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			return check(parser, super.deserialize(parser, context));
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context, Object into)
				throws JacksonException {
			return check(parser, super.deserialize(parser, context, into));
		}

		private static Object check(JsonParser parser, Object value) {
			if (value instanceof String text && text.indexOf('\u0000') >= 0) {
				throw new NulCharacter(parser, text);
			}
			Integer year = null;
			if (value instanceof LocalDate date) {
				year = date.getYear();
			}
			else if (value instanceof LocalDateTime dateTime) {
				year = dateTime.getYear();
			}
			else if (value instanceof OffsetDateTime dateTime) {
				year = dateTime.getYear();
			}
			else if (value instanceof ZonedDateTime dateTime) {
				year = dateTime.getYear();
			}
			else if (value instanceof Instant instant) {
				year = yearOf(instant);
			}
			if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
				throw InvalidFormatException.from(parser, "year out of range", value, value.getClass());
			}
			return value;
		}

		private static Integer yearOf(Instant instant) {
			if (instant.isBefore(Instant.parse("0001-01-01T00:00:00Z"))) {
				return 0;
			}
			if (!instant.isBefore(Instant.parse("+10000-01-01T00:00:00Z"))) {
				return LAST_YEAR + 1;
			}
			return instant.atOffset(ZoneOffset.UTC).getYear();
		}
	}
}
