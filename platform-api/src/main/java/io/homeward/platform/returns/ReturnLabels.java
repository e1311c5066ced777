package io.homeward.platform.returns;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.homeward.platform.network.Hub;
import io.homeward.platform.network.NetworkCatalog;
import io.homeward.platform.network.Program;
import io.homeward.platform.tenancy.Organization;
import io.homeward.platform.tenancy.Organizations;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A return's label as a PDF, read under the caller's policies: the shipper's systems, or
 * public tracking reading as the return's shipper for a customer holding the tracking
 * code. The label says where the parcel goes (the program's destination hub), whose it is
 * and how to follow it, and nothing about the customer (see {@link ReturnLabelPdf}).
 */
@Service
@Transactional(readOnly = true)
public class ReturnLabels {

	private final ReturnQueries queries;

	private final Organizations organizations;

	private final NetworkCatalog network;

	private final ReturnLabelPdf pdf = new ReturnLabelPdf();

	ReturnLabels(ReturnQueries queries, Organizations organizations, NetworkCatalog network) {
		this.queries = queries;
		this.organizations = organizations;
		this.network = network;
	}

	/**
	 * The label of {@code returnId}, its QR code pointing at {@code trackUrl}; empty when
	 * the caller cannot see the return.
	 */
	public Optional<byte[]> labelPdf(UUID returnId, String trackUrl) {
		Optional<ReturnOrder> found = queries.byIds(List.of(returnId)).stream().findFirst();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		ReturnOrder order = found.get();
		String shipper = organizations.byId(order.shipperId()).map(Organization::name).orElse("");
		Optional<Program> program = network.program(order.programId());
		Optional<Hub> hub = program.flatMap((each) -> network.hub(each.destinationHubId()));
		return Optional.of(pdf.render(new ReturnLabelPdf.Label(order.trackingCode(), trackUrl, order.rmaNumber(),
				shipper, program.map(Program::name).orElse(""), hub.map(Hub::name).orElse(""),
				hub.map(Hub::address).orElse(""), hub.map(Hub::countryCode).orElse(""))));
	}

}
