package vn.ddcihub.system;

import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Method security as every handler declares it ({@code @PreAuthorize} calling the access
 * beans by name); public so controller slice tests run the same rules.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class MethodSecurity {

	/**
	 * One expression handler for {@code @PreAuthorize}, used by method security after
	 * binding and by {@link PreAuthorizeBeforeBinding} before it, so both read the
	 * expressions the same way.
	 */
	@Bean
	static MethodSecurityExpressionHandler methodSecurityExpressionHandler(ApplicationContext context) {
		DefaultMethodSecurityExpressionHandler handler = new DefaultMethodSecurityExpressionHandler();
		handler.setApplicationContext(context);
		return handler;
	}

}
