package vn.ddcihub.web;

import java.util.Optional;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.system.MethodSecurity;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The parts of the web layer every slice needs: the page factory behind the layout, the
 * RFC 9457 answers and method security as the application declares it.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ MethodSecurity.class, PageFactory.class, ProblemAnswers.class, ErrorPages.class })
public class ControllerSliceSupport {

	/** The layout names the user's organisation; a slice has no directory behind it. */
	@Bean
	OrgDirectory orgDirectory() {
		OrgDirectory directory = mock(OrgDirectory.class);
		when(directory.organisation(anyLong())).thenReturn(Optional.empty());
		return directory;
	}

}
