package io.homeward.platform.shared.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.zaxxer.hikari.HikariDataSource;
import io.homeward.platform.Api;
import io.homeward.platform.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queries queue for the pool's connections and give their turn back however they end.
 */
@IntegrationTest
class QueryAdmissionIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	QueryAdmission admission;

	@Autowired
	DataSource dataSource;

	@Test
	void threeTimesThePoolsQueriesAtOnceAllAnswerAndEveryTurnComesBackAfterAnswersAndErrors() throws Exception {
		int connections = this.dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
		assertThat(this.admission.available()).isEqualTo(connections);
		Api acme = Api.as(this.port, "acme");
		List<Future<Object>> answers = new ArrayList<>();
		try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < 3 * connections; i++) {
				// Every third one fails inside the transaction, on a cursor that is not
				// one.
				String after = (i % 3 == 0) ? "not-a-cursor" : null;
				answers.add(clients.submit(() -> {
					Map<String, Object> variables = new java.util.HashMap<>();
					variables.put("after", after);
					return acme.execute(
							"query($after: String) { returns(first: 5, after: $after) { edges { node { rmaNumber } } } }",
							variables)
						.read((after != null) ? "$.errors[0].extensions.code" : "$.data.returns.edges.length()");
				}));
			}
		}
		for (int i = 0; i < answers.size(); i++) {
			Object answer = answers.get(i).get();
			if (i % 3 == 0) {
				assertThat(answer).isEqualTo("BAD_USER_INPUT");
			}
			else {
				assertThat(answer).isEqualTo(5);
			}
		}
		assertThat(this.admission.available()).isEqualTo(connections);
		assertThat(this.admission.queued()).isZero();
	}

}
