package vn.ddcihub.web;

import java.util.Optional;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

import vn.ddcihub.org.OrgDirectory;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The parts of the web layer every slice needs: the page factory behind the layout, the
 * RFC 9457 answers and method security as the application declares it.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableMethodSecurity
@Import({ PageFactory.class, ProblemAnswers.class, ErrorPages.class })
public class ControllerSliceSupport {

	/** Lets the handlers' {@code @PreAuthorize} call the access beans by name. */
	@Bean
	static MethodSecurityExpressionHandler methodSecurityExpressionHandler(ApplicationContext context) {
		DefaultMethodSecurityExpressionHandler handler = new DefaultMethodSecurityExpressionHandler();
		handler.setApplicationContext(context);
		return handler;
	}

	/** The layout names the user's organisation; a slice has no directory behind it. */
	@Bean
	OrgDirectory orgDirectory() {
		OrgDirectory directory = mock(OrgDirectory.class);
		when(directory.organisation(anyLong())).thenReturn(Optional.empty());
		return directory;
	}

}
