package io.homeward.platform.customs;

import java.time.OffsetDateTime;
import java.util.List;

import io.homeward.platform.consolidation.DispatchCheck;
import io.homeward.platform.consolidation.Load;
import io.homeward.platform.shared.UserError;

import org.springframework.stereotype.Component;

/**
 * The platform's rule that a load crossing a customs border leaves only with its
 * declaration lodged: LODGED, ACCEPTED or RELEASED. Missing, a DRAFT, or HELD by customs,
 * it stays. The law lets goods be declared before they are presented (see
 * docs/domain/customs.md, "The dispatch gate"); the platform asks for the lodgement
 * before the load leaves, so the carrier never carries goods nobody declared.
 */
@Component
class DeclarationDispatchCheck implements DispatchCheck {

	private final DeclarationQueries queries;

	private final Routes routes;

	DeclarationDispatchCheck(DeclarationQueries queries, Routes routes) {
		this.queries = queries;
		this.routes = routes;
	}

	@Override
	public List<UserError> refusals(Load load, OffsetDateTime now) {
		// The operator dispatching the load sees both of its hubs.
		if (!routes.crossesCustomsBorder(routes.route(load).orElseThrow())) {
			return List.of();
		}
		CustomsDeclaration declaration = queries.declarationsOfLoads(List.of(load.uuid())).get(load.uuid());
		if (declaration == null) {
			return List.of(UserError.of("loadId", DeclarationErrorCode.CUSTOMS_DECLARATION_MISSING,
					"The load crosses a customs border: declare its contents and lodge the declaration first"));
		}
		return switch (declaration.status()) {
			case DRAFT -> List.of(UserError
				.of("loadId", DeclarationErrorCode.CUSTOMS_DECLARATION_NOT_LODGED,
						"The load's declaration is a draft: lodge it with customs first")
				.about(CustomsDeclaration.TYPE, declaration.uuid()));
			case HELD -> List.of(UserError
				.of("loadId", DeclarationErrorCode.CUSTOMS_DECLARATION_HELD,
						"Customs holds the load's declaration: " + declaration.holdReason())
				.about(CustomsDeclaration.TYPE, declaration.uuid()));
			case LODGED, ACCEPTED, RELEASED -> List.of();
		};
	}

}
