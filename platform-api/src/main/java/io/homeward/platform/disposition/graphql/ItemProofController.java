package io.homeward.platform.disposition.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.homeward.platform.disposition.DisposalCertificate;
import io.homeward.platform.disposition.ItemDispositions;
import io.homeward.platform.disposition.ItemProof;
import io.homeward.platform.disposition.ItemProofs;
import io.homeward.platform.returns.ReturnItem;
import io.homeward.platform.shared.GlobalId;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code certificateRecord}, {@code ReturnItem.certificates} and {@code itemProof}. */
@Controller
class ItemProofController {

	private final ItemDispositions dispositions;

	private final ItemProofs proofs;

	ItemProofController(ItemDispositions dispositions, ItemProofs proofs) {
		this.dispositions = dispositions;
		this.proofs = proofs;
	}

	@MutationMapping
	CertificateRecordPayload certificateRecord(@Argument CertificateRecordInput input) {
		return CertificateRecordPayload.of(dispositions.recordCertificate(input.toCommand()));
	}

	@BatchMapping(typeName = DispositionController.RETURN_ITEM)
	Map<ReturnItem, List<DisposalCertificate>> certificates(List<ReturnItem> items) {
		Map<UUID, List<DisposalCertificate>> found = dispositions
			.certificates(items.stream().map(ReturnItem::uuid).toList());
		Map<ReturnItem, List<DisposalCertificate>> byItem = new LinkedHashMap<>();
		for (ReturnItem item : items) {
			byItem.put(item, found.getOrDefault(item.uuid(), List.of()));
		}
		return byItem;
	}

	@SchemaMapping(typeName = "DisposalCertificate")
	String id(DisposalCertificate certificate) {
		return GlobalId.encode(DisposalCertificate.TYPE, certificate.uuid());
	}

	@QueryMapping
	@Nullable ItemProof itemProof(@Argument String itemId) {
		return GlobalId.decode(itemId, DispositionController.RETURN_ITEM).flatMap(proofs::proof).orElse(null);
	}

	@SchemaMapping(typeName = "ItemProof")
	String rmaNumber(ItemProof proof) {
		return proof.returnOrder().rmaNumber();
	}

	@SchemaMapping(typeName = "ItemProof")
	String pdfUrl(ItemProof proof) {
		return ItemProof.pdfPath(proof.item().uuid());
	}

}
