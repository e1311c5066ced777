package io.homeward.platform.disposition.graphql;

import java.time.LocalDate;

import io.homeward.platform.disposition.CertificateRecord;
import io.homeward.platform.disposition.DisposalCertificate;
import io.homeward.platform.shared.GlobalId;

record CertificateRecordInput(String idempotencyKey, String itemId, DisposalCertificate.Kind kind, String partnerName,
		DisposalCertificate.Scheme scheme, String schemeReference, String certificateReference, LocalDate issuedOn) {

	CertificateRecord toCommand() {
		return new CertificateRecord(idempotencyKey, GlobalId.decodeOrNone(itemId, DispositionController.RETURN_ITEM),
				kind, partnerName, scheme, schemeReference, certificateReference, issuedOn);
	}

}
