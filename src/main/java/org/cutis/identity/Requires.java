package org.cutis.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a route needs, on a controller method (or on the controller for all its
 * methods; a method's own annotation replaces the controller's). With several permissions any
 * one of them opens the route: the specimen step form, whose body names the step, then checks
 * that step's own permission with {@link Access#require(Permission)}. The security filter chain
 * reads this before the request body is read, so a refused role always gets 403, never a 400.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface Requires {
	Permission[] value();
}
