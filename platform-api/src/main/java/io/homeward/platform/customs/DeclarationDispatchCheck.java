package io.homeward.platform.customs;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.homeward.platform.consolidation.DispatchCheck;
import io.homeward.platform.consolidation.Load;
import io.homeward.platform.network.Hub;
import io.homeward.platform.network.NetworkCatalog;
import io.homeward.platform.shared.UserError;

import org.springframework.stereotype.Component;

/**
 * The platform's rule that a load crossing a customs border leaves only with its
 * declaration lodged: LODGED, ACCEPTED or RELEASED. Missing, a DRAFT, or HELD by customs,
 * it stays. The law lets goods be declared before they are presented (see
 * docs/domain/customs-declarations.md); the platform asks for the lodgement before the
 * load leaves, so the carrier never carries goods nobody declared.
 */
@Component
class DeclarationDispatchCheck implements DispatchCheck {

	private final DeclarationQueries queries;

	private final NetworkCatalog network;

	private final CustomsBorders borders;

	DeclarationDispatchCheck(DeclarationQueries queries, NetworkCatalog network, CustomsBorders borders) {
		this.queries = queries;
		this.network = network;
		this.borders = borders;
	}

	@Override
	public List<UserError> refusals(Load load, OffsetDateTime now) {
		Map<UUID, Hub> hubs = network.hubsByIds(List.of(load.originHubId(), load.destinationHubId()));
		if (!borders.crossesBorder(hubs.get(load.originHubId()).countryCode(),
				hubs.get(load.destinationHubId()).countryCode())) {
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
