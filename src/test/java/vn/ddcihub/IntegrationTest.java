package vn.ddcihub;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of the integration tests: the whole application on a real (embedded) PostgreSQL
 * with the demo data loaded, started once per test JVM and shared by every test class.
 */
@SpringBootTest(properties = { "ddci.embedded.data-dir=target/test-data/postgres", "ddci.embedded.port=0",
		"ddci.embedded.clean=true", "ddci.demo=true", "ddci.db.url=", "ddci.admin-password=",
		"ddci.templates-dir=target/test-data/templates" })
@AutoConfigureMockMvc
@Import(StatementCounter.class)
public abstract class IntegrationTest {

	protected static final String DEMO_PASSWORD = "demo123";

	@Autowired
	protected MockMvc mockMvc;

	@Autowired
	protected JdbcClient jdbc;

}
