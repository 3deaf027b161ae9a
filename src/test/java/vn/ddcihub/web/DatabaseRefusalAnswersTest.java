package vn.ddcihub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import vn.ddcihub.IntegrationTest;
import vn.ddcihub.shared.BusyException;

/**
 * What the database refuses after every check passed (a race, a column limit) is answered
 * as a conflict or bad input naming what collided — never a 500; a busy import as 429
 * with Retry-After.
 */
class DatabaseRefusalAnswersTest extends IntegrationTest {

	@Autowired
	ExceptionHandlers handlers;

	private static MockHttpServletRequest api() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/editions");
		request.addHeader("Accept-Language", "vi");
		return request;
	}

	@Test
	@SuppressWarnings("unchecked")
	void uniqueViolationIsA409NamingTheCollidingKey() {
		SQLException sql = new SQLException("""
				ERROR: duplicate key value violates unique constraint "index_edition_year_block_key"
				  Detail: Key (year, block)=(2093, DISTRICT) already exists.""", "23505");
		Object answer = handlers.databaseRefused(new DuplicateKeyException("insert", sql), api());
		ResponseEntity<ProblemDetail> entity = (ResponseEntity<ProblemDetail>) answer;
		assertThat(entity.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(entity.getBody().getDetail()).contains("year, block = 2093, DISTRICT");
		List<Object> problems = (List<Object>) entity.getBody().getProperties().get("problems");
		assertThat(problems).singleElement()
			.satisfies(p -> assertThat(p).hasFieldOrPropertyWithValue("field", "block"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void valueTooLongForItsColumnIsA400() {
		SQLException sql = new SQLException("ERROR: value too long for type character varying(32)", "22001");
		Object answer = handlers.databaseRefused(new DataIntegrityViolationException("insert", sql), api());
		ResponseEntity<ProblemDetail> entity = (ResponseEntity<ProblemDetail>) answer;
		assertThat(entity.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(entity.getBody().getDetail()).contains("quá dài");
	}

	@Test
	@SuppressWarnings("unchecked")
	void busyImportIsA429WithRetryAfter() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		Object answer = handlers.busy(new BusyException("error.busy.imports", 10), api(), response);
		ResponseEntity<ProblemDetail> entity = (ResponseEntity<ProblemDetail>) answer;
		assertThat(entity.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(response.getHeader("Retry-After")).isEqualTo("10");
		assertThat(entity.getBody().getDetail()).contains("10 giây");
		assertThat(entity.getBody().getProperties()).isNull();
	}

}
