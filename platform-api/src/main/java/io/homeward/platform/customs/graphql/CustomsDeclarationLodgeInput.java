package io.homeward.platform.customs.graphql;

import io.homeward.platform.customs.CustomsDeclaration;
import io.homeward.platform.customs.DeclarationLodge;
import io.homeward.platform.shared.GlobalId;

record CustomsDeclarationLodgeInput(String declarationId, int version, String customsReference) {

	DeclarationLodge toCommand() {
		return new DeclarationLodge(GlobalId.decodeOrNone(declarationId, CustomsDeclaration.TYPE), version,
				customsReference);
	}

}
