package io.homeward.platform.returns.graphql;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.homeward.platform.returns.CustomerData;
import io.homeward.platform.returns.CustomerDataRecord;
import io.homeward.platform.returns.ReturnOrder;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.UserError;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class CustomerDataController {

	private final CustomerData customers;

	CustomerDataController(CustomerData customers) {
		this.customers = customers;
	}

	record ExportPayload(@Nullable OffsetDateTime exportedAt, List<CustomerDataRecord> records,
			List<UserError> userErrors) {

	}

	record EraseInput(@Nullable String email, @Nullable String returnId) {

	}

	record ErasePayload(List<String> erasedReturnIds, List<UserError> userErrors) {

	}

	record RetentionInput(@Nullable Integer days) {

	}

	record Retention(int days) {

	}

	record RetentionPayload(@Nullable Retention retention, List<UserError> userErrors) {

	}

	@QueryMapping
	ExportPayload customerDataExport(@Argument @Nullable String email, @Argument @Nullable String returnId) {
		Outcome<List<CustomerDataRecord>> outcome = customers.export(email, returnOrder(returnId));
		List<CustomerDataRecord> records = outcome.valueOrNull();
		return new ExportPayload((records == null) ? null : OffsetDateTime.now(ZoneOffset.UTC),
				(records == null) ? List.of() : records, outcome.errors());
	}

	@QueryMapping
	@Nullable Retention customerDataRetention() {
		return customers.retention().map(Retention::new).orElse(null);
	}

	@MutationMapping
	ErasePayload customerDataErase(@Argument EraseInput input) {
		Outcome<List<UUID>> outcome = customers.erase(input.email(), returnOrder(input.returnId()));
		List<UUID> erased = outcome.valueOrNull();
		return new ErasePayload(
				(erased == null) ? List.of()
						: erased.stream().map((id) -> GlobalId.encode(ReturnOrder.TYPE, id)).toList(),
				underInput(outcome));
	}

	@MutationMapping
	RetentionPayload customerDataRetentionUpdate(@Argument RetentionInput input) {
		Outcome<Optional<Integer>> outcome = customers.updateRetention(input.days());
		Optional<Integer> days = outcome.valueOrNull();
		return new RetentionPayload((days == null) ? null : days.map(Retention::new).orElse(null), underInput(outcome));
	}

	@SchemaMapping(typeName = "CustomerDataRecord")
	String returnId(CustomerDataRecord record) {
		return GlobalId.encode(ReturnOrder.TYPE, record.returnId());
	}

	/** An id that is no return's names none: not found like another shipper's. */
	private static @Nullable UUID returnOrder(@Nullable String id) {
		return (id == null) ? null : GlobalId.decodeOrNone(id, ReturnOrder.TYPE);
	}

	private static List<UserError> underInput(Outcome<?> outcome) {
		return outcome.errors().stream().map((error) -> error.under("input")).toList();
	}

}
