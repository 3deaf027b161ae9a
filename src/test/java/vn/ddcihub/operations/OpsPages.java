package vn.ddcihub.operations;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/** Pages and demo records the operations tests read. */
final class OpsPages {

	static final String PASSWORD = "demo123";

	private OpsPages() {
	}

	static Document page(MockMvc mockMvc, RequestBuilder request) throws Exception {
		var response = mockMvc.perform(request).andReturn().getResponse();
		if (response.getStatus() != 200) {
			throw new AssertionError("Status " + response.getStatus() + " to " + response.getRedirectedUrl());
		}
		return Jsoup.parse(response.getContentAsString());
	}

	static Document page(MockMvc mockMvc, String path, String user) throws Exception {
		return page(mockMvc, get(path).with(httpBasic(user, PASSWORD)));
	}

	static long organisation(JdbcClient jdbc, String code) {
		return jdbc.sql("select id from org_organisation where code = ?").param(code).query(Long.class).single();
	}

	static long unit(JdbcClient jdbc, String unitCode) {
		return jdbc.sql("""
				select u.id from org_unit u join org_organisation o on o.id = u.organisation_id
				where o.code = 'STNMT' and u.code = ?""").param(unitCode).query(Long.class).single();
	}

}
