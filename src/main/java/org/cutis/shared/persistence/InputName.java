package org.cutis.shared.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The name by which the forms and the API know an entity field's value, where the two differ:
 * a patient's {@code voidReason} is the {@code reason} of the void. {@link ColumnLimits} names
 * the field by it when the value does not fit its column.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface InputName {
	String value();
}
