package vn.ddcihub.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The message key of a form field's label. The page shows it above the input and every
 * error message names the field with it, so a person reads "Trích yếu" and never the code
 * {@code title}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Label {

	String value();

}
