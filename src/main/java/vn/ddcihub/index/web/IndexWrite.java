package vn.ddcihub.index.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page or API handler that changes the index (definitions, results, assessed units).
 * {@link IndexWriteGuard} checks the user before the request is read, so a user who may not write
 * gets 403 rather than a validation message about a form they should never have posted.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface IndexWrite {
}
