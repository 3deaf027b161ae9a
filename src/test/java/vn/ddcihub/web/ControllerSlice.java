package vn.ddcihub.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * A controller slice: the named controllers with the real page layout, error answers,
 * form binding and method security, but no database. The services a controller calls are
 * given as {@code @MockitoBean}s, so a slice test checks the mapping — paths, parameters,
 * bodies, views, status codes and error formats — in milliseconds; what the services do
 * is checked by the integration tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest
@Import(ControllerSliceSupport.class)
public @interface ControllerSlice {

	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value();

}
