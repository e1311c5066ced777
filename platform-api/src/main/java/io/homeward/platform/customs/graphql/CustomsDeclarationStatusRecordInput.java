package io.homeward.platform.customs.graphql;

import io.homeward.platform.customs.CustomsDeclaration;
import io.homeward.platform.customs.DeclarationStatus;
import io.homeward.platform.customs.DeclarationStatusRecord;
import io.homeward.platform.shared.GlobalId;
import org.jspecify.annotations.Nullable;

record CustomsDeclarationStatusRecordInput(String declarationId, int version, DeclarationStatus status,
		@Nullable String reason) {

	DeclarationStatusRecord toCommand() {
		return new DeclarationStatusRecord(GlobalId.decodeOrNone(declarationId, CustomsDeclaration.TYPE), version,
				status, reason);
	}

}
