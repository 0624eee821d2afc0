package org.cutis.shared.persistence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManagerFactory;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PreCollectionRecreateEvent;
import org.hibernate.event.spi.PreCollectionRecreateEventListener;
import org.hibernate.event.spi.PreCollectionUpdateEvent;
import org.hibernate.event.spi.PreCollectionUpdateEventListener;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.CollectionPart;
import org.hibernate.metamodel.mapping.EntityValuedModelPart;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.metamodel.mapping.SelectableMapping;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.entity.EntityPersister;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every value Hibernate is about to write, checked against its column first: text no longer
 * than the column and without NUL, decimals within the column's digits, dates within
 * PostgreSQL's range. The limits are read from the schema itself (information_schema, after the
 * migrations ran), so a migration that widens a column widens the check, and no entity field
 * needs to repeat a length. A value beyond its column is refused as {@link InvalidInput} naming
 * the field (a 400 problem for the API, the form's error for a page) before any SQL is sent,
 * instead of failing the statement, the transaction and the request with a 500.
 */
@Component
class ColumnLimits implements PreInsertEventListener, PreUpdateEventListener, PreCollectionRecreateEventListener,
		PreCollectionUpdateEventListener {

	/** PostgreSQL's timestamp range, in years (4713 BC to 294276 AD). */
	static final int EARLIEST_YEAR = -4712;
	static final int LATEST_YEAR = 294275;

	record Limit(String type, Integer length, Integer precision, Integer scale) {
	}

	private final Map<String, Limit> limits;
	private final Map<String, String> inputNames = new ConcurrentHashMap<>();

	ColumnLimits(EntityManagerFactory entityManagerFactory, JdbcTemplate jdbc) {
		this.limits = read(jdbc);
		EventListenerRegistry listeners = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getEventListenerRegistry();
		listeners.appendListeners(EventType.PRE_INSERT, this);
		listeners.appendListeners(EventType.PRE_UPDATE, this);
		listeners.appendListeners(EventType.PRE_COLLECTION_RECREATE, this);
		listeners.appendListeners(EventType.PRE_COLLECTION_UPDATE, this);
	}

	private static Map<String, Limit> read(JdbcTemplate jdbc) {
		Map<String, Limit> limits = new HashMap<>();
		jdbc.query("select table_name, column_name, data_type, character_maximum_length, numeric_precision,"
				+ " numeric_scale from information_schema.columns where table_schema = current_schema()", row -> {
					limits.put(key(row.getString(1), row.getString(2)),
							new Limit(row.getString(3), (Integer) row.getObject(4), (Integer) row.getObject(5),
									(Integer) row.getObject(6)));
				});
		return Map.copyOf(limits);
	}

	/** The limit of a column, or null when the schema has no such column (or it is not ours). */
	Limit limit(String table, String column) {
		return limits.get(key(table, column));
	}

	@Override
	public boolean onPreInsert(PreInsertEvent event) {
		check(event.getPersister(), event.getState(), event.getSession());
		return false;
	}

	@Override
	public boolean onPreUpdate(PreUpdateEvent event) {
		check(event.getPersister(), event.getState(), event.getSession());
		return false;
	}

	@Override
	public void onPreRecreateCollection(PreCollectionRecreateEvent event) {
		check(event.getCollection(), event.getSession());
	}

	@Override
	public void onPreUpdateCollection(PreCollectionUpdateEvent event) {
		check(event.getCollection(), event.getSession());
	}

	private void check(EntityPersister persister, Object[] state, SharedSessionContractImplementor session) {
		List<FieldProblem> problems = new ArrayList<>();
		persister.forEachAttributeMapping(attribute -> {
			Object value = state[attribute.getStateArrayPosition()];
			if (value == null || attribute instanceof PluralAttributeMapping
					|| attribute instanceof EntityValuedModelPart) {
				return;
			}
			String name = inputName(persister.getMappedClass(), attribute.getAttributeName());
			attribute.breakDownJdbcValues(value,
					(index, jdbcValue, column) -> check(field(name, attribute, column), column, jdbcValue, problems),
					session);
		});
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	/** An element collection (plan items, addenda, attendees): each element's columns, named by position. */
	private void check(PersistentCollection<?> collection, SharedSessionContractImplementor session) {
		if (!(collection instanceof Collection<?> elements) || collection.getRole() == null) {
			return;
		}
		CollectionPersister persister = session.getFactory()
			.getMappingMetamodel()
			.getCollectionDescriptor(collection.getRole());
		CollectionPart element = persister.getAttributeMapping().getElementDescriptor();
		if (element instanceof EntityValuedModelPart) {
			return; // entities are checked as they are inserted and updated
		}
		String name = persister.getAttributeMapping().getAttributeName();
		List<FieldProblem> problems = new ArrayList<>();
		int position = 0;
		for (Object item : elements) {
			String prefix = name + "[" + position++ + "]";
			if (item != null) {
				element.breakDownJdbcValues(item, (index, jdbcValue, column) -> check(
						column instanceof AttributeMapping part ? prefix + "." + part.getAttributeName() : prefix,
						column, jdbcValue, problems), session);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	/** The field's {@link InputName}, or its own name. */
	private String inputName(Class<?> entity, String attribute) {
		return inputNames.computeIfAbsent(entity.getName() + "#" + attribute, key -> {
			for (Class<?> type = entity; type != null && type != Object.class; type = type.getSuperclass()) {
				try {
					InputName name = type.getDeclaredField(attribute).getAnnotation(InputName.class);
					return name == null ? attribute : name.value();
				}
				catch (NoSuchFieldException e) {
					// declared higher up
				}
			}
			return attribute;
		});
	}

	private static String field(String name, AttributeMapping attribute, SelectableMapping column) {
		if (column instanceof AttributeMapping part && part != attribute) {
			return name + "." + part.getAttributeName();
		}
		return name;
	}

	void check(String field, SelectableMapping column, Object value, List<FieldProblem> problems) {
		if (value == null || column.isFormula()) {
			return;
		}
		Limit limit = limit(column.getContainingTableExpression(), column.getSelectionExpression());
		FieldProblem problem = problem(field, limit, value);
		if (problem != null) {
			problems.add(problem);
		}
	}

	/** What is wrong with {@code value} for a column with {@code limit}, or null. */
	static FieldProblem problem(String field, Limit limit, Object value) {
		if (value instanceof String text) {
			if (text.indexOf('\u0000') >= 0) {
				return new FieldProblem(field, "error.field.nul");
			}
			// PostgreSQL counts characters, not UTF-16 units: an emoji is one
			if (limit != null && limit.length() != null && text.codePointCount(0, text.length()) > limit.length()) {
				return new FieldProblem(field, "error.field.tooLong", limit.length());
			}
			return null;
		}
		if (value instanceof BigDecimal decimal && limit != null && "numeric".equals(limit.type())
				&& limit.precision() != null && limit.scale() != null) {
			// PostgreSQL rounds to the column's scale, then refuses more digits than its precision
			BigDecimal rounded = decimal.setScale(limit.scale(), RoundingMode.HALF_UP);
			if (rounded.signum() != 0 && rounded.precision() > limit.precision()) {
				return new FieldProblem(field, "error.field.tooManyDigits", limit.precision() - limit.scale());
			}
			return null;
		}
		if (value instanceof Number number && limit != null) {
			long max = switch (limit.type()) {
				case "smallint" -> Short.MAX_VALUE;
				case "integer" -> Integer.MAX_VALUE;
				default -> Long.MAX_VALUE;
			};
			if (!(value instanceof BigDecimal) && !(value instanceof Double) && !(value instanceof Float)
					&& (number.longValue() > max || number.longValue() < -max - 1)) {
				return new FieldProblem(field, "error.field.outOfRange");
			}
			return null;
		}
		Integer year = year(value);
		if (year != null && (year < EARLIEST_YEAR || year > LATEST_YEAR)) {
			return new FieldProblem(field, "error.field.outOfRange");
		}
		return null;
	}

	private static Integer year(Object value) {
		if (value instanceof Instant instant) {
			return instant.atOffset(ZoneOffset.UTC).getYear();
		}
		if (value instanceof LocalDate date) {
			return date.getYear();
		}
		if (value instanceof LocalDateTime dateTime) {
			return dateTime.getYear();
		}
		if (value instanceof OffsetDateTime dateTime) {
			return dateTime.getYear();
		}
		if (value instanceof ZonedDateTime dateTime) {
			return dateTime.getYear();
		}
		if (value instanceof java.util.Date date) {
			return Instant.ofEpochMilli(date.getTime()).atOffset(ZoneOffset.UTC).getYear();
		}
		return null;
	}

	private static String key(String table, String column) {
		return unquote(table) + "." + unquote(column);
	}

	private static String unquote(String name) {
		String plain = name.replace("\"", "");
		int dot = plain.lastIndexOf('.');
		return (dot >= 0 ? plain.substring(dot + 1) : plain).toLowerCase(Locale.ROOT);
	}
}
