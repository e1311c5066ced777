package io.homeward.platform.tracking.graphql;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import graphql.scalars.ExtendedScalars;
import graphql.schema.GraphQLScalarType;
import graphql.schema.idl.RuntimeWiring;
import io.homeward.platform.returns.ReturnOrder;
import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.shared.UserError;
import io.homeward.platform.tracking.ChainOfCustody;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;

/**
 * {@code returnChainOfCustody}: the return's EPCIS 2.0 document as a JSON scalar, and
 * where to download the same as a file. An id of another type, a missing return and one
 * the caller cannot see all answer NOT_FOUND alike.
 */
@Controller
class ChainOfCustodyController {

	private final ChainOfCustody custody;

	ChainOfCustodyController(ChainOfCustody custody) {
		this.custody = custody;
	}

	@QueryMapping
	ReturnChainOfCustodyPayload returnChainOfCustody(@Argument String returnId) {
		Optional<UUID> id = GlobalId.decode(returnId, ReturnOrder.TYPE);
		return id
			.flatMap((uuid) -> custody.document(uuid)
				.map((document) -> new ReturnChainOfCustodyPayload(document, ChainOfCustody.downloadPath(uuid),
						List.of())))
			.orElseGet(() -> new ReturnChainOfCustodyPayload(null, null,
					List.of(UserError.of("returnId", CommonErrorCode.NOT_FOUND, "No such return"))));
	}

	/**
	 * The scalar {@code EpcisDocument}: JSON as is, like graphql-java's {@code JSON}
	 * scalar, under a name that says what it holds.
	 */
	@Component
	static class Scalars implements RuntimeWiringConfigurer {

		static final GraphQLScalarType EPCIS_DOCUMENT = GraphQLScalarType.newScalar()
			.name("EpcisDocument")
			.description("An EPCIS 2.0 JSON-LD document (EPCISDocument), as a JSON object.")
			.coercing(ExtendedScalars.Json.getCoercing())
			.build();

		@Override
		public void configure(RuntimeWiring.Builder wiring) {
			wiring.scalar(EPCIS_DOCUMENT);
		}

	}

}

record ReturnChainOfCustodyPayload(@Nullable Map<String, Object> document, @Nullable String downloadUrl,
		List<UserError> userErrors) {

}
