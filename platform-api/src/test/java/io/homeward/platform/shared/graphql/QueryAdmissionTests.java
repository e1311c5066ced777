package io.homeward.platform.shared.graphql;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class QueryAdmissionTests {

	@Test
	void queriesWaitingForAConnectionGetItInTheOrderTheyAsked() throws InterruptedException {
		QueryAdmission admission = new QueryAdmission(1, Duration.ofSeconds(10));
		admission.enter();
		List<Integer> order = Collections.synchronizedList(new ArrayList<>());
		List<Thread> waiting = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			int turn = i;
			waiting.add(Thread.ofVirtual().start(() -> {
				admission.enter();
				order.add(turn);
				admission.leave();
			}));
			// Each one queues before the next asks, so "the order they asked" is known.
			while (admission.queued() < i + 1) {
				Thread.onSpinWait();
			}
		}
		admission.leave();
		for (Thread thread : waiting) {
			thread.join(Duration.ofSeconds(10));
		}
		assertThat(order).containsExactly(0, 1, 2, 3, 4, 5);
		assertThat(admission.available()).isOne();
	}

	@Test
	void aQueryThatGetsNoTurnInTimeIsRefusedAsThePoolWouldRefuseItAndTakesNothing() {
		QueryAdmission admission = new QueryAdmission(2, Duration.ofMillis(50));
		admission.enter();
		admission.enter();
		assertThatExceptionOfType(CannotCreateTransactionException.class).isThrownBy(admission::enter)
			.withMessageContaining("within 50 ms");
		assertThat(admission.available()).isZero();
		admission.leave();
		assertThat(admission.available()).isOne();
	}

	@Test
	void aPoolWithoutConnectionsIsAMistakeOfConfiguration() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new QueryAdmission(0, Duration.ofSeconds(1)));
	}

}
